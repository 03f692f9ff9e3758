import type { Clock } from './clock';
import { QboReconnectRequiredError } from './errors';
import { QboInvalidGrantError, type QboOAuth } from './oauth';
import type { QboTokens, TokenStore } from './token-store';

/** Refresh this long before the access token expires, as Intuit's own client does. */
export const refreshMarginMs = 60_000;

/**
 * Hands out a usable access token for one company: loads it, refreshes it when it is about to
 * expire or was refused, saves the rotated refresh token, and turns a dead grant into a
 * reconnect request. Concurrent refreshes for a company share one token call.
 */
export class TokenManager {
  private current: QboTokens | undefined;
  private inFlight: Promise<QboTokens> | undefined;

  constructor(
    private readonly realmId: string,
    private companyLabel: string,
    private readonly store: TokenStore,
    private readonly oauth: QboOAuth,
    private readonly clock: Clock,
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
    this.inFlight ??= this.doRefresh(used, deadline).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async reconnect(reason: string, details: { detail?: string; intuitTid?: string } = {}) {
    this.current = undefined;
    await this.store.markNeedsReconnect(this.realmId, reason);
    return new QboReconnectRequiredError(this.realmId, this.companyLabel, reason, details);
  }

  private expired(iso: string | undefined): boolean {
    return iso !== undefined && Date.parse(iso) <= this.clock.now();
  }

  private async doRefresh(used: QboTokens, deadline: number): Promise<QboTokens> {
    if (this.expired(used.refreshTokenExpiresAt) || this.expired(used.refreshTokenHardExpiresAt)) {
      throw await this.reconnect('its authorization has expired; sign in to QuickBooks again.');
    }
    try {
      const next = await this.oauth.refresh(used.refreshToken, { deadline });
      this.current = await this.store.save(this.realmId, next, used);
      return this.current;
    } catch (error) {
      if (!(error instanceof QboInvalidGrantError)) throw error;
      // Another call may have rotated the refresh token meanwhile: use its tokens if so.
      const stored = await this.store.load(this.realmId);
      if (stored.refreshToken !== used.refreshToken) {
        this.current = stored;
        return stored;
      }
      throw await this.reconnect(
        'QuickBooks no longer accepts its authorization (it expired or was revoked).',
        { detail: error.description, ...(error.intuitTid ? { intuitTid: error.intuitTid } : {}) },
      );
    }
  }
}
