import type { Handlers } from '../runtime/dispatch';
import { getReminders, saveReminders } from './reminder-settings';
import { syncNow } from './sync-now';

/** What the settings page asks of the invoices feature: Sync now and reminder settings. */
export const invoiceAdminHandlers = {
  'invoices.syncNow': syncNow,
  'reminders.get': getReminders,
  'reminders.save': saveReminders,
} satisfies Partial<Handlers<'admin'>>;
