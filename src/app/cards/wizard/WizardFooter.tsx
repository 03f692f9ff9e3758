import { Button, Flex, LoadingButton, Text } from '@hubspot/ui-extensions';
import { canCreate, canGoNext, firstStep, stepProblems, type WizardState } from './state';

/**
 * Back, Next (with why it is disabled), Create draft invoice, and Retry after a failed create.
 * The create button is a LoadingButton that loses its handler while the call runs.
 */
export function WizardFooter({
  state,
  onBack,
  onNext,
  onCreate,
  onEditAgain,
}: {
  state: WizardState;
  onBack: () => void;
  onNext: () => void;
  onCreate: () => void;
  onEditAgain: () => void;
}) {
  if (state.phase === 'failed') {
    return (
      <Flex gap="sm">
        <Button testId="edit-again" onClick={onEditAgain}>
          Back to edit
        </Button>
        <LoadingButton testId="retry-create" variant="primary" loading={false} onClick={onCreate}>
          Retry
        </LoadingButton>
      </Flex>
    );
  }
  if (state.phase === 'submitting') {
    return (
      <LoadingButton testId="create-invoice" variant="primary" loading={true}>
        Create draft invoice
      </LoadingButton>
    );
  }
  if (state.phase !== 'editing') return null;
  const problems = stepProblems(state.start, state.form, state.step);
  const first = state.step === firstStep(state.start);
  return (
    <Flex direction="column" gap="xs">
      {problems.length > 0 ? (
        <Text variant="microcopy" testId="why-not-next">
          {problems.join(' ')}
        </Text>
      ) : null}
      <Flex gap="sm">
        {first ? null : (
          <Button testId="back" onClick={onBack}>
            Back
          </Button>
        )}
        {state.step === 'review' ? (
          <LoadingButton
            testId="create-invoice"
            variant="primary"
            loading={false}
            disabled={!canCreate(state)}
            onClick={onCreate}
          >
            Create draft invoice
          </LoadingButton>
        ) : (
          <LoadingButton
            testId="next"
            variant="primary"
            loading={state.pending}
            disabled={!canGoNext(state)}
            onClick={onNext}
          >
            Next
          </LoadingButton>
        )}
      </Flex>
    </Flex>
  );
}
