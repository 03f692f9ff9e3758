// Intuit's OAuth 2.0 as the emulator runs it: authorization code with consent granted
// automatically, refresh with rotation (the previous refresh token lives 24 h more), revoke.
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock.js';
import { IdTokenSigner } from './id-token.js';

export const ACCOUNTING_SCOPE = 'com.intuit.quickbooks.accounting';
const ACCESS_TTL_S = 3600;
const REFRESH_TTL_S = 100 * 24 * 3600;
const HARD_TTL_S = 5 * 365 * 24 * 3600;
const CODE_TTL_MS = 10 * 60_000;
const ROTATION_GRACE_MS = 24 * 3600_000;

export interface OAuthApp {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  webhookVerifierToken: string;
}

export interface TokenSet {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  x_refresh_token_expires_in: number;
  token_type?: string;
  x_refresh_token_hard_expires_in?: number;
  id_token?: string;
}

interface Grant {
  id: number;
  realmId: string;
  clientId: string;
  hardExpiresAt: number;
  revoked: boolean;
}

interface AccessToken {
  grant: Grant;
  expiresAt: number;
}

interface RefreshToken {
  grant: Grant;
  expiresAt: number;
  /** When a newer refresh token replaced this one; it keeps working 24 h after. */
  supersededAt?: number;
  killed: boolean;
}

interface AuthCode {
  clientId: string;
  redirectUri: string;
  realmId: string;
  expiresAt: number;
  used: boolean;
  scope: string;
}

export type AuthResult =
  | { ok: true; clientId: string }
  | { ok: false; status: 401; detail: string }
  | { ok: false; status: 403 };

export interface HttpAnswer {
  status: number;
  json?: unknown;
  location?: string;
  text?: string;
}

function token(prefix: string, bytes: number): string {
  return prefix + randomBytes(bytes).toString('base64url');
}

export class OAuthServer {
  denyConsent = false;
  readonly revokedTokens: string[] = [];
  private readonly apps = new Map<string, OAuthApp>();
  private readonly codes = new Map<string, AuthCode>();
  private readonly access = new Map<string, AccessToken>();
  private readonly refresh = new Map<string, RefreshToken>();
  private grants = 0;
  /** Signs ID tokens for the `openid` scope; its key set is served at JWKS_PATH. */
  readonly idTokens = new IdTokenSigner();

  constructor(
    private readonly clock: Clock,
    private readonly realmExists: (id: string) => boolean,
    private readonly defaultRealm: () => string,
  ) {}

  addApp(app: OAuthApp): void {
    this.apps.set(app.clientId, app);
  }

  /** Forgets every code and token (used by reset). */
  clear(): void {
    this.codes.clear();
    this.access.clear();
    this.refresh.clear();
    this.revokedTokens.length = 0;
    this.denyConsent = false;
  }

  private nowMs(): number {
    return this.clock.now().getTime();
  }

  authorize(params: URLSearchParams): HttpAnswer {
    const app = this.apps.get(params.get('client_id') ?? '');
    if (!app) return { status: 400, text: 'invalid_client: The client_id is not registered.' };
    const redirectUri = params.get('redirect_uri') ?? '';
    if (!app.redirectUris.includes(redirectUri))
      return {
        status: 400,
        text: `invalid_request: The redirect_uri "${redirectUri}" is not registered for this app.`,
      };
    const state = params.get('state');
    const back = (q: Record<string, string>): HttpAnswer => {
      const url = new URL(redirectUri);
      for (const [k, v] of Object.entries(q)) url.searchParams.set(k, v);
      return { status: 302, location: url.toString() };
    };
    if (params.get('response_type') !== 'code')
      return back({ error: 'unsupported_response_type', state: state ?? '' });
    const scope = params.get('scope') ?? '';
    if (!scope.split(/[\s+]+/).includes(ACCOUNTING_SCOPE))
      return back({ error: 'invalid_scope', state: state ?? '' });
    if (!state)
      return back({ error: 'invalid_request', error_description: 'state is required', state: '' });
    if (this.denyConsent) return back({ error: 'access_denied', state });
    const hinted = params.get('realmId') ?? params.get('realm');
    const realmId = hinted && this.realmExists(hinted) ? hinted : this.defaultRealm();
    const code = token('AB11', 30);
    this.codes.set(code, {
      clientId: app.clientId,
      redirectUri,
      realmId,
      expiresAt: this.nowMs() + CODE_TTL_MS,
      used: false,
      scope,
    });
    return back({ code, state, realmId });
  }

  private clientFrom(authorization: string | undefined): OAuthApp | undefined {
    const m = /^Basic\s+(.+)$/i.exec(authorization ?? '');
    if (!m?.[1]) return undefined;
    const decoded = Buffer.from(m[1], 'base64').toString('utf8');
    const sep = decoded.indexOf(':');
    if (sep < 0) return undefined;
    const app = this.apps.get(decoded.slice(0, sep));
    return app && app.clientSecret === decoded.slice(sep + 1) ? app : undefined;
  }

