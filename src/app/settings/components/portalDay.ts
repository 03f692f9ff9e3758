/**
 * The calendar day a moment falls on in the portal's time zone (YYYY-MM-DD), so an authorization
 * ending at 23:30 UTC reads as the next day in Madrid, as the admin's own calendar has it.
 */
export function dayIn(iso: string, timeZone: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso.slice(0, 10);
  try {
    const parts = new Intl.DateTimeFormat('en', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(moment);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  } catch {
    // An unknown time zone: the UTC day rather than nothing.
    return moment.toISOString().slice(0, 10);
  }
}
