import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks/index';
import { createQboClient, type QboClient } from '../../serverless/quickbooks/client';
import type { QboClientConfig } from '../../serverless/quickbooks/config';
import type { Clock } from '../../serverless/lib/clock';
import { RateLimiter } from '../../serverless/quickbooks/rate-limiter';
import { InMemoryTokenStore, type QboTokens } from '../../serverless/quickbooks/token-store';

/**
 * One emulator per test file, reset to the demo companies before each test, and a fresh client
 * with freshly issued tokens for both demo realms.
 */
export interface Harness {
  emulator: QuickBooksEmulator;
  store: InMemoryTokenStore;
  client: QboClient;
  config: QboClientConfig;
  us: string;
  global: string;
  /** A new client (own limiter, own token cache) on the same store. */
  newClient(options?: { random?: () => number; clock?: Clock }): QboClient;
}

export function tokensFrom(set: {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  x_refresh_token_expires_in: number;
}): QboTokens {
  const now = Date.now();
  return {
    accessToken: set.access_token,
    refreshToken: set.refresh_token,
    accessTokenExpiresAt: new Date(now + set.expires_in * 1000).toISOString(),
    refreshTokenExpiresAt: new Date(now + set.x_refresh_token_expires_in * 1000).toISOString(),
  };
}

export function useEmulator(): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.emulator = await startQuickBooksEmulator({ seed: 'demo' });
  });
  afterAll(async () => {
    await harness.emulator?.close();
  });
  afterEach(() => {
    // Everything the emulator answered us passed Intuit's XSD check.
    expect(harness.emulator.conformanceViolations).toEqual([]);
  });
  beforeEach(() => {
    const emulator = harness.emulator;
    emulator.reset('demo');
    harness.us = emulator.realms.us;
    harness.global = emulator.realms.global;
    harness.store = new InMemoryTokenStore({
      [harness.us]: tokensFrom(emulator.issueTokens(harness.us)),
      [harness.global]: tokensFrom(emulator.issueTokens(harness.global)),
    });
    harness.config = {
      apiBaseUrl: emulator.url,
      oauth: {
        clientId: emulator.app.clientId,
        clientSecret: emulator.app.clientSecret,
        redirectUri: emulator.app.redirectUris[0] ?? '',
        environment: 'sandbox',
        authorizeUrl: emulator.oauth.authorizeUrl,
        tokenUrl: emulator.oauth.tokenUrl,
        revokeUrl: emulator.oauth.revokeUrl,
      },
      minorVersion: 75,
    };
    harness.newClient = (options = {}) =>
      createQboClient({
        config: harness.config,
        tokenStore: harness.store,
        rateLimiter: new RateLimiter(undefined, options.clock),
        // Short waits keep the tests quick; the maths is tested on its own.
        backoff: { baseDelayMs: 20, maxDelayMs: 200 },
        ...options,
      });
    harness.client = harness.newClient();
  });
  return harness;
}
