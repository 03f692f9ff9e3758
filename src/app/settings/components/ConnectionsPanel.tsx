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
import { useOperation, type Call } from '@qbo-invoicing/ui';
import { ConnectFlow } from './ConnectFlow';
import { ConnectionTile, type ConnectionNotice } from './ConnectionTile';

/** The Connections tab: every connected QuickBooks company, and connecting another. */
export function ConnectionsPanel({ call }: { call: Call }) {
  const [notice, setNotice] = useState<ConnectionNotice | null>(null);
  const { state, reload } = useOperation(() => call('connections.list', {}), 'connections');

  const changed = (next: ConnectionNotice) => {
    setNotice(next);
    reload();
  };

  let body;
  if (state.status === 'loading') body = <LoadingSpinner label="Loading connections" />;
  else if (state.status === 'error') {
    body = (
      <ErrorState title="The connections could not be loaded">
        <Text>{state.error.message}</Text>
        {state.error.fix ? <Text>{state.error.fix}</Text> : null}
        <Button testId="retry-connections" onClick={reload}>
          Retry
        </Button>
      </ErrorState>
    );
  } else if (state.data.connections.length === 0) {
    body = (
      <EmptyState title="No QuickBooks company connected" layout="vertical" imageWidth={120}>
        <Text>
          Connect a QuickBooks Online company to create and link its invoices. You can connect
          several.
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
          />
        ))}
      </Flex>
    );
  }

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
        label="Connect a QuickBooks company"
        onCheckList={reload}
        onConnected={(connection, reconnected) =>
          changed({
            variant: 'success',
            title: reconnected ? 'Reconnected' : 'Connected',
            text: `${connection.companyName} is ${reconnected ? 'connected again' : 'connected'}.`,
          })
        }
      />
    </Flex>
  );
}
