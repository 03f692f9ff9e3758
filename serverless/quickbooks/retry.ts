/**
 * When to try a QuickBooks call again, and how long to wait: exponential backoff with jitter,
 * a server's Retry-After taking precedence, and never past the caller's deadline (HubSpot
 * kills a function after about 15 s, so a wait that cannot finish in time is pointless).
 */

/** Every call gives either an absolute deadline or a budget; neither means the default budget. */
export interface CallTiming {
  /** Epoch milliseconds after which no attempt starts and no wait ends. */
  deadline?: number;
  /** Budget in milliseconds from the moment the call starts. */
  timeoutMs?: number;
}

export const defaultTimeoutMs = 8_000;

export function resolveDeadline(timing: CallTiming | undefined, now: number): number {
  if (timing?.deadline !== undefined) return timing.deadline;
  return now + (timing?.timeoutMs ?? defaultTimeoutMs);
}

export interface BackoffPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseDelayMs: 250, maxDelayMs: 4_000 };

/**
 * Delay before retry number `attempt` (0-based): a random value in [ceiling/2, ceiling] where
 * the ceiling doubles each time, so simultaneous callers spread out but never retry at once.
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = defaultBackoff,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Parses Retry-After (delta seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The wait before the next attempt: Retry-After when the server gave one (plus a little jitter
 * so callers that were refused together do not return together), else backoff.
 */
export function nextDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  policy: BackoffPolicy = defaultBackoff,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs + Math.round(random() * 100);
  return backoffDelay(attempt, policy, random);
}

/** True when waiting `delayMs` from `now` would end at or after the deadline. */
export function waitPassesDeadline(now: number, delayMs: number, deadline: number): boolean {
  return now + delayMs >= deadline;
}
