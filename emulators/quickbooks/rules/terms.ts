// Due dates from payment terms: DueDays after the invoice date, or a day of the month.
import { str } from '../json.js';
import type { QboEntity } from '../store.js';
import { addDays } from '../time.js';

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

export function dueDateFor(term: QboEntity, txnDate: string): string {
  const dayOfMonth = Number(term.DayOfMonthDue);
  if (Number.isInteger(dayOfMonth) && dayOfMonth > 0) {
    const [y, m, d] = txnDate.split('-').map(Number) as [number, number, number];
    const nextMonthWithin = Number(term.DueNextMonthDays) || 0;
    let year = y;
    let month0 = m - 1;
    // Issued on/after the due day, or within DueNextMonthDays of it: due the following month.
    if (d >= dayOfMonth || dayOfMonth - d <= nextMonthWithin) {
      month0 += 1;
      if (month0 === 12) {
        month0 = 0;
        year += 1;
      }
    }
    const day = Math.min(dayOfMonth, daysInMonth(year, month0));
    return `${year}-${String(month0 + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return addDays(txnDate, Number(str(term.DueDays) ?? 0) || 0);
}
