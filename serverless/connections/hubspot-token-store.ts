import { createHash } from 'node:crypto';
import type { EncryptionKey } from '../config';
import type { ClaimStore } from '../hubspot/stores/claims';
import type { ConnectionStore, StoredConnection } from '../hubspot/stores/connections';
import type { Clock } from '../lib/clock';
import { log } from '../lib/log';
import { QboReconnectRequiredError } from '../quickbooks/errors';
import type { QboTokens, RefreshPlan, TokenStore } from '../quickbooks/token-store';
import { refreshUnderLease, type StoredVersion } from './refresh-lease';
import { openTokens, sealTokens } from './token-vault';

/**
 * The QuickBooks client's token store, on the connection records in HubSpot. Refreshes run under
 * a claim per stored version (refresh-lease.ts), so calls on every instance refresh one at a time.
 */
export class HubSpotTokenStore implements TokenStore {
  constructor(
    private readonly connections: ConnectionStore,
    private readonly claims: ClaimStore,
    private readonly keys: EncryptionKey[],
    private readonly clock: Clock,
  ) {}

  private now(): Date {
    return new Date(this.clock.now());
  }

  private tokensOf(connection: StoredConnection): QboTokens | null {
    if (!connection.tokenCiphertext || !connection.tokenKeyId) return null;
    return openTokens(
      connection.realmId,
      { ciphertext: connection.tokenCiphertext, keyId: connection.tokenKeyId },
      this.keys,
    );
  }

  async load(realmId: string, options: { fresh?: boolean } = {}): Promise<QboTokens> {
    return (await this.loadVersion(realmId, options)).tokens;
  }

  private async loadVersion(
    realmId: string,
    options: { fresh?: boolean } = {},
  ): Promise<StoredVersion> {
    const connection = await this.connections.get(realmId, { fresh: options.fresh ?? false });
    const name = connection?.companyName || realmId;
    if (!connection)
      throw new QboReconnectRequiredError(
        realmId,
        name,
        'Reconnect QuickBooks company {company}: this company is not connected.',
      );
    if (connection.status === 'needs_reconnect') {
      throw new QboReconnectRequiredError(
        realmId,
        name,
        // The reason kept when the grant died (its id, so it is said in the caller's language).
        connection.lastError ?? 'Reconnect QuickBooks company {company}: its authorization ended.',
      );
    }
    const tokens = this.tokensOf(connection);
    if (!tokens)
      throw new QboReconnectRequiredError(
        realmId,
        name,
        'Reconnect QuickBooks company {company}: it has no stored authorization.',
      );
    // Every write seals with a new random IV, so the ciphertext's digest names this stored set.
    const version = createHash('sha256')
      .update(connection.tokenCiphertext ?? '')
      .digest('hex')
      .slice(0, 32);
    return { recordId: connection.recordId, tokens, version, companyName: connection.companyName };
  }

  async refreshExclusively(realmId: string, plan: RefreshPlan): Promise<QboTokens> {
    if (!(await this.claims.available())) {
      // A portal set up before claims existed: refresh as before (re-read, refresh, re-read
      // before writing) until an admin runs setup again, which adds the claim object.
      log.warn('Refreshing without a claim: run setup again to add the claim object', { realmId });
      const stored = await this.load(realmId, { fresh: true });
      if (plan.isCurrent(stored)) return stored;
      return this.save(realmId, await plan.refresh(stored), stored);
    }
    return refreshUnderLease(realmId, plan, {
      claims: this.claims,
      clock: this.clock,
      readStored: () => this.loadVersion(realmId, { fresh: true }),
      write: (tokens, current) => this.writeRefreshed(realmId, tokens, current),
    });
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

  private sealed(realmId: string, tokens: QboTokens) {
    const sealed = sealTokens(realmId, tokens, this.keys);
    return {
      tokenCiphertext: sealed.ciphertext,
      tokenKeyId: sealed.keyId,
      refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
      refreshTokenHardExpiresAt: tokens.refreshTokenHardExpiresAt ?? null,
      status: 'connected' as const,
      lastError: null,
      lastUsedAt: this.now().toISOString(),
    };
  }

  /** Stores a fresh token set (a new connection or a refresh) and marks the company healthy. */
  async write(realmId: string, tokens: QboTokens): Promise<void> {
    await this.connections.save(realmId, this.sealed(realmId, tokens));
  }

  /**
   * Stores refreshed tokens on the record they were refreshed from, never on a new one: a company
   * disconnected while its tokens were being refreshed stays disconnected.
   */
  private async writeRefreshed(
    realmId: string,
    tokens: QboTokens,
    current: StoredVersion,
  ): Promise<void> {
    const saved = current.recordId
      ? await this.connections.update(current.recordId, this.sealed(realmId, tokens))
      : null;
    if (!saved) {
      throw new QboReconnectRequiredError(
        realmId,
        current.companyName || realmId,
        'Reconnect QuickBooks company {company}: it was disconnected.',
      );
    }
  }

  /** Records a dead grant on the company's record, if it still has one (never makes one). */
  async markNeedsReconnect(realmId: string, reason: string): Promise<void> {
    const connection = await this.connections.get(realmId, { fresh: true });
    if (!connection?.recordId) return;
    await this.connections.update(connection.recordId, {
      status: 'needs_reconnect',
      lastError: reason,
    });
  }
}
