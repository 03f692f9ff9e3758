import { useCallback, useEffect, useReducer } from 'react';
import {
  Alert,
  Button,
  ErrorState,
  Flex,
  Link,
  LoadingButton,
  LoadingSpinner,
  Panel,
  PanelBody,
  PanelFooter,
  StepIndicator,
  Text,
} from '@hubspot/ui-extensions';
import type { Call } from '../../shared/call';
import { formatMoney } from '../../shared/ui/format';
import { AccountStep } from './steps/AccountStep';
import { CustomerStep } from './steps/CustomerStep';
import { LinesStep } from './steps/LinesStep';
import { MessageStep } from './steps/MessageStep';
import { ReviewStep } from './steps/ReviewStep';
import { SourceStep } from './steps/SourceStep';
import { TermsStep } from './steps/TermsStep';
import {
  canCreate,
  initialState,
  stepNames,
  stepProblems,
  steps,
  toDraft,
  wizardReducer,
} from './state';

export const WIZARD_PANEL_ID = 'create-invoice-wizard';

/**
 * The "Create invoice" side panel. State lives in `wizardReducer`; this component only runs the
 * calls each step needs and renders the current step.
 */
export function WizardPanel({
  call,
  timeZone,
  settingsUrl,
  onCreated,
}: {
  call: Call;
  timeZone: string;
  settingsUrl: string;
  onCreated: () => void;
}) {
  const [state, dispatch] = useReducer(wizardReducer, initialState);

  // Each opening is a new run with a new submission id; nothing is loaded before the rep opens it.
  const start = useCallback(async () => {
    dispatch({ type: 'opened' });
    const result = await call('wizard.start', { timeZone });
    dispatch(
      result.ok
        ? { type: 'started', data: result.data }
        : { type: 'startFailed', error: result.error },
    );
  }, [call, timeZone]);

  const editing = state.phase === 'editing' ? state : null;
  const draft = editing ? toDraft(editing.form) : null;
  const draftKey =
    editing?.step === 'review' && editing.review === null && draft ? JSON.stringify(draft) : null;

  // Entering Review (or changing anything on the way back to it) runs the pre-flight checks.
  useEffect(() => {
    if (!draftKey) return;
    let current = true;
    dispatch({ type: 'pending' });
    void call('wizard.review', { draft: JSON.parse(draftKey) }).then((result) => {
      if (current)
        dispatch(
          result.ok
            ? { type: 'reviewed', data: result.data }
            : { type: 'requestFailed', error: result.error },
        );
    });
    return () => {
      current = false;
    };
  }, [call, draftKey]);

  const next = async () => {
    if (!editing) return;
    if (
      editing.step === 'source' &&
      editing.form.realmId &&
      editing.form.source &&
      !editing.form.prepared
    ) {
      dispatch({ type: 'pending' });
      const result = await call('wizard.prepare', {
        realmId: editing.form.realmId,
        source: editing.form.source,
      });
      dispatch(
        result.ok
          ? { type: 'prepared', data: result.data }
          : { type: 'requestFailed', error: result.error },
      );
      return;
    }
    dispatch({ type: 'next' });
  };

  const create = async () => {
    if (state.phase !== 'editing' && state.phase !== 'failed') return;
    const toSend = toDraft(state.form);
    if (!toSend) return;
    dispatch({ type: 'submitted' });
    const result = await call('invoices.createDraft', {
      submissionId: state.start.submissionId,
      draft: toSend,
    });
    if (result.ok) {
      dispatch({ type: 'created', data: result.data });
      onCreated();
    } else dispatch({ type: 'createFailed', error: result.error });
  };

  return (
    <Panel
      id={WIZARD_PANEL_ID}
      title="Create a QuickBooks invoice"
      width="lg"
      onOpen={() => void start()}
    >
      <PanelBody>{renderBody()}</PanelBody>
      <PanelFooter>{renderFooter()}</PanelFooter>
    </Panel>
  );

  function renderBody() {
    if (state.phase === 'loading') return <LoadingSpinner label="Loading the deal" />;
    if (state.phase === 'loadFailed') {
      return (
        <ErrorState title="The wizard could not start">
          <Text>{state.error.message}</Text>
          {state.error.fix ? <Text>{state.error.fix}</Text> : null}
          <Button testId="retry-start" onClick={() => void start()}>
            Retry
          </Button>
        </ErrorState>
      );
    }
    if (state.phase === 'created') {
      const { invoice, quickBooksUrl, dealPropertiesUpdated, notes } = state.created;
      return (
        <Flex direction="column" gap="sm">
          <Alert title="Draft invoice created" variant="success" testId="created">
            {`Invoice ${invoice.number ?? invoice.invoiceId} for ${invoice.customerName}, ${formatMoney(invoice.total, invoice.currency)}, is in QuickBooks and linked to this deal. It has not been sent.`}
          </Alert>
          <Link href={{ url: quickBooksUrl, external: true }} testId="open-in-quickbooks">
            Open it in QuickBooks
          </Link>
          {dealPropertiesUpdated ? null : (
            <Text variant="microcopy">
              The deal’s invoice properties were left alone: this invoice is in another currency.
            </Text>
          )}
          {notes.map((note) => (
            <Text key={note} variant="microcopy">
              {note}
            </Text>
          ))}
        </Flex>
      );
    }
    const form = state.form;
    const step = state.phase === 'editing' ? state.step : 'review';
    const review = state.phase === 'editing' ? state.review : state.review;
    const error =
      state.phase === 'editing' ? state.error : state.phase === 'failed' ? state.error : null;
    return (
      <Flex direction="column" gap="md">
        <StepIndicator
          stepNames={steps.map((name) => stepNames[name])}
          currentStep={steps.indexOf(step)}
        />
        {error ? (
          <Alert
            title={
              state.phase === 'failed' ? 'The invoice was not created' : 'Something needs attention'
            }
            variant="danger"
            testId="wizard-error"
          >
            {[error.message, error.fix].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        {step === 'account' ? (
          <AccountStep
            start={state.start}
            realmId={form.realmId}
            settingsUrl={settingsUrl}
            onChoose={(realmId) => dispatch({ type: 'companyChosen', realmId })}
          />
        ) : null}
        {step === 'source' ? (
          <SourceStep
            start={state.start}
            source={form.source}
            onChoose={(source) => dispatch({ type: 'sourceChosen', source })}
          />
        ) : null}
        {step === 'customer' && form.prepared && form.realmId ? (
          <CustomerStep
            call={call}
            realmId={form.realmId}
            submissionId={state.start.submissionId}
            prepared={form.prepared}
            customer={form.customer}
            onChoose={(customer) => dispatch({ type: 'customerChosen', customer })}
          />
        ) : null}
        {step === 'lines' ? (
          <LinesStep
            call={call}
            form={form}
            onLine={(key, patch) => dispatch({ type: 'lineChanged', key, patch })}
            onAdd={() => dispatch({ type: 'lineAdded' })}
            onRemove={(key) => dispatch({ type: 'lineRemoved', key })}
            onForm={(patch) => dispatch({ type: 'formChanged', patch })}
          />
        ) : null}
        {step === 'terms' ? (
          <TermsStep form={form} onForm={(patch) => dispatch({ type: 'formChanged', patch })} />
        ) : null}
        {step === 'message' ? (
          <MessageStep form={form} onForm={(patch) => dispatch({ type: 'formChanged', patch })} />
        ) : null}
        {step === 'review' ? <ReviewStep form={form} review={review} /> : null}
      </Flex>
    );
  }

  function renderFooter() {
    if (state.phase === 'failed') {
      return (
        <Flex gap="sm">
          <Button testId="edit-again" onClick={() => dispatch({ type: 'editAgain' })}>
            Back to the review
          </Button>
          <LoadingButton testId="retry-create" variant="primary" loading={false} onClick={create}>
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
    const first =
      state.step === steps[0] ||
      (state.step === 'source' && state.start.companies.filter((c) => c.usable).length === 1);
    return (
      <Flex direction="column" gap="xs">
        {problems.length > 0 ? (
          <Text variant="microcopy" testId="why-not-next">
            {problems.join(' ')}
          </Text>
        ) : null}
        <Flex gap="sm">
          {first ? null : (
            <Button testId="back" onClick={() => dispatch({ type: 'back' })}>
              Back
            </Button>
          )}
          {state.step === 'review' ? (
            <LoadingButton
              testId="create-invoice"
              variant="primary"
              loading={false}
              disabled={!canCreate(state)}
              onClick={create}
            >
              Create draft invoice
            </LoadingButton>
          ) : (
            <LoadingButton
              testId="next"
              variant="primary"
              loading={state.pending}
              disabled={problems.length > 0}
              onClick={next}
            >
              Next
            </LoadingButton>
          )}
        </Flex>
      </Flex>
    );
  }
}
