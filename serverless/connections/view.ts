import type { ConnectionView } from '@qbo-invoicing/contract';
import type { StoredConnection } from '../hubspot/stores/connections';

/** What the settings page may see of a connection: everything but the tokens. */
export function toView(connection: StoredConnection): ConnectionView {
  return {
    realmId: connection.realmId,
    companyName: connection.companyName || `QuickBooks company ${connection.realmId}`,
    country: connection.country,
    homeCurrency: connection.homeCurrency,
    environment: connection.environment,
    status: connection.status,
    lastError: connection.lastError,
    refreshTokenExpiresAt: connection.refreshTokenExpiresAt,
    refreshTokenHardExpiresAt: connection.refreshTokenHardExpiresAt,
    lastUsedAt: connection.lastUsedAt,
  };
}
