import axios, { type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../serverless/lib/clock';
import { QboThrottledError } from '../../serverless/quickbooks/errors';
import type { QboOAuth } from '../../serverless/quickbooks/oauth';
import { RateLimiter } from '../../serverless/quickbooks/rate-limiter';
import { InMemoryTokenStore } from '../../serverless/quickbooks/token-store';
import { TokenManager } from '../../serverless/quickbooks/tokens';
import { QboTransport, type QboRequestEvent } from '../../serverless/quickbooks/transport';

/** A transport whose HTTP answers and clock are scripted: for what the emulator cannot do. */
function scripted(
  answers: Array<{ status: number; headers?: Record<string, string>; body?: unknown }>,
) {
  let now = Date.parse('2026-11-20T10:00:00Z');
  const slept: number[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
  const seen: InternalAxiosRequestConfig[] = [];
  const adapter: AxiosAdapter = async (config) => {
    seen.push(config);
    const answer = answers.shift() ?? { status: 200, body: {} };
    return {
      status: answer.status,
      statusText: '',
      headers: {
        'content-type': 'application/json',
        intuit_tid: `tid-${seen.length}`,
        ...answer.headers,
      },
      data: Buffer.from(JSON.stringify(answer.body ?? {})),
      config,
    };
  };
  const store = new InMemoryTokenStore({
    r1: {
      accessToken: 'at',
      refreshToken: 'rt',
      accessTokenExpiresAt: new Date(now + 3_600_000).toISOString(),
      refreshTokenExpiresAt: new Date(now + 86_400_000).toISOString(),
    },
  });
  const events: QboRequestEvent[] = [];
  const oauth = { refresh: async () => Promise.reject(new Error('no refresh expected')) };
  const transport = new QboTransport({
    realmId: 'r1',
    baseUrl: 'https://quickbooks.example/',
    minorVersion: 75,
    tokens: new TokenManager('r1', 'r1', store, oauth as unknown as QboOAuth, clock),
    limiter: new RateLimiter(undefined, clock),
    clock,
    backoff: { baseDelayMs: 100, maxDelayMs: 1_000 },
    random: () => 0,
    http: axios.create({ adapter }),
    onRequest: (event) => events.push(event),
  });
  return { transport, slept, seen, events, now: () => now };
}

describe('transport', () => {
  it('waits as long as Retry-After says, then succeeds', async () => {
    const { transport, slept } = scripted([
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 200, body: { Term: { Id: '3' } } },
    ]);
    const response = await transport.request(
      { method: 'GET', path: '/term/3' },
      { timeoutMs: 8_000 },
    );
    expect(response.data).toEqual({ Term: { Id: '3' } });
    expect(response.intuitTid).toBe('tid-2');
    expect(slept).toEqual([2_000]);
  });

  it('gives up at once when Retry-After reaches past the deadline', async () => {
    const { transport, slept } = scripted([{ status: 429, headers: { 'retry-after': '60' } }]);
    const error = await transport
      .request({ method: 'GET', path: '/term/3' }, { timeoutMs: 8_000 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QboThrottledError);
    expect((error as QboThrottledError).retryAfterMs).toBe(60_000);
    expect((error as QboThrottledError).intuitTid).toBe('tid-1');
    expect(slept).toEqual([]);
  });

  it('backs off exponentially without Retry-After', async () => {
    const { transport, slept } = scripted([
      { status: 502 },
      { status: 503 },
      { status: 504 },
      { status: 200 },
    ]);
    await transport.request({ method: 'GET', path: '/preferences' });
    expect(slept).toEqual([50, 100, 200]);
  });

  it('builds the URL with minorversion, requestid and %20 for spaces, and sends the bearer token', async () => {
    const { transport, seen } = scripted([
      { status: 200, body: { QueryResponse: {} } },
      { status: 200 },
    ]);
    await transport.request({
      method: 'GET',
      path: '/query',
      params: { query: "SELECT * FROM Item WHERE Name = 'a+b'" },
    });
    expect(seen[0]?.url).toBe(
      'https://quickbooks.example/v3/company/r1/query?query=SELECT%20*%20FROM%20Item%20WHERE%20Name%20%3D%20%27a%2Bb%27&minorversion=75',
    );
    expect(seen[0]?.headers.Authorization).toBe('Bearer at');
    await transport.write({ path: '/customer', body: { DisplayName: 'x' } }, 'customer.create', {
      idempotencyKey: 'k',
    });
    expect(seen[1]?.method).toBe('post');
    expect(seen[1]?.url).toMatch(/\/customer\?minorversion=75&requestid=[0-9a-f]{50}$/);
    expect(seen[1]?.data).toBe('{"DisplayName":"x"}');
  });

  it('posts long statements as application/text instead of a long URL', async () => {
    const { transport, seen } = scripted([
      { status: 200, body: { QueryResponse: { totalCount: 3 } } },
    ]);
    const { select } = await import('../../serverless/quickbooks/query');
    const ids = Array.from({ length: 400 }, (_, index) => String(index + 1));
    const count = await transport.count(select('Customer').in('Id', ids));
    expect(count).toBe(3);
    expect(seen[0]?.method).toBe('post');
    expect(seen[0]?.headers['Content-Type']).toBe('application/text');
    expect(String(seen[0]?.data)).toMatch(/^SELECT count\(\*\) FROM Customer WHERE Id IN \('1', /);
  });
});
