import { useState } from 'react';
import {
  Alert,
  Button,
  ErrorState,
  Flex,
  LoadingButton,
  LoadingSpinner,
  StatusTag,
  Text,
  Tile,
} from '@hubspot/ui-extensions';
import type { OperationError, SetupStatus } from '@qbo-invoicing/contract';
import { useMessages, useOperation, type Call } from '@qbo-invoicing/ui';

type RunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; created: string[] }
  | { status: 'failed'; error: OperationError };

/**
 * Shows what setup installs in the portal, what is missing, and runs it. The check list's names
 * and messages come from the functions, already in the admin's language. Once a run completes,
 * the next step is connecting a company (`onNext` leads there).
 */
export function SetupPanel({
  call,
  onNext,
  onSetUp,
}: {
  call: Call;
  onNext?: () => void;
  /** A run finished with everything installed. */
  onSetUp?: () => void;
}) {
  const { t } = useMessages();
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [latest, setLatest] = useState<SetupStatus | null>(null);
  const { state, reload } = useOperation(() => call('setup.status', {}), 'setup');

  const runSetup = async () => {
    setRun({ status: 'running' });
    const result = await call('setup.run', {});
    if (result.ok) {
      setLatest(result.data);
      setRun({ status: 'done', created: result.data.created });
      if (result.data.done) onSetUp?.();
    } else {
      setRun({ status: 'failed', error: result.error });
    }
  };

  if (state.status === 'loading' && !latest) return <LoadingSpinner label={t('Checking setup')} />;
  if (state.status === 'error' && !latest) {
    return (
      <ErrorState title={t('Setup status could not be read')}>
        <Text>{state.error.message}</Text>
        {state.error.fix ? <Text>{state.error.fix}</Text> : null}
        <Button testId="retry-status" onClick={reload}>
          {t('Retry')}
        </Button>
      </ErrorState>
    );
  }
  const status = latest ?? (state.status === 'success' ? state.data : null);
  if (!status) return null;

  return (
    <Flex direction="column" gap="md">
      {status.done ? (
        <Alert title={t('Setup is complete')} variant="success" testId="setup-complete">
          {t('The custom objects and deal properties are installed.')}
        </Alert>
      ) : (
        <Alert title={t('Setup is needed')} variant="warning" testId="setup-needed">
          {t(
            'Run setup to install what the app needs in this portal. It is safe to run more than once.',
          )}
        </Alert>
      )}
      {run.status === 'failed' ? (
        <Alert title={t('Setup did not finish')} variant="danger" testId="setup-failed">
          {run.error.message}{' '}
          {run.error.retryable ? t('Run setup again to finish it.') : (run.error.fix ?? '')}
        </Alert>
      ) : null}
      {run.status === 'done' ? (
        <Alert title={t('Setup ran')} variant="info" testId="setup-ran">
          {run.created.length === 0
            ? t('Everything was already in place.')
            : t('Created: {items}.', { items: run.created.join(', ') })}
        </Alert>
      ) : null}
      <Tile compact={true}>
        <Flex direction="column" gap="xs">
          {status.items.map((item) => (
            <Flex key={item.key} justify="between" align="center">
              <Text>{item.label}</Text>
              <StatusTag variant={item.done ? 'success' : 'warning'}>
                {item.done ? t('Installed') : t('Missing')}
              </StatusTag>
            </Flex>
          ))}
        </Flex>
      </Tile>
      {run.status === 'done' && status.done && onNext ? (
        <Flex direction="column" gap="xs">
          <Text>
            {t(
              'Next, on the Connections tab: connect your QuickBooks companies, or check those already connected.',
            )}
          </Text>
          <Button testId="setup-next" variant="primary" onClick={onNext}>
            {t('Go to Connections')}
          </Button>
        </Flex>
      ) : null}
      <LoadingButton
        testId="run-setup"
        variant={status.done ? 'secondary' : 'primary'}
        loading={run.status === 'running'}
        onClick={runSetup}
      >
        {status.done ? t('Run setup again') : t('Run setup')}
      </LoadingButton>
    </Flex>
  );
}
