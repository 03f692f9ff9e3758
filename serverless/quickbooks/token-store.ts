import { QboReconnectRequiredError } from './errors';

/** A QuickBooks company's OAuth tokens. Times are ISO 8601 UTC. */
export interface QboTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  refreshTokenExpiresAt: string;
  refreshTokenHardExpiresAt?: string;
}

/** What a refresh needs from the token manager, and what the store decides for it. */
export interface RefreshPlan {
  /** The stored tokens can be used as they are (another call refreshed them already). */
  isCurrent(stored: QboTokens): boolean;
  /** New tokens from `stored`'s refresh token (a call to Intuit's token endpoint). */
  refresh(stored: QboTokens): Promise<QboTokens>;
  /** Epoch ms by which the call must have answered: waiting for another call ends there. */
  deadline: number;
}

/**
 * Where tokens live between calls. The connections feature provides the real one (encrypted in
 * HubSpot); the client only needs these operations.
 */
export interface TokenStore {
  /**
   * Throws QboReconnectRequiredError when the company has no usable tokens. `fresh`: as stored
   * now, not as this instance remembers them (another function may have refreshed meanwhile).
   */
  load(realmId: string, options?: { fresh?: boolean }): Promise<QboTokens>;
  /**
   * Persists `next`, which replaced `previous`. Returns the tokens to use from now on: the store
   * may have found a newer set saved concurrently by another call.
   */
  save(realmId: string, next: QboTokens, previous: QboTokens): Promise<QboTokens>;
  /**
   * Refreshes the company's stored tokens, one refresh at a time for every caller the store
   * serves, and returns the tokens to use: the stored ones when `plan.isCurrent` says so (read
   * after any refresh in progress elsewhere has ended), otherwise the ones `plan.refresh` got,
   * once stored.
   */
  refreshExclusively(realmId: string, plan: RefreshPlan): Promise<QboTokens>;
  /** Keeps why the grant died: a `ReconnectReason` id, `{company}` unfilled, said when shown. */
  markNeedsReconnect(realmId: string, reason: string): Promise<void>;
}

/** For tests and the offline sandbox: tokens kept in memory, with what happened to them. */
export class InMemoryTokenStore implements TokenStore {
  private readonly tokens = new Map<string, QboTokens>();
  readonly saved: Array<{ realmId: string; next: QboTokens; previous: QboTokens }> = [];
  readonly reconnectReasons = new Map<string, string>();

  constructor(initial: Record<string, QboTokens> = {}) {
    for (const [realmId, tokens] of Object.entries(initial)) this.tokens.set(realmId, tokens);
  }

  set(realmId: string, tokens: QboTokens): void {
    this.tokens.set(realmId, tokens);
    this.reconnectReasons.delete(realmId);
  }

  get(realmId: string): QboTokens | undefined {
    return this.tokens.get(realmId);
  }

  async load(realmId: string): Promise<QboTokens> {
    const tokens = this.tokens.get(realmId);
    const reason = this.reconnectReasons.get(realmId);
    if (!tokens || reason !== undefined) {
      throw new QboReconnectRequiredError(
        realmId,
        realmId,
        reason ?? 'Reconnect QuickBooks company {company}: this company is not connected.',
      );
    }
    return tokens;
  }

  async save(realmId: string, next: QboTokens, previous: QboTokens): Promise<QboTokens> {
    this.saved.push({ realmId, next, previous });
    const current = this.tokens.get(realmId);
    // Someone else already rotated these tokens: keep theirs, like a compare-and-set would.
    if (current && current.refreshToken !== previous.refreshToken) return current;
    this.tokens.set(realmId, next);
    return next;
  }

  /** One memory, one caller at a time per company already (the token manager's single flight). */
  async refreshExclusively(realmId: string, plan: RefreshPlan): Promise<QboTokens> {
    const stored = await this.load(realmId);
    if (plan.isCurrent(stored)) return stored;
    return this.save(realmId, await plan.refresh(stored), stored);
  }

  async markNeedsReconnect(realmId: string, reason: string): Promise<void> {
    this.reconnectReasons.set(realmId, reason);
  }
}
