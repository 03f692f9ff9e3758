import { ok } from '../http-util.js';
import type { Router } from '../router.js';

/** Offset of a time zone from UTC at an instant, in milliseconds. */
function utcOffsetMs(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const local = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return local - Math.floor(at.getTime() / 1000) * 1000;
}

function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const min = Math.abs(ms) / 60_000;
  return `${sign}${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

/** `/account-info/v3/details`: the portal's id, time zone and currency. */
export function accountRoutes(
  router: Router,
  portalId: number,
  timeZone: string,
  clock: () => Date,
): void {
  router.add('GET', '/account-info/v3/details', () => {
    const offset = utcOffsetMs(timeZone, clock());
    return ok({
      portalId,
      accountType: 'STANDARD',
      timeZone,
      companyCurrency: 'USD',
      additionalCurrencies: ['EUR', 'GBP'],
      utcOffset: formatOffset(offset),
      utcOffsetMilliseconds: offset,
      uiDomain: 'app.hubspot.com',
      dataHostingLocation: 'na1',
    });
  });
}
