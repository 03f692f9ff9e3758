/**
 * The API a QuickBooks client talks to: Intuit's for the connection's environment, unless the
 * configuration points it at the emulator.
 */
import axios, { type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { createQboClient, InMemoryTokenStore } from '../../serverless/quickbooks';

function clientFor(environment: 'sandbox' | 'production', apiBaseUrl?: string) {
  const urls: string[] = [];
  const http = axios.create({
    adapter: async (config: InternalAxiosRequestConfig) => {
      urls.push(String(config.url));
      return { status: 200, statusText: 'OK', headers: {}, config, data: Buffer.from('{}') };
    },
  });
  const later = new Date(Date.now() + 3_600_000).toISOString();
  const client = createQboClient({
    config: {
      ...(apiBaseUrl ? { apiBaseUrl } : {}),
      oauth: {
        clientId: 'id',
        clientSecret: 'secret',
        redirectUri: 'https://example.com/cb',
        environment,
      },
    },
    tokenStore: new InMemoryTokenStore({
      '123': {
        accessToken: 'a',
        refreshToken: 'r',
        accessTokenExpiresAt: later,
        refreshTokenExpiresAt: later,
      },
    }),
    http,
  });
  return { client, urls };
}

describe('the QuickBooks API base URL', () => {
  it.each([
    ['production', 'https://quickbooks.api.intuit.com/v3/company/123/'],
    ['sandbox', 'https://sandbox-quickbooks.api.intuit.com/v3/company/123/'],
  ] as const)('is Intuit’s own for %s', async (environment, prefix) => {
    const { client, urls } = clientFor(environment);
    await client
      .forRealm('123')
      .customers.get('1', { deadline: Date.now() + 5_000 })
      .catch(() => undefined);
    expect(urls[0]?.startsWith(prefix)).toBe(true);
  });

  it('is the emulator when the configuration names one', async () => {
    const { client, urls } = clientFor('production', 'http://127.0.0.1:4020');
    await client
      .forRealm('123')
      .customers.get('1', { deadline: Date.now() + 5_000 })
      .catch(() => undefined);
    expect(urls[0]?.startsWith('http://127.0.0.1:4020/v3/company/123/')).toBe(true);
  });
});
