import type { Handlers } from '../runtime/dispatch';
import { runExisting } from './existing';
import { getSyncSettings, saveSyncSettings } from './settings-handlers';

/** What the settings page asks of contact and product sync. */
export const syncHandlers = {
  'sync.settings.get': getSyncSettings,
  'sync.settings.save': saveSyncSettings,
  'sync.run': runExisting,
} satisfies Partial<Handlers<'admin'>>;
