import { useState } from 'react';
import {
  Alert,
  Button,
  EmptyState,
  ErrorState,
  Flex,
  LoadingSpinner,
  Text,
} from '@hubspot/ui-extensions';
import { useMessages, useOperation, type Call } from '@qbo-invoicing/ui';
import { ConnectFlow } from './ConnectFlow';
import { ConnectionTile, type ConnectionNotice } from './ConnectionTile';
import { SetupFirst } from './SetupFirst';

/**
 * The Connections tab: every connected QuickBooks company, and connecting another. Before setup
 * there is nothing to connect to: the tab says so and leads to Setup instead of offering Connect.
 */
export function ConnectionsPanel({ call, onSetup }: { call: Call; onSetup?: () => void }) {
  const { t } = useMessages();
  const [notice, setNotice] = useState<ConnectionNotice | null>(null);
  const { state, reload } = useOperation(() => call('connections.list', {}), 'connections');

  const changed = (next: ConnectionNotice) => {
    setNotice(next);
    reload();
  };

  if (state.status === 'error' && state.error.code === 'NOT_SET_UP') {
    return <SetupFirst onSetup={onSetup} testId="go-to-setup" />;
  }

  let body;
  if (state.status === 'loading') body = <LoadingSpinner label={t('Loading connections')} />;
  else if (state.status === 'error') {
    body = (
      <ErrorState title={t('The connections could not be loaded')}>
        <Text>{state.error.message}</Text>
        {state.error.fix ? <Text>{state.error.fix}</Text> : null}
        <Button testId="retry-connections" onClick={reload}>
          {t('Retry')}
        </Button>
      </ErrorState>
    );
  } else if (state.data.connections.length === 0) {
    body = (
      <EmptyState title={t('No QuickBooks company connected')} layout="vertical" imageWidth={120}>
        <Text>
          {t(
            'Connect a QuickBooks Online company to create and link its invoices. You can connect several.',
          )}
        </Text>
      </EmptyState>
    );
  } else {
    body = (
      <Flex direction="column" gap="sm">
        {state.data.connections.map((connection) => (
          <ConnectionTile
            key={connection.realmId}
            connection={connection}
            call={call}
            onChanged={changed}
            onCheckList={reload}
          />
        ))}
      </Flex>
    );
  }

  const connections = state.status === 'success' ? state.data.connections : [];
  // A company to reconnect is the next step; connecting another is then the second choice.
  const reconnecting = connections.some((connection) => connection.status !== 'connected');
  return (
    <Flex direction="column" gap="md">
      {notice ? (
        <Alert title={notice.title} variant={notice.variant} testId="connection-notice">
          {notice.text}
        </Alert>
      ) : null}
      {body}
      <ConnectFlow
        call={call}
        label={
          connections.length > 0
            ? t('Connect another QuickBooks company')
            : t('Connect a QuickBooks company')
        }
        primary={!reconnecting}
        onCheckList={reload}
        onConnected={(connection, reconnected) =>
          changed({
            variant: 'success',
            title: reconnected ? t('Reconnected') : t('Connected'),
            text: reconnected
              ? t('{company} is connected again.', { company: connection.companyName })
              : t('{company} is connected.', { company: connection.companyName }),
          })
        }
      />
    </Flex>
  );
}
