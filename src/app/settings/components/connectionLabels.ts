import type { ConnectionView } from '@qbo-invoicing/contract';
import type { Messages } from '@qbo-invoicing/ui';

type Variant = 'success' | 'warning' | 'danger';

/** Each status's tag: English ids of the settings catalog (say them with `t`). */
export const connectionStatus = {
  connected: { label: 'Connected', variant: 'success' },
  needs_reconnect: { label: 'Needs reconnect', variant: 'warning' },
  error: { label: 'Error', variant: 'danger' },
} as const satisfies Record<ConnectionView['status'], { label: string; variant: Variant }>;

/**
 * The calendar day a moment falls on in the portal's time zone (YYYY-MM-DD), so an authorization
 * ending at 23:30 UTC reads as the next day in Madrid, as the admin's own calendar has it.
 */
export function dayIn(iso: string, timeZone: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso.slice(0, 10);
  try {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(moment);
  } catch {
    return moment.toISOString().slice(0, 10);
  }
}

/** "Authorization lasts until 6 mar 2027 unless used; it ends for good on 26 nov 2031." */
export function authorizationLine(
  connection: ConnectionView,
  { t, date, timeZone }: Messages,
): string | null {
  if (!connection.refreshTokenExpiresAt) return null;
  const until = date(dayIn(connection.refreshTokenExpiresAt, timeZone));
  return connection.refreshTokenHardExpiresAt
    ? t('Authorization lasts until {until} unless used; it ends for good on {end}.', {
        until,
        end: date(dayIn(connection.refreshTokenHardExpiresAt, timeZone)),
      })
    : t('Authorization lasts until {until} unless used.', { until });
}

export function lastUsedLine(connection: ConnectionView, { t, date, timeZone }: Messages): string {
  return connection.lastUsedAt
    ? t('Last used successfully {date}.', { date: date(dayIn(connection.lastUsedAt, timeZone)) })
    : t('Not used yet.');
}
