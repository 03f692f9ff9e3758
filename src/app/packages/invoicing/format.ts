/**
 * Amounts arrive as decimal strings. Intl formats those exactly (no float conversion), in the
 * invoice's own currency.
 */
export function formatMoney(amount: string, currency: string, locale = 'en-US'): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
      amount as `${number}`,
    );
  } catch {
    return `${amount} ${currency}`;
  }
}

/** YYYY-MM-DD shown as a date, without letting a time zone shift the day. */
export function formatDate(date: string, locale = 'en-US'): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/**
 * A moment (an ISO timestamp) as a date and time in a time zone: the portal's, so everyone in a
 * team reads the same day for it.
 */
export function formatInstant(iso: string, locale = 'en-US', timeZone = 'UTC'): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(moment);
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      moment,
    );
  }
}
