// QBO's throttles on the emulator's clock: 500 requests per minute per company, 10 per second per
// company and app, 40 batch requests per minute per company. Sliding windows.
import type { Clock } from './clock.js';

export const PER_MINUTE = 500;
export const PER_SECOND = 10;
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
  private readonly second = new Window(PER_SECOND, 1000);
  private readonly batch = new Window(BATCH_PER_MINUTE, 60_000);

  constructor(private readonly clock: Clock) {}

  /** Whether a request may go through; an admitted request counts against every window. */
  admit(realmId: string, clientId: string, isBatch: boolean): boolean {
    if (!this.enabled) return true;
    const now = this.clock.now().getTime();
    const appKey = `${realmId}|${clientId}`;
    if (!this.minute.wouldAdmit(realmId, now) || !this.second.wouldAdmit(appKey, now)) return false;
    if (isBatch && !this.batch.admit(realmId, now)) return false;
    this.minute.admit(realmId, now);
    this.second.admit(appKey, now);
    return true;
  }

  clear(): void {
    this.minute.clear();
    this.second.clear();
    this.batch.clear();
  }
}
