import { Tab, Tabs } from '@hubspot/ui-extensions';
import type { Call } from '@qbo-invoicing/ui';
import { ConnectionsPanel } from './ConnectionsPanel';
import { RecordSyncPanel } from './RecordSyncPanel';
import { SetupPanel } from './SetupPanel';

/** The app's settings page. Each tab is one admin job. */
export function SettingsView({ call }: { call: Call }) {
  return (
    <Tabs defaultSelected="connections">
      <Tab tabId="connections" title="Connections">
        <ConnectionsPanel call={call} />
      </Tab>
      <Tab tabId="contacts" title="Contacts">
        <RecordSyncPanel call={call} object="contacts" />
      </Tab>
      <Tab tabId="products" title="Products">
        <RecordSyncPanel call={call} object="products" />
      </Tab>
      <Tab tabId="setup" title="Setup">
        <SetupPanel call={call} />
      </Tab>
    </Tabs>
  );
}
