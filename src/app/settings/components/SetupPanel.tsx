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
import { useOperation, type Call } from '@qbo-invoicing/ui';

type RunState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; created: string[] }
  | { status: 'failed'; error: OperationError };

/** Shows what setup installs in the portal, what is missing, and runs it. */
export function SetupPanel({ call }: { call: Call }) {
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [latest, setLatest] = useState<SetupStatus | null>(null);
  const { state, reload } = useOperation(() => call('setup.status', {}), 'setup');

  const runSetup = async () => {
    setRun({ status: 'running' });
    const result = await call('setup.run', {});
    if (result.ok) {
      setLatest(result.data);
      setRun({ status: 'done', created: result.data.created });
    } else {
      setRun({ status: 'failed', error: result.error });
    }
  };

  if (state.status === 'loading' && !latest) return <LoadingSpinner label="Checking setup" />;
  if (state.status === 'error' && !latest) {
    return (
      <ErrorState title="Setup status could not be read">
        <Text>{state.error.message}</Text>
        {state.error.fix ? <Text>{state.error.fix}</Text> : null}
        <Button testId="retry-status" onClick={reload}>
          Retry
        </Button>
      </ErrorState>
    );
  }
  const status = latest ?? (state.status === 'success' ? state.data : null);
  if (!status) return null;

  return (
    <Flex direction="column" gap="md">
      {status.done ? (
        <Alert title="Setup is complete" variant="success" testId="setup-complete">
          The custom objects and deal properties are installed.
        </Alert>
      ) : (
        <Alert title="Setup is needed" variant="warning" testId="setup-needed">
          Run setup to install what the app needs in this portal. It is safe to run more than once.
        </Alert>
      )}
      {run.status === 'failed' ? (
        <Alert title="Setup did not finish" variant="danger" testId="setup-failed">
          {run.error.message}{' '}
          {run.error.retryable ? 'Run setup again to finish it.' : (run.error.fix ?? '')}
        </Alert>
      ) : null}
      {run.status === 'done' ? (
        <Alert title="Setup ran" variant="info" testId="setup-ran">
          {run.created.length === 0
            ? 'Everything was already in place.'
            : `Created: ${run.created.join(', ')}.`}
        </Alert>
      ) : null}
      <Tile compact={true}>
        <Flex direction="column" gap="xs">
          {status.items.map((item) => (
            <Flex key={item.key} justify="between" align="center">
              <Text>{item.label}</Text>
              <StatusTag variant={item.done ? 'success' : 'warning'}>
                {item.done ? 'Installed' : 'Missing'}
              </StatusTag>
            </Flex>
          ))}
        </Flex>
      </Tile>
      <LoadingButton
        testId="run-setup"
        variant={status.done ? 'secondary' : 'primary'}
        loading={run.status === 'running'}
        onClick={runSetup}
      >
        {status.done ? 'Run setup again' : 'Run setup'}
      </LoadingButton>
    </Flex>
  );
}
