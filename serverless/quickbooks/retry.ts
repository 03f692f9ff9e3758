/**
 * The QuickBooks client's timing: every call has a deadline, from an absolute time or a budget.
 * How long to wait between attempts is decided for every client in `serverless/lib/retry.ts`;
 * this module only adds the QuickBooks defaults.
 */
import {
  backoffDelay,
  nextDelay as sharedNextDelay,
  parseRetryAfter,
  waitPassesDeadline,
  type BackoffPolicy,
} from '../lib/retry';

export { backoffDelay, parseRetryAfter, waitPassesDeadline, type BackoffPolicy };

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

export const defaultBackoff: BackoffPolicy = { baseDelayMs: 250, maxDelayMs: 4_000 };

/** Companies refused together (a realm's 429) spread their return over this much time. */
export const retryAfterJitterMs = 100;

/** The wait before the next QuickBooks attempt: Retry-After plus a little jitter, else backoff. */
export function nextDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  policy: BackoffPolicy = defaultBackoff,
  random: () => number = Math.random,
): number {
  return sharedNextDelay(attempt, retryAfterMs, policy, random, retryAfterJitterMs);
}
