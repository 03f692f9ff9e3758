import { Button, Flex, LoadingButton, Text } from '@hubspot/ui-extensions';
import { useMessages } from '@qbo-invoicing/ui';
import { sayAll } from './say';
import { canCreate, canGoNext, firstStep, stepProblems, type WizardState } from './state';

/**
 * Back, Next (with why it is disabled), Create draft invoice, Retry after a failed create, and
 * once created: Open in QuickBooks and Close. The create button is a LoadingButton that loses its
 * handler while the call runs.
 */
export function WizardFooter({
  state,
  onBack,
  onNext,
  onCreate,
  onEditAgain,
  onClose,
}: {
  state: WizardState;
  onBack: () => void;
  onNext: () => void;
  onCreate: () => void;
  onEditAgain: () => void;
  onClose: () => void;
}) {
  const messages = useMessages();
  const { t } = messages;
  const createLabel = t('Create draft invoice');
  if (state.phase === 'created') {
    return (
      <Flex gap="sm">
        <Button
          testId="open-in-quickbooks"
          href={{ url: state.created.quickBooksUrl, external: true }}
        >
          {t('Open in QuickBooks')}
        </Button>
        <Button testId="close-wizard" onClick={onClose}>
          {t('Close')}
        </Button>
      </Flex>
    );
  }
  if (state.phase === 'failed') {
    return (
      <Flex gap="sm">
        <Button testId="edit-again" onClick={onEditAgain}>
          {t('Back to edit')}
        </Button>
        <LoadingButton testId="retry-create" variant="primary" loading={false} onClick={onCreate}>
          {t('Retry')}
        </LoadingButton>
      </Flex>
    );
  }
  if (state.phase === 'submitting') {
    return (
      <LoadingButton testId="create-invoice" variant="primary" loading={true}>
        {createLabel}
      </LoadingButton>
    );
  }
  if (state.phase !== 'editing') return null;
  const problems = stepProblems(state.start, state.form, state.step);
  const first = state.step === firstStep(state.start);
  const review = state.step === 'review';
  return (
    <Flex direction="column" gap="xs">
      {problems.length > 0 ? (
        <Text variant="microcopy" testId="why-not-next">
          {sayAll(messages, problems)}
        </Text>
      ) : null}
      <Flex gap="sm">
        {first ? null : (
          <Button testId="back" onClick={onBack}>
            {t('Back')}
          </Button>
        )}
        <LoadingButton
          testId={review ? 'create-invoice' : 'next'}
          variant="primary"
          loading={!review && state.pending}
          disabled={review ? !canCreate(state) : !canGoNext(state)}
          onClick={review ? onCreate : onNext}
        >
          {review ? createLabel : t('Next')}
        </LoadingButton>
      </Flex>
    </Flex>
  );
}
