import type { EncryptionKey } from '../config';
import type { ConnectionStore, StoredConnection } from '../hubspot/stores/connections';
import { QboReconnectRequiredError } from '../quickbooks/errors';
import type { QboTokens, TokenStore } from '../quickbooks/token-store';
import { openTokens, sealTokens } from './token-vault';

/**
 * The QuickBooks client's token store, on the connection records in HubSpot. HubSpot has no
 * compare-and-set, so `save` re-reads the record just before writing: when another call has
 * already stored a rotation of the same tokens, that newer set wins and ours is dropped. Intuit
 * keeps a superseded refresh token valid for 24 hours, so whichever set is kept still works.
 */
export class HubSpotTokenStore implements TokenStore {
  constructor(
    private readonly connections: ConnectionStore,
    private readonly keys: EncryptionKey[],
    private readonly now: () => Date = () => new Date(),
  ) {}

  private tokensOf(connection: StoredConnection): QboTokens | null {
    if (!connection.tokenCiphertext || !connection.tokenKeyId) return null;
    return openTokens(
      connection.realmId,
      { ciphertext: connection.tokenCiphertext, keyId: connection.tokenKeyId },
      this.keys,
    );
  }

  async load(realmId: string, options: { fresh?: boolean } = {}): Promise<QboTokens> {
    const connection = await this.connections.get(realmId, { fresh: options.fresh ?? false });
    const name = connection?.companyName || realmId;
    if (!connection)
      throw new QboReconnectRequiredError(realmId, name, 'this company is not connected.');
    if (connection.status === 'needs_reconnect') {
      throw new QboReconnectRequiredError(
        realmId,
        name,
        connection.lastError ?? 'its authorization ended.',
      );
    }
    const tokens = this.tokensOf(connection);
    if (!tokens)
      throw new QboReconnectRequiredError(realmId, name, 'it has no stored authorization.');
    return tokens;
  }

  async save(realmId: string, next: QboTokens, previous: QboTokens): Promise<QboTokens> {
    // Read again, not this call's earlier read: another function may have refreshed meanwhile.
    const current = await this.connections.get(realmId, { fresh: true });
    const stored = current ? this.tokensOf(current) : null;
    if (
      stored &&
      stored.refreshToken !== previous.refreshToken &&
      stored.accessTokenExpiresAt >= next.accessTokenExpiresAt
    ) {
      return stored;
    }
    await this.write(realmId, next);
    return next;
  }

  /** Stores a fresh token set (a new connection or a refresh) and marks the company healthy. */
  async write(realmId: string, tokens: QboTokens): Promise<void> {
    const sealed = sealTokens(realmId, tokens, this.keys);
    await this.connections.save(realmId, {
      tokenCiphertext: sealed.ciphertext,
      tokenKeyId: sealed.keyId,
      refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
      refreshTokenHardExpiresAt: tokens.refreshTokenHardExpiresAt ?? null,
      status: 'connected',
      lastError: null,
      lastUsedAt: this.now().toISOString(),
    });
  }

  async markNeedsReconnect(realmId: string, reason: string): Promise<void> {
    await this.connections.save(realmId, { status: 'needs_reconnect', lastError: reason });
  }
}
