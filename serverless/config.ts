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
 * warm function keeps the values it started with until the app is deployed again. Each message
 * names the secret as `{name}` and says in full what it is for (one sentence, one message).
 */
type MissingSecret =
  | 'The secret {name} is missing: HubSpot provides it to every app function of an installed app.'
  | 'The secret {name} is missing: "sandbox" for Intuit sandbox companies or "production" for real ones.'
  | 'The secret {name} is missing: the redirect URI registered with your Intuit app.'
  | 'The secret {name} is missing: your Intuit app’s client id.'
  | 'The secret {name} is missing: your Intuit app’s client secret.'
  | 'The secret {name} is missing: your Intuit app’s webhook verifier token (Webhooks, under the app’s settings).'
  | 'The secret {name} is missing: the key that encrypts QuickBooks tokens at rest.'
  | 'The secret {name} is missing: the key that signs the OAuth state.';

type SecretFix =
  | 'Set it with `hs secret add {name} --account=<the account the app is deployed to>` (`hs secret update` if it exists), then run `npm run deploy` so running functions pick it up.'
  | 'Install the app in the account (`hs project install-app`); locally, `npm start` writes it to src/app/functions/.env.';

type MalformedSecret =
  | 'The secret {name} is malformed: it must be "sandbox" or "production".'
  | 'The secret {name} is malformed: it must be a URL.'
  | 'The secret {name} is malformed: expected entries like "k1:<base64 of 32 random bytes>", separated by commas.'
  | 'The secret {name} is malformed: key "{key}" must be 32 bytes encoded as base64 (it is {length}).'
  | 'The secret {name} is malformed: key ids must be unique.'
  | 'The secret {name} is malformed: use at least 32 random characters.';

function missing(name: string, message: MissingSecret, fix?: SecretFix): AppError {
  return new AppError('CONFIGURATION', message, {
    fix:
      fix ??
      'Set it with `hs secret add {name} --account=<the account the app is deployed to>` (`hs secret update` if it exists), then run `npm run deploy` so running functions pick it up.',
    values: { name },
  });
}

function malformed(
  name: string,
  message: MalformedSecret,
  values: Record<string, string> = {},
): AppError {
  return new AppError('CONFIGURATION', message, {
    fix: 'Set a correct value with `hs secret update {name} --account=<the account the app is deployed to>`, then run `npm run deploy` so running functions pick it up.',
    values: { ...values, name },
  });
}

function required(
  source: SecretSource,
  name: string,
  message: MissingSecret,
  fix?: SecretFix,
): string {
  const value = source[name]?.trim();
  if (!value) throw missing(name, message, fix);
  return value;
}

function loopbackUrl(source: SecretSource, name: string): string | undefined {
  const value = source[name]?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError('CONFIGURATION', '{name} is not a URL: "{value}".', {
      values: { name, value },
    });
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new AppError(
      'CONFIGURATION',
      '{name} may only point at a local emulator (127.0.0.1 or localhost), not {host}.',
      { values: { name, host: url.hostname } },
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
        'The secret {name} is malformed: expected entries like "k1:<base64 of 32 random bytes>", separated by commas.',
      );
    }
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) {
      throw malformed(
        name,
        'The secret {name} is malformed: key "{key}" must be 32 bytes encoded as base64 (it is {length}).',
        { key: id, length: String(key.length) },
      );
    }
    return { id, key };
  });
  if (new Set(keys.map((k) => k.id)).size !== keys.length)
    throw malformed(name, 'The secret {name} is malformed: key ids must be unique.');
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
        'The secret {name} is missing: HubSpot provides it to every app function of an installed app.',
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
            'The secret {name} is missing: "sandbox" for Intuit sandbox companies or "production" for real ones.',
          ),
        );
      if (!environment.success) {
        throw malformed(
          secretNames.qboEnvironment,
          'The secret {name} is malformed: it must be "sandbox" or "production".',
        );
      }
      const redirectUri = required(
        s,
        secretNames.qboRedirectUri,
        'The secret {name} is missing: the redirect URI registered with your Intuit app.',
      );
      if (!z.url().safeParse(redirectUri).success)
        throw malformed(
          secretNames.qboRedirectUri,
          'The secret {name} is malformed: it must be a URL.',
        );
      const api = loopbackUrl(s, emulatorVariables.qboApi);
      const authorizeUrl = loopbackUrl(s, emulatorVariables.qboAuthorize);
      const tokenUrl = loopbackUrl(s, emulatorVariables.qboToken);
      const revokeUrl = loopbackUrl(s, emulatorVariables.qboRevoke);
      return {
        clientId: required(
          s,
          secretNames.qboClientId,
          'The secret {name} is missing: your Intuit app’s client id.',
        ),
        clientSecret: required(
          s,
          secretNames.qboClientSecret,
          'The secret {name} is missing: your Intuit app’s client secret.',
        ),
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
          'The secret {name} is missing: your Intuit app’s webhook verifier token (Webhooks, under the app’s settings).',
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
          'The secret {name} is missing: the key that encrypts QuickBooks tokens at rest.',
        ),
      );
      const state = required(
        this.source,
        secretNames.stateSecret,
        'The secret {name} is missing: the key that signs the OAuth state.',
      );
      if (state.length < 32)
        throw malformed(
          secretNames.stateSecret,
          'The secret {name} is malformed: use at least 32 random characters.',
        );
      return { encryptionKeys: keys, stateSecret: Buffer.from(state, 'utf8') };
    });
  }
}
