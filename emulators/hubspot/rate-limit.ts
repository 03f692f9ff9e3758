/** HubSpot's private-app limits (Professional/Enterprise) and the headers reporting them. */
export const LIMITS = { daily: 500_000, intervalMs: 10_000, max: 190, secondly: 19 };

/** Counts API calls in rolling windows; enforcement is optional so test suites can burst. */
export class RateLimiter {
  private hits: number[] = [];
  private dailyCount = 0;
  enforce = false;

  /** Records a call; returns the policy it breaks when enforcing, else undefined. */
  hit(now = Date.now()): 'TEN_SECONDLY_ROLLING' | 'SECONDLY' | 'DAILY' | undefined {
    this.prune(now);
    if (this.enforce) {
      if (this.dailyCount >= LIMITS.daily) return 'DAILY';
      if (this.hits.length >= LIMITS.max) return 'TEN_SECONDLY_ROLLING';
      if (this.inLastSecond(now) >= LIMITS.secondly) return 'SECONDLY';
    }
    this.hits.push(now);
    this.dailyCount++;
    return undefined;
  }

  headers(now = Date.now()): Record<string, string> {
    this.prune(now);
    return {
      'X-HubSpot-RateLimit-Daily': String(LIMITS.daily),
      'X-HubSpot-RateLimit-Daily-Remaining': String(Math.max(0, LIMITS.daily - this.dailyCount)),
      'X-HubSpot-RateLimit-Interval-Milliseconds': String(LIMITS.intervalMs),
      'X-HubSpot-RateLimit-Max': String(LIMITS.max),
      'X-HubSpot-RateLimit-Remaining': String(Math.max(0, LIMITS.max - this.hits.length)),
      'X-HubSpot-RateLimit-Secondly': String(LIMITS.secondly),
      'X-HubSpot-RateLimit-Secondly-Remaining': String(
        Math.max(0, LIMITS.secondly - this.inLastSecond(now)),
      ),
    };
  }

  reset(): void {
    this.hits = [];
    this.dailyCount = 0;
  }

  private prune(now: number): void {
    this.hits = this.hits.filter((t) => now - t < LIMITS.intervalMs);
  }

  private inLastSecond(now: number): number {
    return this.hits.filter((t) => now - t < 1000).length;
  }
}
