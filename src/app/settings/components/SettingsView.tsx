import { useState } from 'react';
import { LoadingSpinner, Tab, Tabs } from '@hubspot/ui-extensions';
import { useMessages, useOperation, type Call } from '@qbo-invoicing/ui';
import { ConnectionsPanel } from './ConnectionsPanel';
import { PropertyMappingsPanel } from './PropertyMappingsPanel';
import { RecordSyncPanel } from './RecordSyncPanel';
import { SetupPanel } from './SetupPanel';
import { SetupFirst } from './SetupFirst';
import { SyncLogPanel } from './SyncLogPanel';

/**
 * The app's settings page. Each tab is one admin job. Until setup is done the page opens on Setup,
 * the one thing that must happen first (also when its status cannot be read: Setup shows why and
 * offers Retry); afterwards on Connections. Tabs that need what another tab does lead there, so
 * the tabs are controlled (`selected` + `onSelectedChange`, HubSpot's Tabs reference:
 * https://developers.hubspot.com/docs/reference/ui-components/standard-components/tabs).
 */
export function SettingsView({ call }: { call: Call }) {
  const { t } = useMessages();
  const { state } = useOperation(() => call('setup.status', {}), 'setup-status');
  const [tab, setTab] = useState<string | null>(null);
  // Setup done from this page: the tabs that failed for want of it load again.
  const [setupRuns, setSetupRuns] = useState(0);
  if (state.status === 'loading') return <LoadingSpinner label={t('Loading the settings')} />;
  const setUp = state.status === 'success' && state.data.done;
  // The tabs that read connected companies wait for setup (run from this page or before).
  const ready = setUp || setupRuns > 0;
  const go = (next: string) => () => setTab(next);
  return (
    <Tabs
      selected={tab ?? (setUp ? 'connections' : 'setup')}
      onSelectedChange={(id: string | number) => setTab(String(id))}
    >
      <Tab tabId="connections" title={t('Connections')}>
        <ConnectionsPanel key={setupRuns} call={call} onSetup={go('setup')} />
      </Tab>
      <Tab tabId="contacts" title={t('Contacts')}>
        <RecordSyncPanel
          key={setupRuns}
          call={call}
          object="contacts"
          onConnect={go('connections')}
          onSetup={go('setup')}
        />
      </Tab>
      <Tab tabId="products" title={t('Products')}>
        <RecordSyncPanel
          key={setupRuns}
          call={call}
          object="products"
          onConnect={go('connections')}
          onSetup={go('setup')}
        />
      </Tab>
      <Tab tabId="mappings" title={t('Property mappings')}>
        {ready ? (
          <PropertyMappingsPanel key={setupRuns} call={call} onConnect={go('connections')} />
        ) : (
          <SetupFirst onSetup={go('setup')} testId="mappings-go-to-setup" />
        )}
      </Tab>
      <Tab tabId="sync-log" title={t('Sync log')}>
        {ready ? (
          <SyncLogPanel key={setupRuns} call={call} onConnect={go('connections')} />
        ) : (
          <SetupFirst onSetup={go('setup')} testId="sync-log-go-to-setup" />
        )}
      </Tab>
      <Tab tabId="setup" title={t('Setup')}>
        <SetupPanel
          call={call}
          onSetUp={() => setSetupRuns((runs) => runs + 1)}
          onNext={setUp ? undefined : go('connections')}
        />
      </Tab>
    </Tabs>
  );
}
