import type { ConnectionView } from '@qbo-invoicing/contract';
import type { ServerMessage } from '@qbo-invoicing/messages';
import type { StoredConnection } from '../hubspot/stores/connections';
import { english, type Translator } from '../lib/text';

/**
 * What the settings page may see of a connection: everything but the tokens, in the admin's
 * language. The last error is kept as its English id (a reconnect reason names the company as
 * `{company}`); one the catalog does not know is shown as it was written.
 */
export function toView(connection: StoredConnection, words: Translator = english): ConnectionView {
  const companyName =
    connection.companyName ||
    words.t('QuickBooks company {realmId}', { realmId: connection.realmId });
  return {
    realmId: connection.realmId,
    companyName,
    country: connection.country,
    homeCurrency: connection.homeCurrency,
    environment: connection.environment,
    status: connection.status,
    lastError:
      connection.lastError === null
        ? null
        : words.t(connection.lastError as ServerMessage, { company: companyName }),
    refreshTokenExpiresAt: connection.refreshTokenExpiresAt,
    refreshTokenHardExpiresAt: connection.refreshTokenHardExpiresAt,
    lastUsedAt: connection.lastUsedAt,
  };
}
