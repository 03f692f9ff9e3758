import { describe, expect, it } from 'vitest';
import { call, useEmulator } from './test-helpers.js';

const ctx = useEmulator('demo');

const RATE_HEADERS = [
  'x-hubspot-ratelimit-daily',
  'x-hubspot-ratelimit-daily-remaining',
  'x-hubspot-ratelimit-interval-milliseconds',
  'x-hubspot-ratelimit-max',
  'x-hubspot-ratelimit-remaining',
  'x-hubspot-ratelimit-secondly',
  'x-hubspot-ratelimit-secondly-remaining',
];

describe('authentication and rate limits', () => {
  it('answers 401 without or with a wrong token', async () => {
    for (const token of [null, 'pat-wrong']) {
      const res = await call(ctx.emu, 'GET', '/crm/v3/objects/contacts', undefined, token);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION' });
      expect(res.body.message).toMatch(/^Authentication credentials not found/);
      expect(res.body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('sends rate-limit headers on every answer but search’s, counting down', async () => {
    const a = await call(ctx.emu, 'GET', '/crm/v3/objects/contacts');
    const b = await call(ctx.emu, 'GET', '/crm/v3/objects/nope');
    for (const h of RATE_HEADERS) expect(a.headers.get(h)).toMatch(/^\d+$/);
    for (const h of RATE_HEADERS) expect(b.headers.get(h)).toMatch(/^\d+$/);
    expect(Number(b.headers.get('x-hubspot-ratelimit-remaining'))).toBe(
      Number(a.headers.get('x-hubspot-ratelimit-remaining')) - 1,
    );
  });

  it('answers 429 with Retry-After in rate-limit mode, and for the next N calls', async () => {
    const { emu } = ctx;
    emu.faults.rateLimit(true, 7);
    for (let i = 0; i < 2; i++) {
      const res = await call(emu, 'GET', '/crm/v3/objects/deals');
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
      expect(res.body).toMatchObject({
        status: 'error',
        category: 'RATE_LIMITS',
        policyName: 'TEN_SECONDLY_ROLLING',
      });
    }
    emu.faults.rateLimit(false);
    emu.faults.rateLimitNext(1, 2);
    expect((await call(emu, 'GET', '/crm/v3/objects/deals')).status).toBe(429);
    expect((await call(emu, 'GET', '/crm/v3/objects/deals')).status).toBe(200);
  });
});

describe('fault injection', () => {
  it('fails the next N requests with a HubSpot-style 5xx body', async () => {
    const { emu } = ctx;
    emu.faults.failNext(2, 502);
    const first = await call(emu, 'GET', '/crm/v3/objects/deals');
    expect(first.status).toBe(502);
    expect(first.body).toMatchObject({ status: 'error', correlationId: expect.any(String) });
    expect((await call(emu, 'GET', '/crm/v3/objects/deals')).status).toBe(502);
    emu.faults.failNext(1);
    expect((await call(emu, 'GET', '/crm/v3/objects/deals')).status).toBe(503);
    expect((await call(emu, 'GET', '/crm/v3/objects/deals')).status).toBe(200);
  });

  it('drops the connection without answering', async () => {
    const { emu } = ctx;
    emu.faults.dropNext(1);
    await expect(call(emu, 'GET', '/crm/v3/objects/deals')).rejects.toThrow();
    expect((await call(emu, 'GET', '/crm/v3/objects/deals')).status).toBe(200);
    expect(emu.requests.map((r) => r.status)).toEqual([0, 200]);
  });

  it('delays answers by the configured latency', async () => {
    const { emu } = ctx;
    emu.faults.latencyMs = 120;
    const started = Date.now();
    await call(emu, 'GET', '/crm/v3/objects/deals');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('logs requests for call counting and clears on reset', async () => {
    const { emu } = ctx;
    await call(emu, 'GET', '/crm/v3/objects/deals?limit=1');
    await call(emu, 'POST', '/crm/v3/objects/deals/search', {});
    expect(emu.requests).toEqual([
      { method: 'GET', path: '/crm/v3/objects/deals', status: 200 },
      { method: 'POST', path: '/crm/v3/objects/deals/search', status: 200 },
    ]);
    emu.faults.failNext(5);
    emu.reset();
    expect(emu.requests).toEqual([]);
    expect((await call(emu, 'GET', '/crm/v3/objects/deals')).status).toBe(200);
  });
});

describe('HTTP control endpoints', () => {
  it('resets, injects faults and reads the log over /__emulator', async () => {
    const { emu } = ctx;
    const created = await call(emu, 'POST', '/crm/v3/objects/contacts', {
      properties: { email: 'tmp@x.com' },
    });
    const reset = await call(emu, 'POST', '/__emulator/reset', { seed: 'demo' }, null);
    expect(reset.status).toBe(200);
    expect(reset.body.demo.deals.publishedQuote).toBe(emu.demo.deals.publishedQuote);
    expect(emu.store.get('contacts', created.body.id)).toBeUndefined();

    const set = await call(
      emu,
      'POST',
      '/__emulator/faults',
      { failNext: { count: 1, status: 500 }, rateLimitNext: 1 },
      null,
    );
    expect(set.body).toMatchObject({ failNext: 1, rateLimitNext: 1 });
    expect((await call(emu, 'GET', '/crm/v3/objects/deals')).status).toBe(429);
    expect((await call(emu, 'GET', '/crm/v3/objects/deals')).status).toBe(500);
    const log = await call(emu, 'GET', '/__emulator/requests', undefined, null);
    expect(log.body.results.map((r: { status: number }) => r.status)).toEqual([429, 500]);
    expect((await call(emu, 'DELETE', '/__emulator/requests', undefined, null)).status).toBe(204);
    expect(emu.requests).toEqual([]);

    await call(emu, 'POST', '/__emulator/reset', { seed: 'empty' }, null);
    expect(emu.store.list('deals')).toEqual([]);
    expect(() => emu.demo).toThrow(/demo/);
    expect((await call(emu, 'POST', '/__emulator/reset', { seed: 'big' }, null)).status).toBe(400);
  });
});
