import { todayIn } from './status';

/** HubSpot quote statuses that mean "published": the buyer can see and accept it. */
export const PUBLISHED_QUOTE_STATUSES = ['APPROVAL_NOT_NEEDED', 'APPROVED'] as const;

const statusWords: Record<string, string> = {
  DRAFT: 'a draft',
  PENDING_APPROVAL: 'waiting for approval',
  REJECTED: 'rejected by an approver',
  APPROVAL_NOT_NEEDED: 'published',
  APPROVED: 'approved and published',
};

/**
 * The calendar date a quote expires on, in the portal's time zone. HubSpot stores the expiration
 * as an instant (or a bare date, or epoch milliseconds); a bare date is taken as it is.
 */
export function expiryDate(raw: string | null | undefined, timeZone: string): string | null {
  if (!raw || raw.trim() === '') return null;
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const instant = /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  return todayIn(timeZone, instant);
}

export interface QuoteFacts {
  status: string | null;
  /** hs_expiration_date as HubSpot sends it. */
  expiration: string | null;
}

/**
 * Whether a quote can become an invoice: published (approval not needed, or approved) and not
 * expired. A quote expiring today is still valid today; the dates are the portal's calendar.
 */
export function quoteSelectability(
  quote: QuoteFacts,
  today: string,
  timeZone: string,
): { selectable: boolean; reason: string | null; expiresOn: string | null } {
  const expiresOn = expiryDate(quote.expiration, timeZone);
  const status = (quote.status ?? '').trim().toUpperCase();
  if (!(PUBLISHED_QUOTE_STATUSES as readonly string[]).includes(status)) {
    const words = statusWords[status] ?? (status ? `in status ${status}` : 'without a status');
    return {
      selectable: false,
      reason: `This quote is ${words}, not published. Publish it in HubSpot first, or start from scratch.`,
      expiresOn,
    };
  }
  if (expiresOn !== null && expiresOn < today) {
    return {
      selectable: false,
      reason: `This quote expired on ${expiresOn}. Extend its expiration date in HubSpot, or start from scratch.`,
      expiresOn,
    };
  }
  return { selectable: true, reason: null, expiresOn };
}
