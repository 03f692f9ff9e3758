import type { Handlers } from '../runtime/dispatch';
import { runExisting } from './existing';
import { syncChangesNow } from './sync-now';
import { getSyncSettings, saveSyncSettings } from './settings-handlers';

/** What the settings page asks of contact and product sync. */
export const syncHandlers = {
  'sync.settings.get': getSyncSettings,
  'sync.settings.save': saveSyncSettings,
  'sync.run': runExisting,
  'sync.catchUp': syncChangesNow,
} satisfies Partial<Handlers<'admin'>>;
