import { LoadingSpinner, Tab, Tabs } from '@hubspot/ui-extensions';
import { useOperation, type Call } from '@qbo-invoicing/ui';
import { ConnectionsPanel } from './ConnectionsPanel';
import { PropertyMappingsPanel } from './PropertyMappingsPanel';
import { RecordSyncPanel } from './RecordSyncPanel';
import { SetupPanel } from './SetupPanel';

/**
 * The app's settings page. Each tab is one admin job. Until setup is done the page opens on Setup,
 * the one thing that must happen first; afterwards on Connections.
 */
export function SettingsView({ call }: { call: Call }) {
  const { state } = useOperation(() => call('setup.status', {}), 'setup-status');
  if (state.status === 'loading') return <LoadingSpinner label="Loading the settings" />;
  const setUp = state.status === 'success' ? state.data.done : true;
  return (
    <Tabs defaultSelected={setUp ? 'connections' : 'setup'}>
      <Tab tabId="connections" title="Connections">
        <ConnectionsPanel call={call} />
      </Tab>
      <Tab tabId="contacts" title="Contacts">
        <RecordSyncPanel call={call} object="contacts" />
      </Tab>
      <Tab tabId="products" title="Products">
        <RecordSyncPanel call={call} object="products" />
      </Tab>
      <Tab tabId="mappings" title="Property mappings">
        <PropertyMappingsPanel call={call} />
      </Tab>
      <Tab tabId="setup" title="Setup">
        <SetupPanel call={call} />
      </Tab>
    </Tabs>
  );
}
