import type { Clock } from '../../serverless/lib/clock';

/**
 * A clock for the functions that never waits: `sleep` moves its time forward at once (yielding to
 * pending I/O first), so a test of retries and time budgets runs in milliseconds, not in the
 * seconds the budget allows, and gives the same outcome on a busy machine.
 */
export function virtualClock(start = Date.now()): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += Math.max(0, ms);
      await new Promise((resolve) => setImmediate(resolve));
    },
    advance: (ms) => {
      now += ms;
    },
  };
}
