import axios from 'axios';
import { describe, expect, it } from 'vitest';
import type { QuickBooksEmulator } from '../../../emulators/quickbooks/index.js';
import { api, expectFault, type Api, useDemoEmulator } from './test-helpers.js';

let emu: QuickBooksEmulator;
let us: Api;
useDemoEmulator((context) => {
  ({ emu, us } = context);
});

describe('401 in both real forms', () => {
  it('answers an expired token with the lowercase JSON fault by default', async () => {
    emu.expireAccessTokens();
    const res = await us.get('/preferences');
    expect(res.status).toBe(401);
    expect(res.data.fault.type).toBe('AUTHENTICATION');
    expect(res.data.fault.error[0]).toMatchObject({
      message: 'message=AuthenticationFailed; errorCode=003200; statusCode=401',
      code: '3200',
    });
    expect(res.data.fault.error[0].detail).toMatch(/^Token expired/);
  });

  it('never echoes any part of the token in an expired-token answer', async () => {
    emu.expireAccessTokens();
    for (const form of ['json', 'xml'] as const) {
      emu.faults.unauthorizedForm = form;
      const res = await us.http.get('/preferences', { responseType: 'text' });
      expect(res.status).toBe(401);
      const text = `${String(res.data)} ${JSON.stringify(res.headers)}`;
      for (let i = 0; i + 6 <= us.token.length; i++)
        expect(text, form).not.toContain(us.token.slice(i, i + 6));
    }
  });

  it('can inject the XML form even though JSON was asked for', async () => {
    emu.faults.unauthorizedNext(1, 'xml');
    const res = await us.http.get('/preferences', { responseType: 'text' });
    expect(res.status).toBe(401);
    expect(String(res.headers['content-type'])).toContain('xml');
    expect(res.data).toMatch(/^<\?xml/);
    expect(res.data).toContain('<Fault type="AUTHENTICATION"><Error code="3200">');
    expect((await us.get('/preferences')).status).toBe(200);
  });

  it('missing and unknown tokens are 401; another realm is 403', async () => {
    const bare = axios.create({
      baseURL: `${emu.url}/v3/company/${emu.realms.us}`,
      validateStatus: () => true,
    });
    expect((await bare.get('/preferences')).status).toBe(401);
    expect((await api(emu, emu.realms.us, 'nope').get('/preferences')).status).toBe(401);
    const wrong = await api(emu, emu.realms.global, us.token).get('/preferences');
    expectFault(wrong, 403, '3100');
  });
});

describe('throttling at the real limits', () => {
  it('allows 10 concurrent requests per realm and app, then 429; sequential ones never queue up', async () => {
    emu.limits.enabled = true;
    // Sequential requests hold no slot once answered: far more than 10 inside one second pass.
    for (let i = 0; i < 15; i++) expect((await us.get('/preferences')).status).toBe(200);
    // Held in flight by latency (long enough for all 11 to arrive on a busy machine), the 11th
    // concurrent request is throttled.
    emu.faults.latencyMs = 1000;
    const burst = await Promise.all(Array.from({ length: 11 }, () => us.get('/preferences')));
    const statuses = burst.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    const refused = burst.find((r) => r.status === 429);
    expect(refused?.data.Fault).toEqual({
      Error: [
        {
          Message: 'message=ThrottleExceeded; errorCode=003001; statusCode=429',
          Detail: 'The request limit was reached.',
          code: '3001',
        },
      ],
      type: 'SERVICE',
    });
    expect(refused?.headers['retry-after']).toBeUndefined();
    // Once answered, the slots are free again; the other realm has its own.
    emu.faults.latencyMs = 0;
    expect((await us.get('/preferences')).status).toBe(200);
    expect((await api(emu, emu.realms.global).get('/preferences')).status).toBe(200);
  });

  it('allows 500 requests per minute per realm', async () => {
    emu.limits.enabled = true;
    for (let s = 0; s < 50; s++) {
      const batch = await Promise.all(Array.from({ length: 10 }, () => us.get('/preferences')));
      expect(batch.every((r) => r.status === 200)).toBe(true);
      emu.clock.advance(1001);
    }
    expectFault(await us.get('/preferences'), 429, '3001');
    emu.clock.advance(60_000);
    expect((await us.get('/preferences')).status).toBe(200);
  });
});

