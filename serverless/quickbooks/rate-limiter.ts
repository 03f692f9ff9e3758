import { systemClock, type Clock } from '../lib/clock';
import { QboThrottledError } from './errors';

/**
 * Keeps us under QuickBooks' per-realm limits (10 requests per second, 500 per minute) before
 * QuickBooks has to refuse us with a 429 that costs a minute. Each request reserves a start
 * slot in a sliding window, so concurrent callers queue in order instead of racing.
 */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/**
 * QuickBooks counts arrivals, we count departures: a request can reach QuickBooks a little later
 * than it left, and land in the next window with the ones after it. The margin absorbs that.
 */
export const transitMarginMs = 100;

export const qboRateWindows: readonly RateWindow[] = [
  { limit: 10, windowMs: 1_000 + transitMarginMs },
  { limit: 500, windowMs: 60_000 + transitMarginMs },
];

export class RateLimiter {
  private readonly starts = new Map<string, number[]>();
  private readonly longestWindowMs: number;

  constructor(
    private readonly windows: readonly RateWindow[] = qboRateWindows,
    private readonly clock: Clock = systemClock,
  ) {
    this.longestWindowMs = Math.max(...windows.map((window) => window.windowMs));
  }

  /** Milliseconds until `key` may start a request, without reserving anything. */
  delayFor(key: string): number {
    return Math.max(0, this.nextSlot(key, this.clock.now()) - this.clock.now());
  }

  /**
   * Waits for a slot for `key`. If the slot starts at or after `deadline`, nothing is reserved
   * and a retryable throttled error is thrown instead.
   */
  async acquire(key: string, deadline: number = Number.POSITIVE_INFINITY): Promise<void> {
    const now = this.clock.now();
    const slot = this.nextSlot(key, now);
    if (slot >= deadline) {
      throw new QboThrottledError(
        'Too many QuickBooks requests for this company right now; try again in a moment.',
        { retryAfterMs: slot - now },
      );
    }
    this.reserve(key, slot);
    if (slot > now) await this.clock.sleep(slot - now);
  }

  private nextSlot(key: string, now: number): number {
    const starts = this.prune(key, now);
    let slot = now;
    for (const { limit, windowMs } of this.windows) {
      const blocking = starts[starts.length - limit];
      if (blocking !== undefined) slot = Math.max(slot, blocking + windowMs);
    }
    return slot;
  }

  private reserve(key: string, slot: number): void {
    const starts = this.starts.get(key) ?? [];
    // Slots are handed out in non-decreasing order, so the list stays sorted.
    starts.push(slot);
    this.starts.set(key, starts);
  }

  private prune(key: string, now: number): number[] {
    const starts = this.starts.get(key);
    if (!starts) return [];
    const horizon = now - this.longestWindowMs;
    let drop = 0;
    while (drop < starts.length && (starts[drop] ?? 0) <= horizon) drop++;
    if (drop > 0) starts.splice(0, drop);
    if (starts.length === 0) this.starts.delete(key);
    return starts;
  }
}
