/**
 * HubSpot's API limits for an app installed in one account, by the account's subscription tier
 * (https://developers.hubspot.com/docs/apps/legacy-apps/private-apps/overview, "Rate limits";
 * https://developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines): a rolling
 * 10-second limit per app and a daily limit per account that resets at midnight in the account's
 * time zone. The old per-second limit is no longer enforced; its two headers still carry data.
 * Search has its own limit, five requests a second per account
 * (https://developers.hubspot.com/docs/api/crm/search#limitations), and its answers carry no
 * X-HubSpot-RateLimit-* headers.
 */
export const TIERS = {
  starter: { tenSecondly: 100, daily: 250_000 },
  professional: { tenSecondly: 190, daily: 625_000 },
  enterprise: { tenSecondly: 190, daily: 1_000_000 },
} as const;

export type Tier = keyof typeof TIERS;

export const INTERVAL_MS = 10_000;
export const SEARCH_PER_SECOND = 5;

export type Policy = 'TEN_SECONDLY_ROLLING' | 'DAILY' | 'SECONDLY';

export type CallKind = 'api' | 'search';

export interface RateLimiterOptions {
  tier?: Tier;
  /** The account's time zone: the daily count starts again at its midnight. */
  timeZone: string;
  /** Epoch ms; injected so tests can hold time still or move it. */
  now?: () => number;
  /** Overrides of the tier's numbers, for tests that reach a limit quickly. */
  limits?: Partial<{ tenSecondly: number; daily: number; searchPerSecond: number }>;
}

/** Counts API calls in HubSpot's windows; enforcement is optional so test suites can burst. */
export class RateLimiter {
  enforce = false;
  private hits: number[] = [];
  private searches: number[] = [];
  private dailyCount = 0;
  private day = '';
  private readonly limits: { tenSecondly: number; daily: number; searchPerSecond: number };
  private readonly dayOf: Intl.DateTimeFormat;
  readonly now: () => number;

  constructor(options: RateLimiterOptions) {
    this.limits = {
      ...TIERS[options.tier ?? 'professional'],
      searchPerSecond: SEARCH_PER_SECOND,
      ...options.limits,
    };
    this.now = options.now ?? Date.now;
    this.dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: options.timeZone });
  }

  /** Records a call; returns the policy it breaks when enforcing (the call then does not count). */
  hit(kind: CallKind): Policy | undefined {
    const now = this.now();
    this.roll(now);
    if (this.enforce) {
      if (this.dailyCount >= this.limits.daily) return 'DAILY';
      if (this.hits.length >= this.limits.tenSecondly) return 'TEN_SECONDLY_ROLLING';
      if (kind === 'search' && this.searches.length >= this.limits.searchPerSecond)
        return 'SECONDLY';
    }
    this.hits.push(now);
    if (kind === 'search') this.searches.push(now);
    this.dailyCount++;
    return undefined;
  }

  /** The X-HubSpot-RateLimit-* headers HubSpot sends on every answer but search's. */
  headers(): Record<string, string> {
    const now = this.now();
    this.roll(now);
    const secondly = Math.floor(this.limits.tenSecondly / 10);
    const lastSecond = this.hits.filter((t) => now - t < 1000).length;
    return {
      'X-HubSpot-RateLimit-Daily': String(this.limits.daily),
      'X-HubSpot-RateLimit-Daily-Remaining': String(
        Math.max(0, this.limits.daily - this.dailyCount),
      ),
      'X-HubSpot-RateLimit-Interval-Milliseconds': String(INTERVAL_MS),
      'X-HubSpot-RateLimit-Max': String(this.limits.tenSecondly),
      'X-HubSpot-RateLimit-Remaining': String(
        Math.max(0, this.limits.tenSecondly - this.hits.length),
      ),
      // Deprecated by HubSpot and not enforced, but still sent with data.
      'X-HubSpot-RateLimit-Secondly': String(secondly),
      'X-HubSpot-RateLimit-Secondly-Remaining': String(Math.max(0, secondly - lastSecond)),
    };
  }

  reset(): void {
    this.hits = [];
    this.searches = [];
    this.dailyCount = 0;
    this.day = '';
  }

  private roll(now: number): void {
    this.hits = this.hits.filter((t) => now - t < INTERVAL_MS);
    this.searches = this.searches.filter((t) => now - t < 1000);
    const day = this.dayOf.format(now);
    if (day !== this.day) {
      this.day = day;
      this.dailyCount = 0;
    }
  }
}