  tokenEndpoint(
    authorization: string | undefined,
    form: URLSearchParams,
    wantHardExpiry: boolean,
  ): HttpAnswer {
    const app = this.clientFrom(authorization);
    if (!app) return { status: 401, json: { error: 'invalid_client' } };
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') {
      const code = this.codes.get(form.get('code') ?? '');
      if (!code || code.used || code.clientId !== app.clientId || code.expiresAt < this.nowMs())
        return { status: 400, json: { error: 'invalid_grant' } };
      if (form.get('redirect_uri') !== code.redirectUri)
        return { status: 400, json: { error: 'invalid_grant' } };
      code.used = true;
      const grant: Grant = {
        id: ++this.grants,
        realmId: code.realmId,
        clientId: app.clientId,
        hardExpiresAt: this.nowMs() + HARD_TTL_S * 1000,
        revoked: false,
      };
      const set = this.mint(grant, wantHardExpiry);
      if (code.scope.split(/\s+/).includes('openid'))
        set.id_token = this.idTokens.sign({
          sub: `emulated-user-${code.realmId}`,
          clientId: app.clientId,
          realmId: code.realmId,
          nowMs: this.nowMs(),
        });
      return { status: 200, json: set };
    }
    if (grantType === 'refresh_token') {
      const presented = form.get('refresh_token') ?? '';
      const rt = this.refresh.get(presented);
      const now = this.nowMs();
      if (
        !rt ||
        rt.killed ||
        rt.grant.revoked ||
        rt.grant.clientId !== app.clientId ||
        rt.expiresAt < now ||
        rt.grant.hardExpiresAt < now ||
        (rt.supersededAt !== undefined && rt.supersededAt + ROTATION_GRACE_MS < now)
      )
        return { status: 400, json: { error: 'invalid_grant' } };
      // Every other live refresh token of this grant now starts its 24 h of grace.
      for (const other of this.refresh.values())
        if (other.grant === rt.grant && other.supersededAt === undefined) other.supersededAt = now;
      return { status: 200, json: this.mint(rt.grant, wantHardExpiry) };
    }
    if (grantType === null) return { status: 400, json: { error: 'invalid_request' } };
    return { status: 400, json: { error: 'unsupported_grant_type' } };
  }

  private mint(grant: Grant, wantHardExpiry: boolean): TokenSet {
    const now = this.nowMs();
    const access = token('eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..', 96);
    const refresh = token('RT1-', 36);
    this.access.set(access, { grant, expiresAt: now + ACCESS_TTL_S * 1000 });
    const expiresAt = Math.min(now + REFRESH_TTL_S * 1000, grant.hardExpiresAt);
    this.refresh.set(refresh, { grant, expiresAt, killed: false });
    const set: TokenSet = {
      token_type: 'bearer',
      access_token: access,
      refresh_token: refresh,
      expires_in: ACCESS_TTL_S,
      x_refresh_token_expires_in: Math.floor((expiresAt - now) / 1000),
    };
    if (wantHardExpiry)
      set.x_refresh_token_hard_expires_in = Math.floor((grant.hardExpiresAt - now) / 1000);
    return set;
  }

  /** Test helper: tokens for a realm without the consent dance. */
  issue(realmId: string, clientId: string): TokenSet {
    const grant: Grant = {
      id: ++this.grants,
      realmId,
      clientId,
      hardExpiresAt: this.nowMs() + HARD_TTL_S * 1000,
      revoked: false,
    };
    const { token_type: _t, ...set } = this.mint(grant, false);
    return set;
  }

  revoke(authorization: string | undefined, tokenValue: string | undefined): HttpAnswer {
    if (!this.clientFrom(authorization)) return { status: 401, json: { error: 'invalid_client' } };
    if (!tokenValue) return { status: 400, json: { error: 'invalid_request' } };
    this.revokedTokens.push(tokenValue);
    const grant = this.access.get(tokenValue)?.grant ?? this.refresh.get(tokenValue)?.grant;
    if (grant) grant.revoked = true;
    return { status: 200 };
  }

  userInfo(authorization: string | undefined): HttpAnswer {
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1] ?? '';
    const at = this.access.get(bearer);
    if (!at || at.grant.revoked || at.expiresAt < this.nowMs())
      return { status: 401, json: { error: 'invalid_token' } };
    return {
      status: 200,
      json: {
        sub: `emulated-user-${at.grant.realmId}`,
        email: 'admin@example.com',
        emailVerified: true,
        givenName: 'Demo',
        familyName: 'Admin',
      },
    };
  }

  authenticate(authorization: string | undefined, realmId: string): AuthResult {
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
    if (!bearer)
      return {
        ok: false,
        status: 401,
        detail: 'Authorization header is missing or is not a bearer token.',
      };
    const at = this.access.get(bearer);
    if (!at)
      return {
        ok: false,
        status: 401,
        detail: 'Token invalid: the access token is not recognized.',
      };
    if (at.grant.revoked)
      return {
        ok: false,
        status: 401,
        detail: 'Token revoked: the access token has been revoked.',
      };
    if (at.expiresAt <= this.nowMs())
      return {
        ok: false,
        status: 401,
        detail: 'Token expired: the access token has expired; refresh it.',
      };
    if (at.grant.realmId !== realmId) return { ok: false, status: 403 };
    return { ok: true, clientId: at.grant.clientId };
  }

  expireAccessTokens(realmId?: string): void {
    const past = this.nowMs() - 1;
    for (const at of this.access.values())
      if (!realmId || at.grant.realmId === realmId) at.expiresAt = past;
  }

  killRefreshTokens(realmId?: string): void {
    for (const rt of this.refresh.values())
      if (!realmId || rt.grant.realmId === realmId) rt.killed = true;
  }
}
