import { hubspot } from '@hubspot/ui-extensions';
import { call } from '../shared/call';
import { SettingsView } from './components/SettingsView';

hubspot.extend<'settings'>(() => <SettingsView call={call} />);
