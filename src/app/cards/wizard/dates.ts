import { isCalendarDate } from '@qbo-invoicing/contract/catalog';

/** DateInput's value: the month starts at 0 (January), the day of the month at 1. */
export interface PickedDate {
  year: number;
  month: number;
  date: number;
}

/** A YYYY-MM-DD date as DateInput shows it; undefined when it is not a real date. */
export function toPicked(iso: string | null): PickedDate | undefined {
  if (!iso || !isCalendarDate(iso)) return undefined;
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return { year, month: month - 1, date };
}

/** What DateInput reports, as YYYY-MM-DD; null when the rep cleared the date. */
export function fromPicked(picked: PickedDate | null | undefined): string | null {
  if (!picked) return null;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(picked.year, 4)}-${pad(picked.month + 1, 2)}-${pad(picked.date, 2)}`;
}
