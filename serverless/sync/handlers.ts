import type { Handlers } from '../runtime/dispatch';
import { runExisting } from './existing';
import { listSyncLog, retrySyncLog } from './log-handlers';
import { recordSyncStatus, retryRecordSync } from './record-status';
import { syncChangesNow } from './sync-now';
import { getSyncSettings, saveSyncSettings } from './settings-handlers';

/** What the settings page asks of contact and product sync. */
export const syncHandlers = {
  'sync.settings.get': getSyncSettings,
  'sync.settings.save': saveSyncSettings,
  'sync.run': runExisting,
  'sync.catchUp': syncChangesNow,
  'sync.log.list': listSyncLog,
  'sync.log.retry': retrySyncLog,
} satisfies Partial<Handlers<'admin'>>;

/** What the card on a contact or company asks of contact sync: its customer link and problems. */
export const syncCardHandlers = {
  'sync.recordStatus': recordSyncStatus,
  'sync.recordRetry': retryRecordSync,
} satisfies Partial<Handlers<'invoices'>>;
