import axios from 'axios';
import { describe, expect, it } from 'vitest';
import {
  QboAuthenticationError,
  QboReconnectRequiredError,
} from '../../serverless/quickbooks/errors';
import { useEmulator } from './harness';

const h = useEmulator();

const tokenCalls = () =>
  h.emulator.requests.filter((r) => r.path.includes('token') && r.method === 'POST');

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (caught: unknown) => caught,
  );
}

describe('401 answers', () => {
  for (const form of ['json', 'xml'] as const) {
    it(`refreshes once and retries once on a ${form} 401, then gives up typed`, async () => {
      h.emulator.faults.unauthorizedNext(2, form);
      const before = h.store.get(h.us);
      const error = await rejection(h.client.forRealm(h.us).company.info());
      expect(error).toBeInstanceOf(QboAuthenticationError);
      const auth = error as QboAuthenticationError;
      expect(auth.status).toBe(401);
      expect(auth.retryable).toBe(false);
      expect(auth.message).toContain('AuthenticationFailed');
      expect(auth.intuitTid).toBeTruthy();
      const api = h.emulator.requests.filter((r) => r.path.startsWith('/v3/'));
      expect(api.map((r) => r.status)).toEqual([401, 401]);
      expect(tokenCalls()).toHaveLength(1);
      expect(h.store.get(h.us)?.refreshToken).not.toBe(before?.refreshToken);
    });

    it(`succeeds after one ${form} 401 and a refresh`, async () => {
      h.emulator.faults.unauthorizedNext(1, form);
      const info = await h.client.forRealm(h.us).company.info();
      expect(info.Country).toBe('US');
      expect(h.store.saved).toHaveLength(1);
    });
  }
});

describe('token refresh', () => {
  it('refreshes an access token QuickBooks expired and hands the rotated refresh token to the store', async () => {
    const before = h.store.get(h.us);
    h.emulator.expireAccessTokens(h.us);
    const info = await h.client.forRealm(h.us).company.info();
    expect(info.CompanyName).toBeTruthy();
    const after = h.store.get(h.us);
    expect(after?.accessToken).not.toBe(before?.accessToken);
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    expect(h.store.saved).toEqual([{ realmId: h.us, next: after, previous: before }]);
    expect(Date.parse(after?.accessTokenExpiresAt ?? '')).toBeGreaterThan(Date.now() + 3_000_000);
    // The refresh asked for the hard expiry too.
    expect(after?.refreshTokenHardExpiresAt).toBeDefined();
  });

  it('refreshes before sending when the access token expires within a minute', async () => {
    const stored = h.store.get(h.us);
    if (!stored) throw new Error('no tokens');
    h.store.set(h.us, {
      ...stored,
      accessTokenExpiresAt: new Date(Date.now() + 30_000).toISOString(),
    });
    await h.client.forRealm(h.us).company.info();
    expect(h.emulator.requests.map((r) => r.status)).toEqual([200, 200]);
    expect(tokenCalls()).toHaveLength(1);
    expect(h.store.get(h.us)?.refreshToken).not.toBe(stored.refreshToken);
  });

  it('shares one refresh between concurrent calls', async () => {
    h.emulator.expireAccessTokens(h.us);
    const us = h.client.forRealm(h.us);
    await Promise.all([
      us.company.info(),
      us.company.preferences(),
      us.terms.list(),
      us.tax.codes(),
    ]);
    expect(tokenCalls()).toHaveLength(1);
  });

  it('retries a token call that failed with a 5xx', async () => {
    const stored = h.store.get(h.us);
    if (!stored) throw new Error('no tokens');
    h.store.set(h.us, { ...stored, accessTokenExpiresAt: new Date(Date.now() - 1).toISOString() });
    h.emulator.faults.failNext(1, 503);
    await h.client.forRealm(h.us).company.info();
    expect(tokenCalls().map((r) => r.status)).toEqual([503, 200]);
  });

  it('asks for a reconnect when the refresh token is dead, and remembers it', async () => {
    h.emulator.expireAccessTokens(h.us);
    h.emulator.killRefreshTokens(h.us);
    // One object per company; naming it later still names it in the message.
    const plain = h.client.forRealm(h.us);
    expect(h.client.forRealm(h.us, { companyName: 'Cedar & Pine' })).toBe(plain);
    const error = await rejection(
      h.client.forRealm(h.us, { companyName: 'Cedar & Pine' }).company.info(),
    );
    expect(error).toBeInstanceOf(QboReconnectRequiredError);
    const reconnect = error as QboReconnectRequiredError;
    expect(reconnect.message).toMatch(/^Reconnect QuickBooks company "Cedar & Pine": /);
    expect(reconnect.code).toBe('RECONNECT_REQUIRED');
    expect(reconnect.retryable).toBe(false);
    expect(reconnect.realmId).toBe(h.us);
    expect(h.store.reconnectReasons.get(h.us)).toBeTruthy();
    // The next call stops at the store, without reaching QuickBooks.
    const count = h.emulator.requests.length;
    const fresh = h.newClient();
    await expect(fresh.forRealm(h.us).company.info()).rejects.toBeInstanceOf(
      QboReconnectRequiredError,
    );
    expect(h.emulator.requests.length).toBe(count);
    // The other company is unaffected.
    expect((await h.client.forRealm(h.global).company.info()).Country).toBe('GB');
  });
});

