import * as z from 'zod';
import { isCalendarDate } from './catalog';

/**
 * Amounts cross the wire as decimal strings ("1234.50"), never as JSON numbers, so no side
 * ever does floating-point arithmetic on money.
 */
export const decimalString = z
  .string()
  .regex(/^-?\d{1,15}(\.\d{1,7})?$/, 'must be a decimal number such as 1234.50');

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code');

/** A calendar date with no time of day (QuickBooks' TxnDate, DueDate). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real date');

/** An instant, always with its offset. */
export const isoInstant = z.string().datetime({ offset: true });

/** An IANA time zone such as Europe/London, as HubSpot reports the portal's. */
export const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/London');
