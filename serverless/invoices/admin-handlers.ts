import type { Handlers } from '../runtime/dispatch';
import { backfillDryRun, backfillResolve, backfillRun, backfillStatus } from './backfill';
import { getReminders, saveReminders } from './reminder-settings';
import { syncNow } from './sync-now';

/** What the settings page asks of the invoices feature: Sync now, reminders, past invoices. */
export const invoiceAdminHandlers = {
  'invoices.syncNow': syncNow,
  'reminders.get': getReminders,
  'reminders.save': saveReminders,
  'backfill.dryRun': backfillDryRun,
  'backfill.run': backfillRun,
  'backfill.status': backfillStatus,
  'backfill.resolve': backfillResolve,
} satisfies Partial<Handlers<'admin'>>;
