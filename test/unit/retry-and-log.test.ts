import { describe, expect, it } from 'vitest';
import { redact } from '../../serverless/lib/log';
import { backoffDelay, parseRetryAfter, withRetries } from '../../serverless/lib/retry';

class Transient extends Error {}

function fakeClock() {
  let now = 0;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    waits,
  };
}

const retryTransient = (error: unknown) =>
  error instanceof Transient ? { retry: true as const } : { retry: false as const };

describe('retries', () => {
  it('retries transient failures and returns the first success', async () => {
    const clock = fakeClock();
    let attempts = 0;
    const result = await withRetries(
      async () => {
        attempts++;
        if (attempts < 3) throw new Transient();
        return 'done';
      },
      retryTransient,
      { deadline: 10_000, ...clock, random: () => 0.5 },
    );
    expect(result).toBe('done');
    expect(attempts).toBe(3);
    expect(clock.waits).toEqual([150, 300]);
  });

  it('honours the server’s Retry-After over its own backoff', async () => {
    const clock = fakeClock();
    let attempts = 0;
    await withRetries(
      async () => {
        if (attempts++ === 0) throw new Transient();
        return 'ok';
      },
      () => ({ retry: true, afterMs: 2_000 }),
      { deadline: 10_000, ...clock },
    );
    expect(clock.waits).toEqual([2_000]);
  });

  it('gives up with the last error rather than wait past the deadline', async () => {
    const clock = fakeClock();
    const failing = withRetries(
      async () => {
        throw new Transient('still down');
      },
      () => ({ retry: true, afterMs: 1_000 }),
      { deadline: 2_500, ...clock },
    );
    await expect(failing).rejects.toThrow('still down');
    // Two waits fit before 2.5 s; a third would end at 3 s.
    expect(clock.waits).toEqual([1_000, 1_000]);
    expect(clock.now()).toBeLessThanOrEqual(2_500);
  });

  it('never retries what is not transient', async () => {
    let attempts = 0;
    await expect(
      withRetries(
        async () => {
          attempts++;
          throw new Error('bad input');
        },
        retryTransient,
        { deadline: Date.now() + 10_000 },
      ),
    ).rejects.toThrow('bad input');
    expect(attempts).toBe(1);
  });

  it('grows backoff exponentially up to a ceiling', () => {
    expect(
      [0, 1, 2, 3, 10].map((n) =>
        backoffDelay(n, { baseDelayMs: 100, maxDelayMs: 1_000 }, () => 1),
      ),
    ).toEqual([100, 200, 400, 800, 1_000]);
  });

  it('parses Retry-After in seconds and as a date', () => {
    expect(parseRetryAfter('3')).toBe(3_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('log redaction', () => {
  it('masks tokens by key name and bearer values inside text', () => {
    const masked = redact({
      refreshToken: 'RT-123',
      nested: { access_token: 'AT-1', note: 'sent Authorization: Bearer abc.def-ghi' },
      list: [{ clientSecret: 'x' }],
      realmId: '9130',
    });
    expect(JSON.stringify(masked)).not.toMatch(/RT-123|AT-1|abc\.def-ghi|"x"/);
    expect(masked).toMatchObject({ realmId: '9130' });
  });
});
