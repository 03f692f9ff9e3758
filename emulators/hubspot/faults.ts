export type FaultAction =
  | { kind: 'drop' }
  | { kind: 'rateLimit'; retryAfterSeconds: number }
  | { kind: 'fail'; status: number };

export interface FaultState {
  latencyMs: number;
  failNext: number;
  failStatus: number;
  dropNext: number;
  rateLimit: boolean;
  rateLimitNext: number;
  retryAfterSeconds: number;
}

/** Which requests injected failures apply to (all when unset). */
export interface FaultTarget {
  method?: string;
  pathEndsWith?: string;
}

/** Injected failures, consumed one API request at a time. */
export class Faults {
  latencyMs = 0;
  private targeted: FaultTarget | null = null;
  private failQueue: number[] = [];
  private drops = 0;
  private limited = false;
  private limitedNext = 0;
  private retryAfter = 10;

  failNext(n: number, status = 503): void {
    if (status < 500 || status > 599) throw new Error(`failNext needs a 5xx status, got ${status}`);
    for (let i = 0; i < n; i++) this.failQueue.push(status);
  }

  dropNext(n: number): void {
    this.drops += n;
  }

  rateLimit(on: boolean, retryAfterSeconds = 10): void {
    this.limited = on;
    this.retryAfter = retryAfterSeconds;
  }

  rateLimitNext(n: number, retryAfterSeconds = 10): void {
    this.limitedNext += n;
    this.retryAfter = retryAfterSeconds;
  }

  /** Injected drops and 5xx hit only matching requests from now on (null: every request). */
  target(filter: FaultTarget | null): void {
    this.targeted = filter;
  }

  /** The fault for the next API request: drops first, then 429s, then 5xx. */
  take(method = '', path = ''): FaultAction | undefined {
    const t = this.targeted;
    if (
      t &&
      ((t.method && t.method !== method) || (t.pathEndsWith && !path.endsWith(t.pathEndsWith)))
    )
      return undefined;
    if (this.drops > 0) {
      this.drops--;
      return { kind: 'drop' };
    }
    if (this.limitedNext > 0 || this.limited) {
      if (this.limitedNext > 0) this.limitedNext--;
      return { kind: 'rateLimit', retryAfterSeconds: this.retryAfter };
    }
    const status = this.failQueue.shift();
    return status === undefined ? undefined : { kind: 'fail', status };
  }

  state(): FaultState {
    return {
      latencyMs: this.latencyMs,
      failNext: this.failQueue.length,
      failStatus: this.failQueue[0] ?? 503,
      dropNext: this.drops,
      rateLimit: this.limited,
      rateLimitNext: this.limitedNext,
      retryAfterSeconds: this.retryAfter,
    };
  }

  clear(): void {
    this.latencyMs = 0;
    this.targeted = null;
    this.failQueue = [];
    this.drops = 0;
    this.limited = false;
    this.limitedNext = 0;
    this.retryAfter = 10;
  }
}
