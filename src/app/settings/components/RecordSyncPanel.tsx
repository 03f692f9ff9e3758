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
import type { SyncObject } from '@qbo-invoicing/contract/catalog';
import { useMessages, useOperation, type Call } from '@qbo-invoicing/ui';
import { chosenRealm, CompanySelect } from './CompanySelect';
import { SetupFirst } from './SetupFirst';
import { SyncRulesForm } from './SyncRulesForm';

/**
 * The Contacts or Products tab: the sync rules of one connected company (a selector when there
 * are several), loaded fresh for the company chosen.
 */
export function RecordSyncPanel({
  call,
  object,
  onConnect,
  onSetup,
}: {
  call: Call;
  object: SyncObject;
  /** Leads to the Setup tab, when the app is not set up yet. */
  onSetup?: () => void;
  /** Leads to the Connections tab, where a company is connected. */
  onConnect?: () => void;
}) {
  const { t } = useMessages();
  const { state, reload } = useOperation(() => call('connections.list', {}), 'connections');
  const [chosen, setChosen] = useState<string | null>(null);

  if (state.status === 'loading') return <LoadingSpinner label={t('Loading connections')} />;
  if (state.status === 'error' && state.error.code === 'NOT_SET_UP')
    return <SetupFirst onSetup={onSetup} testId={`${object}-go-to-setup`} />;
  if (state.status === 'error')
    return (
      <ErrorState title={t('The connections could not be loaded')}>
        <Text>{state.error.message}</Text>
        {state.error.fix ? <Text>{state.error.fix}</Text> : null}
        <Button testId={`retry-${object}-connections`} onClick={reload}>
          {t('Retry')}
        </Button>
      </ErrorState>
    );
  const { connections } = state.data;
  if (connections.length === 0)
    return (
      <EmptyState title={t('No QuickBooks company connected')} layout="vertical" imageWidth={120}>
        <Text>
          {t(
            'Connect a QuickBooks company on the Connections tab to sync its {object, select, contacts {customers into HubSpot contacts} other {products and services into HubSpot products}}.',
            { object },
          )}
        </Text>
        {onConnect ? (
          <Button testId={`${object}-go-to-connections`} variant="primary" onClick={onConnect}>
            {t('Go to Connections')}
          </Button>
        ) : null}
      </EmptyState>
    );
  const realmId = chosenRealm(connections, chosen);
  const company = connections.find((c) => c.realmId === realmId)!;
  return (
    <Flex direction="column" gap="md">
      <CompanySelect
        name={`${object}-company`}
        label={t('QuickBooks company')}
        connections={connections}
        value={realmId}
        onChange={setChosen}
      />
      {company.status === 'needs_reconnect' ? (
        // Its rules can be set, but nothing syncs until the company is connected again.
        <Alert
          title={t('{company} needs reconnecting', { company: company.companyName })}
          variant="warning"
          testId={`${object}-needs-reconnect`}
        >
          <Flex direction="column" gap="xs">
            <Text>
              {t(
                'Nothing syncs from this company until it is connected again. Reconnect it on the Connections tab.',
              )}
            </Text>
            {onConnect ? (
              <Button testId={`${object}-reconnect-first`} onClick={onConnect}>
                {t('Go to Connections')}
              </Button>
            ) : null}
          </Flex>
        </Alert>
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