describe('injected faults', () => {
  it('fails the next N requests with 5xx and a SystemFault', async () => {
    emu.faults.failNext(2, 503);
    const a = await us.get('/preferences');
    expect(a.status).toBe(503);
    expect(a.data.Fault.type).toBe('SystemFault');
    expect((await us.get('/preferences')).status).toBe(503);
    expect((await us.get('/preferences')).status).toBe(200);
  });

  it('answers an injected 429 as QuickBooks throttles: code 3001, no Retry-After', async () => {
    emu.faults.failNext(1, 429);
    const res = await us.get('/preferences');
    expectFault(res, 429, '3001');
    expect(res.data.Fault.type).toBe('SERVICE');
    expect(res.headers['retry-after']).toBeUndefined();
    expect((await us.get('/preferences')).status).toBe(200);
  });

  it('drops connections', async () => {
    emu.faults.dropNext(1);
    await expect(us.get('/preferences')).rejects.toThrow();
    expect((await us.get('/preferences')).status).toBe(200);
  });

  it('adds latency', async () => {
    emu.faults.latencyMs = 150;
    const t0 = Date.now();
    await us.get('/preferences');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });
});

describe('reset', () => {
  it('clears faults, the request log and recorded conformance violations', async () => {
    emu.conformanceViolations.push({ where: 'GET /somewhere', issues: [] });
    emu.faults.failNext(3, 503);
    await us.get('/preferences');
    emu.reset('demo');
    emu.limits.enabled = false;
    expect(emu.conformanceViolations).toEqual([]);
    expect(emu.requests).toEqual([]);
    const fresh = api(emu, emu.realms.us);
    expect((await fresh.get('/preferences')).status).toBe(200);
  });
});

describe('every response', () => {
  it('carries intuit_tid and lands in the request log with its minorversion', async () => {
    const res = await us.get('/preferences');
    expect(res.headers['intuit_tid']).toMatch(/[0-9a-f-]{36}/);
    const last = emu.requests.at(-1);
    expect(last).toMatchObject({
      method: 'GET',
      path: `/v3/company/${emu.realms.us}/preferences`,
      status: 200,
      minorVersion: '75',
    });
    await us.post('/customer', { DisplayName: 'Logged' }, { requestid: 'r-1' });
    expect(emu.requests.at(-1)?.requestId).toBe('r-1');
  });
});

describe('controls over HTTP', () => {
  it('drive the clock, faults, tokens and the request log', async () => {
    const ctl = axios.create({ baseURL: `${emu.url}/__emulator`, validateStatus: () => true });
    const before = emu.clock.now().getTime();
    await ctl.post('/clock', { advanceMs: 3_600_000 });
    expect(emu.clock.now().getTime() - before).toBeGreaterThanOrEqual(3_600_000);
    const issued = (await ctl.post('/tokens/issue', { realmId: emu.realms.us })).data;
    const client = api(emu, emu.realms.us, issued.access_token);
    expect((await client.get('/preferences')).status).toBe(200);
    await ctl.post('/faults', { failNext: { n: 1, status: 502 } });
    expect((await client.get('/preferences')).status).toBe(502);
    await ctl.post('/tokens/expire', {});
    expect((await client.get('/preferences')).status).toBe(401);
    const log = (await ctl.get('/requests')).data.requests;
    expect(log.length).toBeGreaterThan(0);
    const reset = await ctl.post('/reset', { seed: 'empty' });
    expect(reset.data.realms.us).toBe(emu.realms.us);
    expect(emu.realm(emu.realms.us).customers()).toEqual([]);
  });
});
