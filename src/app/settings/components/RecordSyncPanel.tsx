import { useState } from 'react';
import {
  Button,
  EmptyState,
  ErrorState,
  Flex,
  LoadingSpinner,
  Select,
  Text,
} from '@hubspot/ui-extensions';
import type { SyncObject } from '@qbo-invoicing/contract/catalog';
import { useOperation, type Call } from '@qbo-invoicing/ui';
import { SyncRulesForm } from './SyncRulesForm';
import { syncObjectLabels } from './syncLabels';

/**
 * The Contacts or Products tab: the sync rules of one connected company (a selector when there
 * are several), loaded fresh for the company chosen.
 */
export function RecordSyncPanel({ call, object }: { call: Call; object: SyncObject }) {
  const { state, reload } = useOperation(() => call('connections.list', {}), 'connections');
  const [chosen, setChosen] = useState<string | null>(null);
  const labels = syncObjectLabels[object];

  if (state.status === 'loading') return <LoadingSpinner label="Loading connections" />;
  if (state.status === 'error')
    return (
      <ErrorState title="The connections could not be loaded">
        <Text>{state.error.message}</Text>
        <Button testId={`retry-${object}-connections`} onClick={reload}>
          Retry
        </Button>
      </ErrorState>
    );
  const { connections } = state.data;
  if (connections.length === 0)
    return (
      <EmptyState title="No QuickBooks company connected" layout="vertical" imageWidth={120}>
        <Text>
          Connect a QuickBooks company on the Connections tab to sync its {labels.source} into
          HubSpot {labels.record}.
        </Text>
      </EmptyState>
    );
  const realmId =
    chosen && connections.some((c) => c.realmId === chosen) ? chosen : connections[0]!.realmId;
  const company = connections.find((c) => c.realmId === realmId)!;
  return (
    <Flex direction="column" gap="md">
      {connections.length > 1 ? (
        <Select
          name={`${object}-company`}
          label="QuickBooks company"
          value={realmId}
          options={connections.map((c) => ({ label: c.companyName, value: c.realmId }))}
          onChange={(value) => setChosen(String(value))}
        />
      ) : null}
      <SyncRulesForm
        key={`${object}-${realmId}`}
        call={call}
        object={object}
        realmId={realmId}
        companyName={company.companyName}
      />
    </Flex>
  );
}
