import { describe, expect, it } from 'vitest';
import { QboThrottledError } from '../../serverless/quickbooks/errors';
import { RateLimiter } from '../../serverless/quickbooks/rate-limiter';
import type { Clock } from '../../serverless/lib/clock';

/** A clock whose sleep advances time instantly. */
function fakeClock(start = 0): Clock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe('rate limiter', () => {
  it('lets 10 requests per second through per realm, then waits for the window', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter([{ limit: 10, windowMs: 1_000 }], clock);
    for (let index = 0; index < 10; index++) await limiter.acquire('a');
    expect(clock.now()).toBe(0);
    await limiter.acquire('a');
    expect(clock.now()).toBe(1_000);
    // Another realm has its own budget.
    await limiter.acquire('b');
    expect(clock.now()).toBe(1_000);
  });

  it('never starts more than the limit in any window (sliding)', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter([{ limit: 10, windowMs: 1_000 }], clock);
    const starts: number[] = [];
    for (let index = 0; index < 55; index++) {
      await limiter.acquire('a');
      starts.push(clock.now());
      if (index % 7 === 0) await clock.sleep(130);
    }
    for (const start of starts) {
      expect(
        starts.filter((other) => other >= start && other < start + 1_000).length,
      ).toBeLessThanOrEqual(10);
    }
  });

  it('queues concurrent callers in distinct slots', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const clock: Clock = { now: () => now, sleep: async (ms) => void sleeps.push(ms) };
    const limiter = new RateLimiter([{ limit: 2, windowMs: 1_000 }], clock);
    await Promise.all([1, 2, 3, 4, 5].map(() => limiter.acquire('a')));
    expect(sleeps).toEqual([1_000, 1_000, 2_000]);
    now = 5_000;
    expect(limiter.delayFor('a')).toBe(0);
  });

  it('throws a retryable throttled error instead of waiting past the deadline', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter([{ limit: 1, windowMs: 1_000 }], clock);
    await limiter.acquire('a', 500);
    const error = await limiter.acquire('a', 500).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QboThrottledError);
    expect((error as QboThrottledError).retryable).toBe(true);
    expect((error as QboThrottledError).retryAfterMs).toBe(1_000);
    // Nothing was reserved by the refused call.
    expect(limiter.delayFor('a')).toBe(1_000);
  });

  it('applies the per-minute limit as well', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(undefined, clock);
    for (let index = 0; index < 500; index++) await limiter.acquire('a');
    expect(clock.now()).toBeGreaterThanOrEqual(49_000);
    const before = clock.now();
    await limiter.acquire('a');
    expect(clock.now()).toBeGreaterThanOrEqual(60_100);
    expect(clock.now()).toBeGreaterThan(before);
  });
});
