// QBO's throttles on the emulator's clock, as Intuit documents them: 500 requests per minute per
// company, 10 concurrent requests per company and app, 40 batch requests per minute per company
// (https://developer.intuit.com/app/developer/qbo/docs/learn/rest-api-features#limits-and-throttles).
// The minute windows slide; a concurrent slot is held until the answer has left.
import type { Clock } from './clock.js';

export const PER_MINUTE = 500;
export const CONCURRENT = 10;
export const BATCH_PER_MINUTE = 40;

class Window {
  private readonly hits = new Map<string, number[]>();
  constructor(
    private readonly size: number,
    private readonly spanMs: number,
  ) {}

  /** Counts a hit unless the window is full; returns whether it was admitted. */
  admit(key: string, now: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.spanMs);
    if (recent.length >= this.size) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    return true;
  }

  wouldAdmit(key: string, now: number): boolean {
    return (this.hits.get(key) ?? []).filter((t) => t > now - this.spanMs).length < this.size;
  }

  clear(): void {
    this.hits.clear();
  }
}

export class Limits {
  enabled = true;
  private readonly minute = new Window(PER_MINUTE, 60_000);
  private readonly batch = new Window(BATCH_PER_MINUTE, 60_000);
  private readonly inFlight = new Map<string, number>();
  /** Bumped by clear(): a slot taken before a reset is not given back into the new count. */
  private generation = 0;

  constructor(private readonly clock: Clock) {}

  /**
   * Whether a request may go through. An admitted request counts against the minute windows
   * and holds one of its company and app's concurrent slots until `release` is called.
   */
  admit(
    realmId: string,
    clientId: string,
    isBatch: boolean,
  ): { admitted: false } | { admitted: true; release: () => void } {
    const none = { admitted: true as const, release: () => {} };
    if (!this.enabled) return none;
    const now = this.clock.now().getTime();
    const appKey = `${realmId}|${clientId}`;
    const busy = this.inFlight.get(appKey) ?? 0;
    if (!this.minute.wouldAdmit(realmId, now) || busy >= CONCURRENT) return { admitted: false };
    if (isBatch && !this.batch.admit(realmId, now)) return { admitted: false };
    this.minute.admit(realmId, now);
    this.inFlight.set(appKey, busy + 1);
    const generation = this.generation;
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released || generation !== this.generation) return;
        released = true;
        this.inFlight.set(appKey, (this.inFlight.get(appKey) ?? 1) - 1);
      },
    };
  }

  clear(): void {
    this.generation += 1;
    this.minute.clear();
    this.batch.clear();
    this.inFlight.clear();
  }
}
