/**
 * One place that decides how long to wait before trying again: exponential backoff with full
 * jitter, a server's Retry-After taking precedence, and never past the caller's deadline.
 */
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

export function backoffDelay(attempt: number, base: number, max: number, random: () => number) {
  const ceiling = Math.min(max, base * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
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
  const base = options.baseDelayMs ?? 200;
  const max = options.maxDelayMs ?? 4_000;
  const maxAttempts = options.maxAttempts ?? 6;
  for (let attemptNumber = 0; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      const decision = decide(error);
      if (!decision.retry || attemptNumber + 1 >= maxAttempts) throw error;
      const delay = decision.afterMs ?? backoffDelay(attemptNumber, base, max, random);
      if (now() + delay >= options.deadline) throw error;
      await wait(delay);
    }
  }
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
