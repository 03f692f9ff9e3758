import * as z from 'zod';
import { AppError } from './lib/errors';

/**
 * Secrets and settings, read from the function's secrets (and process.env, where HubSpot also
 * puts them) and validated once per cold start. Each section is checked the first time a
 * feature needs it, so a missing QuickBooks secret does not break the setup page.
 *
 * Endpoints point at Intuit and HubSpot unless one of the EMULATOR_* variables is set; those
 * accept loopback addresses only, so a misplaced variable can never send data elsewhere.
 */
export type SecretSource = Record<string, string | undefined>;

export const secretNames = {
  hubspotToken: 'PRIVATE_APP_ACCESS_TOKEN',
  qboClientId: 'QBO_CLIENT_ID',
  qboClientSecret: 'QBO_CLIENT_SECRET',
  qboRedirectUri: 'QBO_REDIRECT_URI',
  qboEnvironment: 'QBO_ENVIRONMENT',
  encryptionKeys: 'TOKEN_ENCRYPTION_KEYS',
  stateSecret: 'OAUTH_STATE_SECRET',
  webhookVerifier: 'QBO_WEBHOOK_VERIFIER_TOKEN',
} as const;

export const emulatorVariables = {
  hubspotApi: 'EMULATOR_HUBSPOT_API_URL',
  qboApi: 'EMULATOR_QBO_API_URL',
  qboAuthorize: 'EMULATOR_QBO_AUTHORIZE_URL',
  qboToken: 'EMULATOR_QBO_TOKEN_URL',
  qboRevoke: 'EMULATOR_QBO_REVOKE_URL',
} as const;

export interface HubSpotConfig {
  accessToken: string;
  apiBaseUrl: string;
}

export interface QuickBooksConfig {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  environment: 'sandbox' | 'production';
  /** Present only when pointed at the emulator; otherwise the client uses Intuit's for the environment. */
  apiBaseUrl?: string;
  /** Present only when pointed at the emulator; otherwise intuit-oauth's own endpoints apply. */
  oauthEndpoints?: { authorizeUrl: string; tokenUrl: string; revokeUrl: string };
}

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

export interface SecurityConfig {
  /** The first key encrypts; every key can decrypt, so keys rotate without losing connections. */
  encryptionKeys: EncryptionKey[];
  stateSecret: Buffer;
}

/**
 * Secrets belong to one HubSpot account (`--account` picks it when the CLI knows several), and a
 * warm function keeps the values it started with until the app is deployed again.
 */
const forTheAccount = '--account=<the account the app is deployed to>';
const thenRedeploy = 'then run `npm run deploy` so running functions pick it up';

function missing(name: string, what: string, fix?: string): AppError {
  return new AppError('CONFIGURATION', `The secret ${name} is missing: ${what}.`, {
    fix:
      fix ??
      `Set it with \`hs secret add ${name} ${forTheAccount}\` (\`hs secret update\` if it exists), ${thenRedeploy}.`,
  });
}

function malformed(name: string, problem: string): AppError {
  return new AppError('CONFIGURATION', `The secret ${name} is malformed: ${problem}.`, {
    fix: `Set a correct value with \`hs secret update ${name} ${forTheAccount}\`, ${thenRedeploy}.`,
  });
}

function required(source: SecretSource, name: string, what: string, fix?: string): string {
  const value = source[name]?.trim();
  if (!value) throw missing(name, what, fix);
  return value;
}

function loopbackUrl(source: SecretSource, name: string): string | undefined {
  const value = source[name]?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError('CONFIGURATION', `${name} is not a URL: "${value}".`);
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new AppError(
      'CONFIGURATION',
      `${name} may only point at a local emulator (127.0.0.1 or localhost), not ${url.hostname}.`,
    );
  }
  return value.replace(/\/+$/, '');
}

