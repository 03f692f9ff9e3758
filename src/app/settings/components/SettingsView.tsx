import { Tab, Tabs } from '@hubspot/ui-extensions';
import type { Call } from '../../shared/call';
import { SetupPanel } from './SetupPanel';

/** The app's settings page. Each tab is one admin job. */
export function SettingsView({ call }: { call: Call }) {
  return (
    <Tabs defaultSelected="setup">
      <Tab tabId="setup" title="Setup">
        <SetupPanel call={call} />
      </Tab>
    </Tabs>
  );
}
