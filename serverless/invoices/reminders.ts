import type { InvoiceStatus } from '@qbo-invoicing/contract';
import { formatDate, formatMoney } from '@qbo-invoicing/invoicing';
import type { ReminderSettings } from '../hubspot/stores/connections';
import type { InvoiceLink } from '../hubspot/stores/invoice-links';
import type { Translator } from '../lib/text';

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

/**
 * The task's text in `words`' language, with the reference that lets a retry recognise it (the
 * same in every language, so a task written in one is recognised whatever a later trigger speaks).
 */
export function reminderTask(
  link: InvoiceLink,
  reason: ReminderReason,
  today: string,
  words: Translator,
): { subject: string; body: string; reference: string } {
  const { t, locale } = words;
  const values = {
    number: link.number ?? `#${link.invoiceId}`,
    customer: link.customerName,
    total: formatMoney(link.total, link.currency, locale),
    balance: formatMoney(link.balance, link.currency, locale),
  };
  const reference = `QuickBooks reference: company ${link.realmId}, invoice ${link.invoiceId}, reminder ${reason}`;
  const texts: Record<ReminderReason, () => { subject: string; body: string }> = {
    unsent: () => ({
      subject: t('Send invoice {number} to {customer}', values),
      body: t(
        'QuickBooks invoice {number} ({total}) is dated {date} and has not been sent {days, plural, one {# day} other {# days}} later. Open it from the deal’s QuickBooks invoices card and choose Send invoice.',
        { ...values, date: formatDate(link.txnDate, locale), days: daysSince(link.txnDate, today) },
      ),
    }),
    overdue: () => ({
      subject: t('Follow up: invoice {number} is overdue', values),
      body: link.dueDate
        ? t(
            'QuickBooks invoice {number} for {customer} was due {dueDate}; {balance} of {total} is still open.',
            { ...values, dueDate: formatDate(link.dueDate, locale) },
          )
        : t(
            'QuickBooks invoice {number} for {customer} is overdue; {balance} of {total} is still open.',
            values,
          ),
    }),
    paid: () => ({
      subject: t('Invoice {number} is paid in full', values),
      body: t(
        '{customer} paid QuickBooks invoice {number} ({total}) in full: time to move the deal on.',
        values,
      ),
    }),
  };
  return { ...texts[reason](), reference };
}
