import type { ConnectionView } from '@qbo-invoicing/contract';
import { formatDate } from '@qbo-invoicing/ui';

type Variant = 'success' | 'warning' | 'danger';

export const connectionStatus: Record<
  ConnectionView['status'],
  { label: string; variant: Variant }
> = {
  connected: { label: 'Connected', variant: 'success' },
  needs_reconnect: { label: 'Needs reconnect', variant: 'warning' },
  error: { label: 'Error', variant: 'danger' },
};

/** "Authorization renews until Mar 6, 2027 (ends for good Nov 26, 2031)". */
export function authorizationLine(connection: ConnectionView): string | null {
  if (!connection.refreshTokenExpiresAt) return null;
  const rolling = `Authorization lasts until ${formatDate(connection.refreshTokenExpiresAt.slice(0, 10))} unless used`;
  const hard = connection.refreshTokenHardExpiresAt
    ? `; it ends for good on ${formatDate(connection.refreshTokenHardExpiresAt.slice(0, 10))}`
    : '';
  return `${rolling}${hard}.`;
}

export function lastUsedLine(connection: ConnectionView): string {
  return connection.lastUsedAt
    ? `Last used successfully ${formatDate(connection.lastUsedAt.slice(0, 10))}.`
    : 'Not used yet.';
}
