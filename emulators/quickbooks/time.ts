// QBO reports times in the company's zone with an explicit offset. The emulator uses one fixed
// offset (Pacific daylight time, where QBO's servers answer from) for every company.
export const OFFSET_MINUTES = -7 * 60;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function shifted(d: Date): Date {
  return new Date(d.getTime() + OFFSET_MINUTES * 60_000);
}

function offsetSuffix(): string {
  const sign = OFFSET_MINUTES < 0 ? '-' : '+';
  const abs = Math.abs(OFFSET_MINUTES);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2025-03-01T09:30:00-07:00`, as in MetaData. */
export function qboDateTime(d: Date): string {
  return shifted(d).toISOString().slice(0, 19) + offsetSuffix();
}

/** `2025-03-01T09:30:00.123-07:00`, as in the envelope's `time`. */
export function qboTime(d: Date): string {
  return shifted(d).toISOString().slice(0, 23) + offsetSuffix();
}

/** The company's calendar date, `YYYY-MM-DD`. */
export function qboDate(d: Date): string {
  return shifted(d).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}

/** Instant of a QBO date or date-time string; dates count as midnight in the company's zone. */
export function instant(s: string): number {
  if (isDate(s)) return Date.parse(`${s}T00:00:00${offsetSuffix()}`);
  return Date.parse(s);
}
