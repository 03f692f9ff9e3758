/**
 * One place that decides how long to wait before trying again, for every HTTP client of the
 * functions (HubSpot and QuickBooks): exponential backoff with jitter, a server's Retry-After
 * taking precedence, and never past the caller's deadline (HubSpot stops a function after about
 * 15 s, so a wait that cannot finish in time is pointless).
 */
export interface BackoffPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface RetryOptions {
  /** Epoch milliseconds after which no further attempt starts. */
  deadline: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  maxAttempts?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export type RetryDecision = { retry: false } | { retry: true; afterMs?: number };

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Delay before retry number `attempt` (0-based): a random value in [ceiling/2, ceiling] where
 * the ceiling doubles each time up to the maximum, so simultaneous callers spread out but none
 * retries at once.
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * The wait before the next attempt: the server's Retry-After when it gave one (plus up to
 * `retryAfterJitterMs`, so callers refused together do not return together), else backoff.
 */
export function nextDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  policy: BackoffPolicy,
  random: () => number = Math.random,
  retryAfterJitterMs = 0,
): number {
  if (retryAfterMs === undefined) return backoffDelay(attempt, policy, random);
  return retryAfterJitterMs > 0
    ? retryAfterMs + Math.round(random() * retryAfterJitterMs)
    : retryAfterMs;
}

/** True when waiting `delayMs` from `now` would end at or after the deadline. */
export function waitPassesDeadline(now: number, delayMs: number, deadline: number): boolean {
  return now + delayMs >= deadline;
}

/**
 * Parses Retry-After, delta seconds (fractions accepted) or an HTTP date, into milliseconds from
 * `now`; anything else is undefined.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Runs `attempt` until it succeeds, `decide` says stop, attempts run out, or the next wait would
 * end after the deadline; then the last error is thrown as it was.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  decide: (error: unknown) => RetryDecision,
  options: RetryOptions,
): Promise<T> {
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? sleep;
  const random = options.random ?? Math.random;
  const policy = {
    baseDelayMs: options.baseDelayMs ?? 200,
    maxDelayMs: options.maxDelayMs ?? 4_000,
  };
  const maxAttempts = options.maxAttempts ?? 6;
  for (let attemptNumber = 0; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      const decision = decide(error);
      if (!decision.retry || attemptNumber + 1 >= maxAttempts) throw error;
      const delay = nextDelay(attemptNumber, decision.afterMs, policy, random);
      if (waitPassesDeadline(now(), delay, options.deadline)) throw error;
      await wait(delay);
    }
  }
}
