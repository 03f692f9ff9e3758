import { badRequest } from '../errors.js';
import type { Faults } from '../faults.js';
import { isRecord, noContent, ok, requireObject } from '../http-util.js';
import type { Router } from '../router.js';
import type { DemoIds } from '../seed-demo.js';
import type { Seed } from '../types.js';

export interface ControlTarget {
  faults: Faults;
  requests: Array<{ method: string; path: string; status: number }>;
  reset(seed?: Seed): void;
  demoIds(): DemoIds | undefined;
  enforceRateLimits(on: boolean): void;
}

const count = (v: unknown, what: string): number => {
  if (!Number.isInteger(v) || (v as number) < 0)
    throw badRequest(`${what} must be a non-negative integer`);
  return v as number;
};

/** `/__emulator/*`: lets another process reset, inject faults and read the call log. */
export function controlRoutes(router: Router, t: ControlTarget): void {
  router.add('GET', '/__emulator/health', () => ok({ ok: true }));

  router.add('POST', '/__emulator/reset', (req) => {
    const seed = isRecord(req.body) ? req.body.seed : undefined;
    if (seed !== undefined && seed !== 'demo' && seed !== 'empty')
      throw badRequest("seed must be 'demo' or 'empty'");
    t.reset(seed);
    return ok({ ok: true, demo: t.demoIds() ?? null });
  });

  router.add('GET', '/__emulator/demo', () => ok(t.demoIds() ?? null));

  router.add('GET', '/__emulator/faults', () => ok(t.faults.state()));

  /**
   * Body: {latencyMs?, failNext?: n | {count, status}, dropNext?, rateLimit?: boolean,
   * rateLimitNext?: n, retryAfterSeconds?, enforceRateLimits?: boolean, clear?: true}.
   */
  router.add('POST', '/__emulator/faults', (req) => {
    const b = requireObject(req.body);
    const f = t.faults;
    const retry =
      b.retryAfterSeconds === undefined
        ? undefined
        : count(b.retryAfterSeconds, 'retryAfterSeconds');
    if (b.clear === true) f.clear();
    if (b.latencyMs !== undefined) f.latencyMs = count(b.latencyMs, 'latencyMs');
    if (isRecord(b.failNext)) {
      const status = b.failNext.status === undefined ? 503 : Number(b.failNext.status);
      if (status < 500 || status > 599) throw badRequest('failNext.status must be a 5xx status');
      f.failNext(count(b.failNext.count, 'failNext.count'), status);
    } else if (b.failNext !== undefined) f.failNext(count(b.failNext, 'failNext'));
    if (b.dropNext !== undefined) f.dropNext(count(b.dropNext, 'dropNext'));
    if (typeof b.rateLimit === 'boolean') f.rateLimit(b.rateLimit, retry);
    if (b.rateLimitNext !== undefined)
      f.rateLimitNext(count(b.rateLimitNext, 'rateLimitNext'), retry);
    if (typeof b.enforceRateLimits === 'boolean') t.enforceRateLimits(b.enforceRateLimits);
    return ok(f.state());
  });

  router.add('GET', '/__emulator/requests', () => ok({ results: t.requests }));

  router.add('DELETE', '/__emulator/requests', () => {
    t.requests.length = 0;
    return noContent();
  });
}
