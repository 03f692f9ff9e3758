import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import {
  Alert,
  Button,
  ErrorState,
  Flex,
  Link,
  LoadingSpinner,
  Panel,
  PanelBody,
  PanelFooter,
  StepIndicator,
  Text,
  useExtensionActions,
} from '@hubspot/ui-extensions';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { AccountStep } from './steps/AccountStep';
import { CreatedStep } from './steps/CreatedStep';
import { CustomerStep } from './steps/CustomerStep';
import { LinesStep } from './steps/LinesStep';
import { MessageStep } from './steps/MessageStep';
import { ReviewStep } from './steps/ReviewStep';
import { SourceStep } from './steps/SourceStep';
import { NotOffered } from './steps/NotOffered';
import { TermsStep } from './steps/TermsStep';
import { WizardFooter } from './WizardFooter';
import {
  companyOf,
  initialState,
  stepNames,
  steps,
  toDraft,
  wizardReducer,
  type FormPatch,
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
  const { t } = useMessages();
  const actions = useExtensionActions<'crm.record.sidebar'>();
  const [state, dispatch] = useReducer(wizardReducer, initialState);
  // A second click that lands before the first one's render must not send a second request.
  const inFlight = useRef(false);
  // Bumped by "Check again" to run the pre-flight checks once more for the same draft.
  const [reviewAttempt, setReviewAttempt] = useState(0);

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
  }, [call, draftKey, reviewAttempt]);

  const once = async (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await work();
    } finally {
      inFlight.current = false;
    }
  };

  const next = () =>
    once(async () => {
      if (!editing) return;
      const { realmId, source, prepared } = editing.form;
      if (editing.step !== 'source' || !realmId || !source || prepared) {
        dispatch({ type: 'next' });
        return;
      }
      // Leaving Source: the server matches the customer and lines and reads the company's setup.
      dispatch({ type: 'pending' });
      const result = await call('wizard.prepare', { realmId, source, timeZone });
      dispatch(
        result.ok
          ? { type: 'prepared', data: result.data }
          : { type: 'requestFailed', error: result.error },
      );
    });

  const create = () =>
    once(async () => {
      if (state.phase !== 'editing' && state.phase !== 'failed') return;
      const toSend = toDraft(state.form);
      if (!toSend) return;
      dispatch({ type: 'submitted' });
      // The run's submission id, the same on every Retry: QuickBooks creates the invoice once.
      const result = await call('invoices.createDraft', {
        submissionId: state.start.submissionId,
        draft: toSend,
        timeZone,
      });
      if (result.ok) {
        dispatch({ type: 'created', data: result.data });
        onCreated();
      } else dispatch({ type: 'createFailed', error: result.error });
    });

  // Once chosen, the company being invoiced is named in the panel's title on every step.
  const chosen =
    'start' in state && 'form' in state && state.form.realmId
      ? companyOf(state.start, state.form)
      : null;
  const title = chosen
    ? t('Create a QuickBooks invoice in {company}', { company: chosen.companyName })
    : t('Create a QuickBooks invoice');

  const onForm = (patch: FormPatch) => dispatch({ type: 'formChanged', patch });

  return (
    <Panel id={WIZARD_PANEL_ID} title={title} width="lg" onOpen={() => void start()}>
      <PanelBody>{renderBody()}</PanelBody>
      <PanelFooter>
        <WizardFooter
          state={state}
          onBack={() => dispatch({ type: 'back' })}
          onNext={() => void next()}
          onCreate={() => void create()}
          onEditAgain={() => dispatch({ type: 'editAgain' })}
          onClose={() => actions.closeOverlay(WIZARD_PANEL_ID)}
        />
      </PanelFooter>
    </Panel>
  );

  function renderBody() {
    if (state.phase === 'loading') return <LoadingSpinner label={t('Loading the deal')} />;
    if (state.phase === 'loadFailed') {
      return (
        <ErrorState title={t('The wizard could not start')}>
          <Text>{state.error.message}</Text>
          {state.error.fix ? <Text>{state.error.fix}</Text> : null}
          {/* Before setup, Retry cannot help: the one way on is the app's settings page. */}
          {state.error.code === 'NOT_SET_UP' ? (
            <Link href={{ url: settingsUrl, external: false }} testId="open-settings">
              {t('Open the app’s settings')}
            </Link>
          ) : (
            <Button testId="retry-start" onClick={() => void start()}>
              {t('Retry')}
            </Button>
          )}
        </ErrorState>
      );
    }
    if (state.phase === 'created')
      return (
        <CreatedStep
          created={state.created}
          company={chosen?.companyName}
          call={call}
          timeZone={timeZone}
          onSent={onCreated}
        />
      );
    const form = state.form;
    const step = state.phase === 'editing' ? state.step : 'review';
    const error =
      state.phase === 'editing' ? state.error : state.phase === 'failed' ? state.error : null;
    const reviewFailed =
      state.phase === 'editing' && step === 'review' && state.review === null && error !== null;
    return (
      <Flex direction="column" gap="md">
        <StepIndicator
          stepNames={steps.map((name) => t(stepNames[name]))}
          currentStep={steps.indexOf(step)}
          onClick={(index) => {
            const to = steps[index];
            if (to) dispatch({ type: 'goTo', step: to });
          }}
        />
        {error ? (
          <Alert
            title={t(
              state.phase === 'failed'
                ? 'The invoice was not created'
                : 'Something needs attention',
            )}
            variant="danger"
            testId="wizard-error"
          >
            {[error.message, error.fix].filter(Boolean).join(' ')}
          </Alert>
        ) : null}
        {reviewFailed ? (
          <Button testId="recheck" onClick={() => setReviewAttempt((n) => n + 1)}>
            {t('Check again')}
          </Button>
        ) : null}
        {step === 'account' ? (
          <AccountStep
            start={state.start}
            realmId={form.realmId}
            settingsUrl={settingsUrl}
            onChoose={(realmId) => dispatch({ type: 'companyChosen', realmId })}
          />
        ) : null}
        {step === 'account' ? null : <NotOffered start={state.start} />}
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
            form={form}
            onChoose={(customer) => dispatch({ type: 'customerChosen', customer })}
          />
        ) : null}
        {step === 'lines' ? (
          <LinesStep
            call={call}
            form={form}
            onLine={(key, patch) => dispatch({ type: 'lineChanged', key, patch })}
            onAdd={(patch) => dispatch({ type: 'lineAdded', patch })}
            onRemove={(key) => dispatch({ type: 'lineRemoved', key })}
            onForm={onForm}
          />
        ) : null}
        {step === 'terms' ? <TermsStep form={form} onForm={onForm} /> : null}
        {step === 'message' ? <MessageStep form={form} onForm={onForm} /> : null}
        {step === 'review' ? (
          <ReviewStep
            start={state.start}
            form={form}
            review={state.review}
            checking={!reviewFailed}
          />
        ) : null}
      </Flex>
    );
  }
}
