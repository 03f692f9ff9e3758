import { formatDate } from '@qbo-invoicing/invoicing';
import type { Translator } from '../lib/text';
import { todayIn } from './status';

/** HubSpot quote statuses that mean "published": the buyer can see and accept it. */
export const PUBLISHED_QUOTE_STATUSES = ['APPROVAL_NOT_NEEDED', 'APPROVED'] as const;

/** Why a quote that is not published cannot be used, by its status (one sentence each). */
function notPublished(status: string, words: Translator): string {
  switch (status) {
    case 'DRAFT':
      return words.t(
        'This quote is a draft, not published. Publish it in HubSpot first, or start from scratch.',
      );
    case 'PENDING_APPROVAL':
      return words.t(
        'This quote is waiting for approval, not published. Publish it in HubSpot first, or start from scratch.',
      );
    case 'REJECTED':
      return words.t(
        'This quote was rejected by an approver, not published. Publish it in HubSpot first, or start from scratch.',
      );
    case '':
      return words.t(
        'This quote has no status, so it is not published. Publish it in HubSpot first, or start from scratch.',
      );
    default:
      return words.t(
        'This quote is in status {status}, not published. Publish it in HubSpot first, or start from scratch.',
        { status },
      );
  }
}

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
 * expired. A quote expiring today is still valid today; the dates are the portal's calendar. The
 * reason is said in `words`' language, its date in their locale.
 */
export function quoteSelectability(
  quote: QuoteFacts,
  today: string,
  timeZone: string,
  words: Translator,
): { selectable: boolean; reason: string | null; expiresOn: string | null } {
  const expiresOn = expiryDate(quote.expiration, timeZone);
  const status = (quote.status ?? '').trim().toUpperCase();
  if (!(PUBLISHED_QUOTE_STATUSES as readonly string[]).includes(status)) {
    return { selectable: false, reason: notPublished(status, words), expiresOn };
  }
  if (expiresOn !== null && expiresOn < today) {
    return {
      selectable: false,
      reason: words.t(
        'This quote expired on {date}. Extend its expiration date in HubSpot, or start from scratch.',
        { date: formatDate(expiresOn, words.locale) },
      ),
      expiresOn,
    };
  }
  return { selectable: true, reason: null, expiresOn };
}
