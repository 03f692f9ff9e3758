import type { InvoiceStatus } from '@qbo-invoicing/contract';
import { formatDate, formatMoney } from '@qbo-invoicing/invoicing';
import type { ReminderSettings } from '../hubspot/stores/connections';
import type { InvoiceLink } from '../hubspot/stores/invoice-links';

export type ReminderReason = 'unsent' | 'overdue' | 'paid';

const DAY_MS = 86_400_000;
const daysSince = (date: string, today: string) =>
  Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);

/**
 * The reminders an invoice is due now under the company's settings, each once per invoice and
 * reason: a draft still unsent some days after its invoice date, an invoice overdue, an invoice
 * paid in full. Turning a reminder off means none is created from then on.
 */
export function dueReminders(
  link: InvoiceLink,
  status: InvoiceStatus,
  settings: ReminderSettings,
  today: string,
): ReminderReason[] {
  const due: ReminderReason[] = [];
  if (
    settings.unsentAfterDays !== null &&
    status === 'AWAITING_SEND' &&
    daysSince(link.txnDate, today) >= settings.unsentAfterDays
  )
    due.push('unsent');
  if (settings.overdue && status === 'OVERDUE') due.push('overdue');
  if (settings.paidInFull && status === 'PAID') due.push('paid');
  return due.filter((reason) => !link.remindersSent.includes(reason));
}

/** The task's text, with the reference that lets a retry recognise it. */
export function reminderTask(
  link: InvoiceLink,
  reason: ReminderReason,
  today: string,
): { subject: string; body: string; reference: string } {
  const name = `invoice ${link.number ?? `#${link.invoiceId}`}`;
  const total = formatMoney(link.total, link.currency);
  const balance = formatMoney(link.balance, link.currency);
  const reference = `QuickBooks reference: company ${link.realmId}, invoice ${link.invoiceId}, reminder ${reason}`;
  const texts: Record<ReminderReason, { subject: string; body: string }> = {
    unsent: {
      subject: `Send ${name} to ${link.customerName}`,
      body: `QuickBooks ${name} (${total}) is dated ${formatDate(link.txnDate)} and has not been sent ${daysSince(link.txnDate, today)} days later. Open it from the deal's QuickBooks invoices card and choose Send invoice.`,
    },
    overdue: {
      subject: `Follow up: ${name} is overdue`,
      body: `QuickBooks ${name} for ${link.customerName} was due ${link.dueDate ? formatDate(link.dueDate) : 'already'}; ${balance} of ${total} is still open.`,
    },
    paid: {
      subject: `${name[0]?.toUpperCase()}${name.slice(1)} is paid in full`,
      body: `${link.customerName} paid QuickBooks ${name} (${total}) in full: time to move the deal on.`,
    },
  };
  return { ...texts[reason], reference };
}
