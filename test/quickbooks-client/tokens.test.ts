import { describe, expect, it, vi } from 'vitest';
import type { Clock } from '../../serverless/lib/clock';
import { QboReconnectRequiredError, QboServerError } from '../../serverless/quickbooks/errors';
import { QboInvalidGrantError, QboOAuth } from '../../serverless/quickbooks/oauth';
import { InMemoryTokenStore, type QboTokens } from '../../serverless/quickbooks/token-store';
import { TokenManager } from '../../serverless/quickbooks/tokens';

const now = Date.parse('2026-11-20T10:00:00Z');
const clock: Clock = { now: () => now, sleep: async () => {} };
const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();

function tokens(name: string, accessValidForMs: number): QboTokens {
  return {
    accessToken: `access-${name}`,
    refreshToken: `refresh-${name}`,
    accessTokenExpiresAt: iso(accessValidForMs),
    refreshTokenExpiresAt: iso(100 * 86_400_000),
  };
}

function fakeOAuth(refresh: (refreshToken: string) => Promise<QboTokens>) {
  return { refresh: vi.fn(refresh) } as unknown as QboOAuth & { refresh: ReturnType<typeof vi.fn> };
}

describe('token manager', () => {
  it('uses stored tokens while they have more than a minute left', async () => {
    const store = new InMemoryTokenStore({ r1: tokens('a', 61_000) });
    const oauth = fakeOAuth(async () => tokens('b', 3_600_000));
    const manager = new TokenManager('r1', 'r1', store, oauth, clock);
    expect((await manager.usable(now + 5_000)).accessToken).toBe('access-a');
    expect(oauth.refresh).not.toHaveBeenCalled();
  });

  it('refreshes proactively within 60 s of expiry and saves the rotated refresh token', async () => {
    const store = new InMemoryTokenStore({ r1: tokens('a', 59_000) });
    const oauth = fakeOAuth(async () => tokens('b', 3_600_000));
    const manager = new TokenManager('r1', 'r1', store, oauth, clock);
    expect((await manager.usable(now + 5_000)).accessToken).toBe('access-b');
    expect(oauth.refresh).toHaveBeenCalledWith('refresh-a', { deadline: now + 5_000 });
    expect(store.get('r1')?.refreshToken).toBe('refresh-b');
    expect(store.saved).toHaveLength(1);
  });

  it('shares one refresh between concurrent callers', async () => {
    const store = new InMemoryTokenStore({ r1: tokens('a', 0) });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const oauth = fakeOAuth(async () => {
      await gate;
      return tokens('b', 3_600_000);
    });
    const manager = new TokenManager('r1', 'r1', store, oauth, clock);
    const calls = Promise.all([1, 2, 3].map(() => manager.usable(now + 5_000)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    expect((await calls).map((t) => t.accessToken)).toEqual(['access-b', 'access-b', 'access-b']);
    expect(oauth.refresh).toHaveBeenCalledTimes(1);
  });

  it('uses the tokens the store returns when another call saved newer ones', async () => {
    const store = new InMemoryTokenStore({ r1: tokens('a', 0) });
    const oauth = fakeOAuth(async () => {
      store.set('r1', tokens('elsewhere', 3_600_000));
      return tokens('b', 3_600_000);
    });
    const manager = new TokenManager('r1', 'r1', store, oauth, clock);
    expect((await manager.usable(now + 5_000)).accessToken).toBe('access-elsewhere');
  });

  it('turns invalid_grant into a reconnect request and marks the store', async () => {
    const store = new InMemoryTokenStore({ r1: tokens('a', 0) });
    const oauth = fakeOAuth(async () => {
      throw new QboInvalidGrantError('Incorrect or invalid refresh token', 'tid-1');
    });
    const manager = new TokenManager('r1', '"Acme Ltd"', store, oauth, clock);
    const error = await manager.usable(now + 5_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QboReconnectRequiredError);
    expect((error as Error).message).toMatch(/^Reconnect QuickBooks company "Acme Ltd": /);
    expect((error as QboReconnectRequiredError).intuitTid).toBe('tid-1');
    expect((error as QboReconnectRequiredError).code).toBe('RECONNECT_REQUIRED');
    expect(store.reconnectReasons.get('r1')).toBeDefined();
  });

  it('retries with a refresh token rotated concurrently instead of giving up', async () => {
    const store = new InMemoryTokenStore({ r1: tokens('a', 0) });
    const oauth = fakeOAuth(async () => {
      store.set('r1', tokens('c', 3_600_000));
      throw new QboInvalidGrantError('already rotated', undefined);
    });
    const manager = new TokenManager('r1', 'r1', store, oauth, clock);
    expect((await manager.usable(now + 5_000)).accessToken).toBe('access-c');
    expect(store.reconnectReasons.size).toBe(0);
  });

  it('asks for a reconnect without calling Intuit when the refresh token has expired', async () => {
    const store = new InMemoryTokenStore({
      r1: { ...tokens('a', 0), refreshTokenExpiresAt: iso(-1) },
    });
    const oauth = fakeOAuth(async () => tokens('b', 3_600_000));
    const manager = new TokenManager('r1', 'r1', store, oauth, clock);
    await expect(manager.usable(now + 5_000)).rejects.toBeInstanceOf(QboReconnectRequiredError);
    expect(oauth.refresh).not.toHaveBeenCalled();
  });

  it('lets transient refresh failures through unchanged, without marking the store', async () => {
    const store = new InMemoryTokenStore({ r1: tokens('a', 0) });
    const oauth = fakeOAuth(async () => {
      throw new QboServerError('QuickBooks is unavailable (HTTP {status}); try again shortly.', {
        values: { status: '503' },
      });
    });
    const manager = new TokenManager('r1', 'r1', store, oauth, clock);
    await expect(manager.usable(now + 5_000)).rejects.toBeInstanceOf(QboServerError);
    expect(store.reconnectReasons.size).toBe(0);
  });
});

describe('OAuth endpoints', () => {
  const base = {
    clientId: 'client',
    clientSecret: 'secret',
    redirectUri: 'https://example.com/callback',
    environment: 'sandbox' as const,
  };

  it("uses Intuit's authorize endpoint unless the config names another", async () => {
    const intuit = new QboOAuth(base);
    const emulator = new QboOAuth({ ...base, authorizeUrl: 'http://127.0.0.1:9/authorize' });
    const real = new URL(await intuit.authorizeUrl({ state: 's1' }));
    expect(`${real.origin}${real.pathname}`).toBe('https://appcenter.intuit.com/connect/oauth2');
    expect(real.searchParams.get('state')).toBe('s1');
    expect(real.searchParams.get('scope')).toBe('com.intuit.quickbooks.accounting');
    expect(real.searchParams.get('client_id')).toBe('client');
    expect(real.searchParams.get('redirect_uri')).toBe('https://example.com/callback');
    const local = new URL(await emulator.authorizeUrl({ state: 's2' }));
    expect(`${local.origin}${local.pathname}`).toBe('http://127.0.0.1:9/authorize');
    // The static endpoints changed process-wide, yet the first client still uses its own.
    const again = new URL(await intuit.authorizeUrl({ state: 's3' }));
    expect(again.host).toBe('appcenter.intuit.com');
  });

  it('rejects a callback without a code, or one where consent was denied', async () => {
    const oauth = new QboOAuth(base);
    await expect(oauth.exchangeCode('https://example.com/callback?state=x')).rejects.toThrow(
      /lacks a code or a realmId/,
    );
    await expect(
      oauth.exchangeCode('https://example.com/callback?error=access_denied&state=x'),
    ).rejects.toThrow(/not approved \(access_denied\)/);
  });
});