describe('connecting and disconnecting', () => {
  async function consent(state: string): Promise<string> {
    const url = await h.client.authorizeUrl({ state });
    expect(url.startsWith(h.emulator.oauth.authorizeUrl)).toBe(true);
    const response = await axios.get(url, { maxRedirects: 0, validateStatus: () => true });
    expect(response.status).toBe(302);
    return String(response.headers.location);
  }

  it('authorizes, exchanges the code, calls the API, and revokes', async () => {
    const callback = await consent('signed-state-1');
    const { realmId, tokens, state } = await h.client.exchangeCode(callback);
    expect(state).toBe('signed-state-1');
    expect(realmId).toBe(h.us);
    expect(tokens.accessToken).toBeTruthy();
    expect(tokens.refreshTokenHardExpiresAt).toBeDefined();

    h.store.set(realmId, tokens);
    expect((await h.newClient().forRealm(realmId).company.info()).Country).toBe('US');

    await h.client.revoke(tokens.refreshToken);
    expect(h.emulator.revokedTokens).toContain(tokens.refreshToken);
    const error = await rejection(h.client.oauth.refresh(tokens.refreshToken));
    expect((error as Error).name).toBe('QboInvalidGrantError');
  });

  it('refuses a code used twice', async () => {
    const callback = await consent('s');
    await h.client.exchangeCode(callback);
    const error = await rejection(h.client.exchangeCode(callback));
    expect(error).toBeInstanceOf(QboAuthenticationError);
    expect((error as Error).message).toContain('expired or was already used');
  });

  it('reports a denied consent', async () => {
    h.emulator.faults.denyConsent(true);
    const callback = await consent('s');
    const error = await rejection(h.client.exchangeCode(callback));
    expect(error).toBeInstanceOf(QboAuthenticationError);
    expect((error as Error).message).toContain('access_denied');
  });

  it('reports app credentials QuickBooks does not know', async () => {
    const callback = await consent('s');
    const { createQboClient } = await import('../../serverless/quickbooks/client');
    const wrong = createQboClient({
      config: { ...h.config, oauth: { ...h.config.oauth, clientSecret: 'not-the-secret' } },
      tokenStore: h.store,
    });
    const error = await rejection(wrong.exchangeCode(callback));
    expect(error).toBeInstanceOf(QboAuthenticationError);
    expect((error as Error).message).toContain('client id and secret');
    expect((error as Error).message).not.toContain('not-the-secret');
  });
});
