import type { TermSummary } from '@qbo-invoicing/contract';

const parse = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const format = (d: Date) => d.toISOString().slice(0, 10);
const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The due date a payment term gives an invoice dated `txnDate`, on the calendar (no time of day,
 * so no time zone can shift it). "Net N" adds N days. A date-driven term is due on its day of the
 * month (clamped to the month's length), next month when the invoice is dated within
 * `dueNextMonthDays` days before that day, or after it. No term: due on the invoice date.
 */
export function dueDateFor(txnDate: string, term: TermSummary | null): string {
  const { year, month, day } = parse(txnDate);
  if (!term) return txnDate;
  if (term.dueDays !== null) return format(new Date(Date.UTC(year, month - 1, day + term.dueDays)));
  if (term.dayOfMonthDue !== null) {
    const dueIn = (y: number, m: number) =>
      new Date(Date.UTC(y, m - 1, Math.min(term.dayOfMonthDue!, daysInMonth(y, m))));
    const thisMonth = dueIn(year, month);
    const daysBefore = thisMonth.getUTCDate() - day;
    const window = term.dueNextMonthDays ?? 0;
    if (daysBefore >= 0 && (window === 0 || daysBefore > window)) return format(thisMonth);
    return format(month === 12 ? dueIn(year + 1, 1) : dueIn(year, month + 1));
  }
  return txnDate;
}
