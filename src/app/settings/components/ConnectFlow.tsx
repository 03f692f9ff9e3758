import { useState } from 'react';
import { Alert, Button, Flex, Input, Link, LoadingButton, Text } from '@hubspot/ui-extensions';
import type { ConnectionView, OperationError } from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';

type FlowState =
  | { step: 'idle' }
  | { step: 'starting' }
  | {
      step: 'consent';
      authorizeUrl: string;
      pasted: string;
      submitting: boolean;
      error: OperationError | null;
    }
  | { step: 'failedToStart'; error: OperationError };

/**
 * Connecting a company: get a signed authorize link, the admin approves in QuickBooks in a new tab,
 * then either the callback endpoint finishes by itself or the admin pastes the address back here.
 */
export function ConnectFlow({
  call,
  label,
  onConnected,
  onCheckList,
  primary = true,
  testIdPrefix = '',
}: {
  call: Call;
  label: string;
  /** Test ids must be unique on a page; each reconnect flow gets its own prefix. */
  testIdPrefix?: string;
  onConnected: (connection: ConnectionView, reconnected: boolean) => void;
  /**
   * Reads the list again: the callback endpoint may have finished the connection by itself, and
   * the admin is told to choose Show it here rather than to refresh the page.
   */
  onCheckList: () => void;
  /** Whether this is the page's next step (a primary button) or a second choice. */
  primary?: boolean;
}) {
  const { t } = useMessages();
  const [state, setState] = useState<FlowState>({ step: 'idle' });

  const start = async () => {
    setState({ step: 'starting' });
    const result = await call('connections.startConnect', {});
    setState(
      result.ok
        ? {
            step: 'consent',
            authorizeUrl: result.data.authorizeUrl,
            pasted: '',
            submitting: false,
            error: null,
          }
        : { step: 'failedToStart', error: result.error },
    );
  };

  const finish = async () => {
    if (state.step !== 'consent') return;
    setState({ ...state, submitting: true, error: null });
    const result = await call('connections.complete', { redirectUrl: state.pasted });
    if (result.ok) {
      setState({ step: 'idle' });
      onConnected(result.data.connection, result.data.reconnected);
    } else {
      setState({ ...state, submitting: false, error: result.error });
    }
  };

  if (state.step === 'consent') {
    return (
      <Flex direction="column" gap="sm">
        <Text>
          {t(
            '1. Open QuickBooks in a new tab with the link below, sign in and approve access for the company to connect.',
          )}
        </Text>
        <Link href={{ url: state.authorizeUrl, external: true }}>{t('Open QuickBooks')}</Link>
        <Text>
          {t(
            '2. If that tab says the company is connected, choose Show it here. Otherwise copy the whole address the browser landed on and paste it here.',
          )}
        </Text>
        <Input
          name="redirectUrl"
          label={t('Address after approving')}
          placeholder="https://…?code=…&state=…&realmId=…"
          value={state.pasted}
          onChange={(pasted: string) => setState({ ...state, pasted })}
          error={!!state.error}
          validationMessage={
            state.error
              ? [state.error.message, state.error.fix].filter(Boolean).join(' ')
              : undefined
          }
        />
        <Flex gap="sm">
          <LoadingButton
            testId={`${testIdPrefix}finish-connect`}
            variant="primary"
            loading={state.submitting}
            onClick={finish}
            disabled={!state.pasted.trim()}
          >
            {t('Finish connecting')}
          </LoadingButton>
          <Button
            testId={`${testIdPrefix}check-connected`}
            onClick={() => {
              setState({ step: 'idle' });
              onCheckList();
            }}
          >
            {t('Show it here')}
          </Button>
          <Button
            testId={`${testIdPrefix}cancel-connect`}
            onClick={() => setState({ step: 'idle' })}
          >
            {t('Cancel')}
          </Button>
        </Flex>
      </Flex>
    );
  }

  return (
    <Flex direction="column" gap="sm">
      {state.step === 'failedToStart' ? (
        <Alert
          title={t('Connecting could not start')}
          variant="danger"
          testId={`${testIdPrefix}connect-start-failed`}
        >
          {state.error.message} {state.error.fix ?? ''}
        </Alert>
      ) : null}
      <LoadingButton
        testId={`${testIdPrefix}connect`}
        variant={primary ? 'primary' : 'secondary'}
        loading={state.step === 'starting'}
        onClick={start}
      >
        {label}
      </LoadingButton>
    </Flex>
  );
}
