import type { Clock } from '../lib/clock';
import { QboReconnectRequiredError, type ReconnectReason } from './errors';
import { QboInvalidGrantError, type QboOAuth } from './oauth';
import type { QboTokens, RefreshPlan, TokenStore } from './token-store';

/** Refresh this long before the access token expires, as Intuit's own client does. */
export const refreshMarginMs = 60_000;

/**
 * Hands out a usable access token for one company: loads it, refreshes it when it is about to
 * expire or was refused, saves the rotated refresh token, and turns a dead grant into a
 * reconnect request. Concurrent refreshes for a company share one token call, across every
 * manager that shares `refreshes` (the calls of one warm function); the store keeps calls on
 * other instances from refreshing at the same time.
 */
export class TokenManager {
  private current: QboTokens | undefined;

  constructor(
    private readonly realmId: string,
    private companyLabel: string,
    private readonly store: TokenStore,
    private readonly oauth: QboOAuth,
    private readonly clock: Clock,
    private readonly refreshes: Map<string, Promise<QboTokens>> = new Map(),
  ) {}

  /** Names the company in reconnect messages once its name is known. */
  setCompanyLabel(label: string): void {
    this.companyLabel = label;
  }

  /** Tokens whose access token is valid for at least another minute. */
  async usable(deadline: number): Promise<QboTokens> {
    const tokens = this.current ?? (await this.store.load(this.realmId));
    this.current = tokens;
    if (Date.parse(tokens.accessTokenExpiresAt) - this.clock.now() > refreshMarginMs) return tokens;
    return this.refresh(tokens, deadline);
  }

  /** Replaces `used` (refused or expiring) with fresh tokens, once for concurrent callers. */
  refresh(used: QboTokens, deadline: number): Promise<QboTokens> {
    if (this.current && this.current.accessToken !== used.accessToken) {
      return Promise.resolve(this.current);
    }
    const running = this.refreshes.get(this.realmId);
    if (running) return running.then((tokens) => (this.current = tokens));
    const refresh = this.doRefresh(used, deadline).finally(() => {
      this.refreshes.delete(this.realmId);
    });
    this.refreshes.set(this.realmId, refresh);
    return refresh;
  }

  private async reconnect(
    reason: ReconnectReason,
    details: { detail?: string; intuitTid?: string } = {},
  ) {
    this.current = undefined;
    await this.store.markNeedsReconnect(this.realmId, reason);
    return new QboReconnectRequiredError(this.realmId, this.companyLabel, reason, details);
  }

  private expired(iso: string | undefined): boolean {
    return iso !== undefined && Date.parse(iso) <= this.clock.now();
  }

  /** True while the access token has more than the refresh margin left. */
  private lasts(tokens: QboTokens): boolean {
    return Date.parse(tokens.accessTokenExpiresAt) - this.clock.now() > refreshMarginMs;
  }

  private async doRefresh(used: QboTokens, deadline: number): Promise<QboTokens> {
    if (this.expired(used.refreshTokenExpiresAt) || this.expired(used.refreshTokenHardExpiresAt)) {
      throw await this.reconnect(
        'Reconnect QuickBooks company {company}: its authorization has expired; sign in to QuickBooks again.',
      );
    }
    // Tokens another call (on any instance) stored since are used as they are; otherwise the
    // store's newest refresh token is refreshed, never an older one this instance remembers
    // (Intuit, and the emulator more strictly, supersede every refresh token but the newest).
    const plan: RefreshPlan = {
      isCurrent: (stored) => stored.accessToken !== used.accessToken && this.lasts(stored),
      refresh: (stored) => this.oauth.refresh(stored.refreshToken, { deadline }),
      deadline,
    };
    try {
      this.current = await this.store.refreshExclusively(this.realmId, plan);
      return this.current;
    } catch (error) {
      if (!(error instanceof QboInvalidGrantError)) throw error;
      // Another call may have rotated the refresh token meanwhile: use its tokens if so.
      const latest = await this.store.load(this.realmId, { fresh: true });
      if (plan.isCurrent(latest)) {
        this.current = latest;
        return latest;
      }
      throw await this.reconnect(
        'Reconnect QuickBooks company {company}: QuickBooks no longer accepts its authorization (it expired or was revoked).',
        { detail: error.description, ...(error.intuitTid ? { intuitTid: error.intuitTid } : {}) },
      );
    }
  }
}
