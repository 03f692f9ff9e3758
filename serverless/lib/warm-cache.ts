import type { Clock } from './clock';

/**
 * Everything a warm function remembers between calls, in one object: HubSpot schema ids, recently
 * read deals, the portal id, the QuickBooks rate limiter's bookkeeping (never connection records:
 * they carry the authority to call QuickBooks, and are read fresh in every call).
 * The composition root owns the one instance a function has; a cold start is a new instance, and
 * tests that simulate one make their own. No other module keeps state between calls.
 */
export class WarmCache {
  private readonly entries = new Map<string, { value: unknown; at: number }>();

  constructor(private readonly clock: Pick<Clock, 'now'>) {}

  /** The value stored under `key` less than `ttlMs` ago, or undefined. */
  get<T>(key: string, ttlMs: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || this.clock.now() - entry.at >= ttlMs) return undefined;
    return entry.value as T;
  }

  set<T>(key: string, value: T): T {
    this.entries.set(key, { value, at: this.clock.now() });
    return value;
  }

  /** The value kept for the life of the warm function, made on first use. */
  keep<T>(key: string, make: () => T): T {
    const hit = this.get<T>(key, Number.POSITIVE_INFINITY);
    return hit !== undefined ? hit : this.set(key, make());
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets everything, as a cold start does. */
  clear(): void {
    this.entries.clear();
  }
}