export function parseEncryptionKeys(raw: string): EncryptionKey[] {
  const name = secretNames.encryptionKeys;
  const keys = raw.split(',').map((entry) => {
    const [id, material, ...rest] = entry.trim().split(':');
    if (!id || !material || rest.length > 0 || !/^[A-Za-z0-9_-]{1,16}$/.test(id)) {
      throw malformed(
        name,
        'expected entries like "k1:<base64 of 32 random bytes>", separated by commas',
      );
    }
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) {
      throw malformed(name, `key "${id}" must be 32 bytes encoded as base64 (it is ${key.length})`);
    }
    return { id, key };
  });
  if (new Set(keys.map((k) => k.id)).size !== keys.length)
    throw malformed(name, 'key ids must be unique');
  return keys;
}

export class Config {
  private cache = new Map<string, unknown>();

  constructor(private readonly source: SecretSource) {}

  private once<T>(section: string, load: () => T): T {
    if (!this.cache.has(section)) this.cache.set(section, load());
    return this.cache.get(section) as T;
  }

  hubspot(): HubSpotConfig {
    return this.once('hubspot', () => ({
      accessToken: required(
        this.source,
        secretNames.hubspotToken,
        'HubSpot provides it to every app function of an installed app',
        'Install the app in the account (`hs project install-app`); locally, `npm start` writes it to src/app/functions/.env.',
      ),
      apiBaseUrl:
        loopbackUrl(this.source, emulatorVariables.hubspotApi) ?? 'https://api.hubapi.com',
    }));
  }

  quickbooks(): QuickBooksConfig {
    return this.once('quickbooks', () => {
      const s = this.source;
      // No default: a forgotten secret must not silently point the app at real companies.
      const environment = z
        .enum(['sandbox', 'production'])
        .safeParse(
          required(
            s,
            secretNames.qboEnvironment,
            '"sandbox" for Intuit sandbox companies or "production" for real ones',
          ),
        );
      if (!environment.success) {
        throw malformed(secretNames.qboEnvironment, 'it must be "sandbox" or "production"');
      }
      const redirectUri = required(
        s,
        secretNames.qboRedirectUri,
        'the redirect URI registered with your Intuit app',
      );
      if (!z.url().safeParse(redirectUri).success)
        throw malformed(secretNames.qboRedirectUri, 'it must be a URL');
      const api = loopbackUrl(s, emulatorVariables.qboApi);
      const authorizeUrl = loopbackUrl(s, emulatorVariables.qboAuthorize);
      const tokenUrl = loopbackUrl(s, emulatorVariables.qboToken);
      const revokeUrl = loopbackUrl(s, emulatorVariables.qboRevoke);
      return {
        clientId: required(s, secretNames.qboClientId, "your Intuit app's client id"),
        clientSecret: required(s, secretNames.qboClientSecret, "your Intuit app's client secret"),
        redirectUri,
        environment: environment.data,
        ...(api ? { apiBaseUrl: api } : {}),
        ...(authorizeUrl && tokenUrl && revokeUrl
          ? { oauthEndpoints: { authorizeUrl, tokenUrl, revokeUrl } }
          : {}),
      };
    });
  }

  /** The verifier token Intuit shows for the app's webhooks: the key their signatures use. */
  webhookVerifier(): Buffer {
    return this.once('webhookVerifier', () =>
      Buffer.from(
        required(
          this.source,
          secretNames.webhookVerifier,
          "your Intuit app's webhook verifier token (Webhooks, under the app's settings)",
        ),
        'utf8',
      ),
    );
  }

  security(): SecurityConfig {
    return this.once('security', () => {
      const keys = parseEncryptionKeys(
        required(
          this.source,
          secretNames.encryptionKeys,
          'the key that encrypts QuickBooks tokens at rest',
        ),
      );
      const state = required(
        this.source,
        secretNames.stateSecret,
        'the key that signs the OAuth state',
      );
      if (state.length < 32)
        throw malformed(secretNames.stateSecret, 'use at least 32 random characters');
      return { encryptionKeys: keys, stateSecret: Buffer.from(state, 'utf8') };
    });
  }
}
