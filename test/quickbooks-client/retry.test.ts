import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  nextDelay,
  parseRetryAfter,
  resolveDeadline,
  waitPassesDeadline,
} from '../../serverless/quickbooks/retry';
import { requestIdFor } from '../../serverless/quickbooks/request-id';
import * as shared from '../../serverless/lib/retry';

describe('backoff', () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles its ceiling and stays between half and all of it', () => {
    expect(backoffDelay(0, policy, () => 0)).toBe(50);
    expect(backoffDelay(0, policy, () => 1)).toBe(100);
    expect(backoffDelay(1, policy, () => 0)).toBe(100);
    expect(backoffDelay(3, policy, () => 1)).toBe(800);
    expect(backoffDelay(10, policy, () => 1)).toBe(1_000);
    expect(backoffDelay(10, policy, () => 0)).toBe(500);
  });

  it('prefers Retry-After, with a little jitter', () => {
    expect(nextDelay(5, 2_000, policy, () => 0)).toBe(2_000);
    expect(nextDelay(5, 2_000, policy, () => 1)).toBe(2_100);
    expect(nextDelay(0, undefined, policy, () => 1)).toBe(100);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-20T10:00:00Z');
    expect(parseRetryAfter('60', now)).toBe(60_000);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
    expect(parseRetryAfter('Fri, 20 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 20 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
  });

  it('are the policy every client shares, not a copy of it', () => {
    expect(backoffDelay).toBe(shared.backoffDelay);
    expect(parseRetryAfter).toBe(shared.parseRetryAfter);
    expect(waitPassesDeadline).toBe(shared.waitPassesDeadline);
    // QuickBooks adds only jitter on top of Retry-After; the shared policy leaves it exact.
    expect(shared.nextDelay(5, 2_000, policy, () => 1)).toBe(2_000);
    expect(nextDelay(5, undefined, policy, () => 0.3)).toBe(
      shared.nextDelay(5, undefined, policy, () => 0.3),
    );
  });

  it('resolves deadlines from either form, defaulting to a few seconds', () => {
    expect(resolveDeadline({ deadline: 5 }, 1_000)).toBe(5);
    expect(resolveDeadline({ timeoutMs: 200 }, 1_000)).toBe(1_200);
    expect(resolveDeadline(undefined, 1_000)).toBe(9_000);
    expect(waitPassesDeadline(1_000, 500, 1_500)).toBe(true);
    expect(waitPassesDeadline(1_000, 499, 1_500)).toBe(false);
  });
});

describe('request ids', () => {
  it('are stable, at most 50 characters, and differ by operation and key', () => {
    const a = requestIdFor('submission-1', 'realm:invoice.create');
    expect(a).toHaveLength(50);
    expect(a).toMatch(/^[0-9a-f]+$/);
    expect(requestIdFor('submission-1', 'realm:invoice.create')).toBe(a);
    expect(requestIdFor('submission-1', 'realm:customer.create')).not.toBe(a);
    expect(requestIdFor('submission-2', 'realm:invoice.create')).not.toBe(a);
    expect(() => requestIdFor(' ', 'x')).toThrow(RangeError);
  });
});
