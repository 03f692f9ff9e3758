import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Config, parseEncryptionKeys } from '../../serverless/config';
import { AppError } from '../../serverless/lib/errors';

const key = () => randomBytes(32).toString('base64');

function failure(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('configuration', () => {
  it('names a missing secret and the command that sets it', () => {
    const error = failure(() => new Config({}).hubspot());
    expect(error.code).toBe('CONFIGURATION');
    expect(error.message).toContain('PRIVATE_APP_ACCESS_TOKEN');
    const qbo = failure(() =>
      new Config({
        QBO_ENVIRONMENT: 'sandbox',
        QBO_REDIRECT_URI: 'https://example.com/cb',
      }).quickbooks(),
    );
    expect(qbo.message).toContain('QBO_CLIENT_ID');
    // The command for the right account, and the redeploy warm functions need.
    expect(qbo.fix).toContain('hs secret add QBO_CLIENT_ID --account=');
    expect(qbo.fix).toContain('npm run deploy');
  });

  it('requires QBO_ENVIRONMENT: a forgotten secret never points the app at real companies', () => {
    const error = failure(() =>
      new Config({
        QBO_CLIENT_ID: 'id',
        QBO_CLIENT_SECRET: 'secret',
        QBO_REDIRECT_URI: 'https://example.com/cb',
      }).quickbooks(),
    );
    expect(error.message).toContain('The secret QBO_ENVIRONMENT is missing');
    expect(error.message).toContain('"sandbox"');
    expect(error.fix).toContain('hs secret add QBO_ENVIRONMENT');
  });

  it('uses HubSpot and Intuit production endpoints for production', () => {
    const config = new Config({
      PRIVATE_APP_ACCESS_TOKEN: 'pat',
      QBO_ENVIRONMENT: 'production',
      QBO_CLIENT_ID: 'id',
      QBO_CLIENT_SECRET: 'secret',
      QBO_REDIRECT_URI: 'https://example.com/cb',
    });
    expect(config.hubspot().apiBaseUrl).toBe('https://api.hubapi.com');
    // No override: the QuickBooks client uses Intuit's production API for this environment.
    expect(config.quickbooks()).toMatchObject({ environment: 'production' });
    expect(config.quickbooks().apiBaseUrl).toBeUndefined();
    expect(config.quickbooks().oauthEndpoints).toBeUndefined();
  });

  it('points at the emulators only through the EMULATOR_ variables, and only on loopback', () => {
    const local = new Config({
      PRIVATE_APP_ACCESS_TOKEN: 'pat',
      EMULATOR_HUBSPOT_API_URL: 'http://127.0.0.1:4100/',
    });
    expect(local.hubspot().apiBaseUrl).toBe('http://127.0.0.1:4100');
    const remote = failure(() =>
      new Config({
        PRIVATE_APP_ACCESS_TOKEN: 'pat',
        EMULATOR_HUBSPOT_API_URL: 'https://evil.example.com',
      }).hubspot(),
    );
    expect(remote.message).toContain('may only point at a local emulator');
  });

  it('rejects a malformed environment or redirect URI with the secret’s name', () => {
    const base = {
      QBO_CLIENT_ID: 'id',
      QBO_CLIENT_SECRET: 's',
      QBO_REDIRECT_URI: 'https://example.com/cb',
      QBO_ENVIRONMENT: 'sandbox',
    };
    expect(
      failure(() => new Config({ ...base, QBO_ENVIRONMENT: 'staging' }).quickbooks()).message,
    ).toContain('QBO_ENVIRONMENT');
    expect(
      failure(() => new Config({ ...base, QBO_REDIRECT_URI: 'not a url' }).quickbooks()).message,
    ).toContain('QBO_REDIRECT_URI');
  });

  it('validates each section once per cold start', () => {
    const source: Record<string, string | undefined> = { PRIVATE_APP_ACCESS_TOKEN: 'first' };
    const config = new Config(source);
    expect(config.hubspot().accessToken).toBe('first');
    source.PRIVATE_APP_ACCESS_TOKEN = 'second';
    expect(config.hubspot().accessToken).toBe('first');
  });

  it('reads rotating encryption keys and refuses bad ones', () => {
    const keys = parseEncryptionKeys(`k2:${key()},k1:${key()}`);
    expect(keys.map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(keys[0]?.key).toHaveLength(32);
    expect(() => parseEncryptionKeys('k1:short')).toThrow(/32 bytes/);
    expect(() => parseEncryptionKeys(`nokey`)).toThrow(/TOKEN_ENCRYPTION_KEYS/);
    expect(() => parseEncryptionKeys(`k1:${key()},k1:${key()}`)).toThrow(/unique/);
    const short = failure(() =>
      new Config({ TOKEN_ENCRYPTION_KEYS: `k1:${key()}`, OAUTH_STATE_SECRET: 'short' }).security(),
    );
    expect(short.message).toContain('OAUTH_STATE_SECRET');
  });
});

describe('contract values', () => {
  it('accepts real calendar dates only', async () => {
    const { isoDate } = await import('@qbo-invoicing/contract');
    expect(isoDate.safeParse('2028-02-29').success).toBe(true);
    expect(isoDate.safeParse('2026-02-29').success).toBe(false);
    expect(isoDate.safeParse('2026-02-30').success).toBe(false);
    expect(isoDate.safeParse('2026-13-01').success).toBe(false);
    expect(isoDate.safeParse('26-11-26').success).toBe(false);
  });
});
