import type { ConnectionView } from '@qbo-invoicing/contract';
import type { Messages } from '@qbo-invoicing/ui';
import { dayIn } from './portalDay';

type Variant = 'success' | 'warning' | 'danger';

/** Each status's tag: English ids of the settings catalog (say them with `t`). */
export const connectionStatus = {
  connected: { label: 'Connected', variant: 'success' },
  needs_reconnect: { label: 'Needs reconnect', variant: 'warning' },
  error: { label: 'Error', variant: 'danger' },
} as const satisfies Record<ConnectionView['status'], { label: string; variant: Variant }>;

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
