import { hubspot } from '@hubspot/ui-extensions';
import { call } from '@qbo-invoicing/ui';
import { SettingsView } from './components/SettingsView';

hubspot.extend<'settings'>(() => <SettingsView call={call} />);
