import Decimal from 'decimal.js';
import type { InvoiceStatus } from '@qbo-invoicing/contract';

export interface StatusFacts {
  voided: boolean;
  /** Deleted in QuickBooks: the link stays, marked, never silently dropped. */
  deleted: boolean;
  total: string;
  balance: string;
  /** YYYY-MM-DD, or null when the invoice has no due date. */
  dueDate: string | null;
  /** QuickBooks' EmailStatus: NotSet, NeedToSend or EmailSent. */
  emailStatus: string | null;
  /** Today's date (YYYY-MM-DD) in the portal's time zone. */
  today: string;
}

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The one place that decides an invoice's status. Order matters: deleted and voided beat
 * everything (even after a payment), paid beats overdue, and overdue beats partial payment because an unpaid
 * remainder past its due date is what the rep must act on. An invoice due today is not overdue.
 */
export function invoiceStatus(facts: StatusFacts): {
  status: InvoiceStatus;
  daysOverdue: number | null;
} {
  if (facts.deleted) return { status: 'DELETED', daysOverdue: null };
  if (facts.voided) return { status: 'VOIDED', daysOverdue: null };
  const balance = new Decimal(facts.balance);
  const total = new Decimal(facts.total);
  if (balance.lte(0)) return { status: 'PAID', daysOverdue: null };
  if (facts.dueDate && facts.dueDate < facts.today) {
    return { status: 'OVERDUE', daysOverdue: daysBetween(facts.dueDate, facts.today) };
  }
  if (balance.lt(total)) return { status: 'PARTIALLY_PAID', daysOverdue: null };
  if (facts.emailStatus === 'EmailSent') return { status: 'SENT', daysOverdue: null };
  return { status: 'AWAITING_SEND', daysOverdue: null };
}

/** The calendar date at `now` in an IANA time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
