import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import axios from 'axios';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QuickBooksEmulator } from '../../../emulators/quickbooks/index.js';
import { api, expectConforming, start } from './test-helpers.js';

let emu: QuickBooksEmulator;
const http = axios.create({ validateStatus: () => true, maxRedirects: 0 });

beforeAll(async () => {
  emu = await start();
});
afterAll(async () => {
  expectConforming(emu);
  await emu.close();
});
beforeEach(() => emu.reset('demo'));

function basic(id = emu.app.clientId, secret = emu.app.clientSecret): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

async function authorize(extra: Record<string, string> = {}) {
  return http.get(emu.oauth.authorizeUrl, {
    params: {
      client_id: emu.app.clientId,
      response_type: 'code',
      scope: 'com.intuit.quickbooks.accounting openid',
      redirect_uri: emu.app.redirectUris[0],
      state: 'state-123',
      ...extra,
    },
  });
}

async function token(form: Record<string, string>, headers: Record<string, string> = {}) {
  return http.post(emu.oauth.tokenUrl, new URLSearchParams(form).toString(), {
    headers: {
      Authorization: basic(),
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      ...headers,
    },
  });
}

async function connect(extra: Record<string, string> = {}) {
  const res = await authorize(extra);
  const location = new URL(String(res.headers.location));
  const code = location.searchParams.get('code') ?? '';
  const tok = await token({
    grant_type: 'authorization_code',
    code,
    redirect_uri: emu.app.redirectUris[0] ?? '',
  });
  return { location, code, tok };
}

describe('authorize', () => {
  it('grants consent and redirects with code, realmId and state', async () => {
    const res = await authorize();
    expect(res.status).toBe(302);
    const loc = new URL(String(res.headers.location));
    expect(loc.origin + loc.pathname).toBe(emu.app.redirectUris[0]);
    expect(loc.searchParams.get('code')).toBeTruthy();
    expect(loc.searchParams.get('state')).toBe('state-123');
    expect(loc.searchParams.get('realmId')).toBe(emu.realms.us);
  });

  it('honours a realm hint', async () => {
    const res = await authorize({ realmId: emu.realms.global });
    expect(new URL(String(res.headers.location)).searchParams.get('realmId')).toBe(
      emu.realms.global,
    );
  });

  it('redirects with access_denied when consent is refused', async () => {
    emu.faults.denyConsent(true);
    const loc = new URL(String((await authorize()).headers.location));
    expect(loc.searchParams.get('error')).toBe('access_denied');
    expect(loc.searchParams.get('state')).toBe('state-123');
    expect(loc.searchParams.get('code')).toBeNull();
  });

  it('refuses unregistered redirect URIs and unknown clients, and accepts added ones', async () => {
    expect((await authorize({ redirect_uri: 'https://evil.example/cb' })).status).toBe(400);
    expect((await authorize({ client_id: 'nobody' })).status).toBe(400);
    emu.addRedirectUri('https://app.example/cb');
    expect((await authorize({ redirect_uri: 'https://app.example/cb' })).status).toBe(302);
  });

  it('requires the accounting scope and response_type=code', async () => {
    const scope = new URL(String((await authorize({ scope: 'openid' })).headers.location));
    expect(scope.searchParams.get('error')).toBe('invalid_scope');
    const type = new URL(String((await authorize({ response_type: 'token' })).headers.location));
    expect(type.searchParams.get('error')).toBe('unsupported_response_type');
  });
});

describe('OpenID ID token', () => {
  const part = (jwt: string, i: number) =>
    JSON.parse(Buffer.from(jwt.split('.')[i] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;

  it('is a three-part RS256 JWT that verifies against the JWKS the emulator serves', async () => {
    const before = Math.floor(emu.clock.now().getTime() / 1000);
    const { tok } = await connect();
    const after = Math.floor(emu.clock.now().getTime() / 1000);
    const idToken = String(tok.data.id_token);
    expect(idToken.split('.')).toHaveLength(3);
    const header = part(idToken, 0);
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    const claims = part(idToken, 1);
    expect(claims).toMatchObject({
      sub: `emulated-user-${emu.realms.us}`,
      aud: [emu.app.clientId],
      realmid: emu.realms.us,
      iss: 'https://oauth.platform.intuit.com/op/v1',
    });
    const iat = Number(claims.iat);
    expect(iat).toBeGreaterThanOrEqual(before);
    expect(iat).toBeLessThanOrEqual(after);
    expect(claims.exp).toBe(iat + 3600);

    const jwks = (await http.get(emu.oauth.jwksUrl)).data as { keys: JsonWebKey[] };
    const jwk = jwks.keys.find((k) => (k as { kid?: string }).kid === header.kid);
    expect(jwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    const key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
    const [h, p, signature] = idToken.split('.') as [string, string, string];
    const signed = Buffer.from(`${h}.${p}`);
    expect(verify('sha256', signed, key, Buffer.from(signature, 'base64url'))).toBe(true);
    // A changed claim no longer verifies.
    const forged = Buffer.from(`${h}.${p.slice(0, -2)}AA`);
    expect(verify('sha256', forged, key, Buffer.from(signature, 'base64url'))).toBe(false);
  });

  it('is issued only with the openid scope', async () => {
    const { tok } = await connect({ scope: 'com.intuit.quickbooks.accounting' });
    expect(tok.data.id_token).toBeUndefined();
  });
});

describe('token endpoint', () => {
  it('exchanges a code once; reuse is invalid_grant', async () => {
    const { code, tok } = await connect();
    expect(tok.status).toBe(200);
    expect(tok.data).toMatchObject({
      token_type: 'bearer',
      expires_in: 3600,
      x_refresh_token_expires_in: 8640000,
    });
    const again = await token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: emu.app.redirectUris[0] ?? '',
    });
    expect(again.status).toBe(400);
    expect(again.data).toEqual({ error: 'invalid_grant' });
  });

  it('rejects a code after 10 minutes and a mismatched redirect_uri', async () => {
    const res = await authorize();
    const code = new URL(String(res.headers.location)).searchParams.get('code') ?? '';
    const wrong = await token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: 'http://localhost:3000/oauth/callback',
    });
    expect(wrong.data).toEqual({ error: 'invalid_grant' });
    const res2 = await authorize();
    const code2 = new URL(String(res2.headers.location)).searchParams.get('code') ?? '';
    emu.clock.advance(10 * 60_000 + 1000);
    const late = await token({
      grant_type: 'authorization_code',
      code: code2,
      redirect_uri: emu.app.redirectUris[0] ?? '',
    });
    expect(late.data).toEqual({ error: 'invalid_grant' });
  });

  it('answers invalid_client to bad client credentials', async () => {
    const res = await http.post(emu.oauth.tokenUrl, 'grant_type=refresh_token&refresh_token=x', {
      headers: {
        Authorization: basic(emu.app.clientId, 'wrong'),
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    });
    expect(res.status).toBe(401);
    expect(res.data).toEqual({ error: 'invalid_client' });
  });

  it('rotates refresh tokens; the previous one works for 24 h more, then invalid_grant', async () => {
    const { tok } = await connect();
    const first = tok.data.refresh_token as string;
    const r1 = await token({ grant_type: 'refresh_token', refresh_token: first });
    expect(r1.status).toBe(200);
    expect(r1.data.refresh_token).not.toBe(first);
    emu.clock.advance(23 * 3600_000);
    expect((await token({ grant_type: 'refresh_token', refresh_token: first })).status).toBe(200);
    emu.clock.advance(2 * 3600_000);
    expect((await token({ grant_type: 'refresh_token', refresh_token: first })).data).toEqual({
      error: 'invalid_grant',
    });
    // r1's token was superseded by the refresh at 23 h, so its own 24 h of grace runs until 47 h.
    const latest = await token({
      grant_type: 'refresh_token',
      refresh_token: r1.data.refresh_token,
    });
    expect(latest.status).toBe(200);
  });

  it('returns the hard expiry when asked', async () => {
    const { tok } = await connect();
    const res = await token(
      { grant_type: 'refresh_token', refresh_token: tok.data.refresh_token },
      { 'x-include-refresh-token-hard-expires-in': 'true' },
    );
    expect(res.data.x_refresh_token_hard_expires_in).toBeGreaterThan(4 * 365 * 86400);
  });

  it('expires access tokens after an hour', async () => {
    const { tok } = await connect();
    const client = api(emu, emu.realms.us, tok.data.access_token);
    expect((await client.get('/companyinfo/' + emu.realms.us)).status).toBe(200);
    emu.clock.advance(3600_000 + 1000);
    const res = await client.get('/companyinfo/' + emu.realms.us);
    expect(res.status).toBe(401);
    expect(res.data.fault.error[0].code).toBe('3200');
    const refreshed = await token({
      grant_type: 'refresh_token',
      refresh_token: tok.data.refresh_token,
    });
    expect(
      (await api(emu, emu.realms.us, refreshed.data.access_token).get('/preferences')).status,
    ).toBe(200);
  });

  it('killRefreshTokens makes refresh fail with invalid_grant', async () => {
    const { tok } = await connect();
    emu.killRefreshTokens(emu.realms.us);
    expect(
      (await token({ grant_type: 'refresh_token', refresh_token: tok.data.refresh_token })).data,
    ).toEqual({
      error: 'invalid_grant',
    });
  });
});

describe('revoke', () => {
  it('records the token and kills the grant', async () => {
    const { tok } = await connect();
    const res = await http.post(
      emu.oauth.revokeUrl,
      { token: tok.data.refresh_token },
      {
        headers: {
          Authorization: basic(),
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
      },
    );
    expect(res.status).toBe(200);
    expect(emu.revokedTokens).toContain(tok.data.refresh_token);
    expect(
      (await token({ grant_type: 'refresh_token', refresh_token: tok.data.refresh_token })).data,
    ).toEqual({
      error: 'invalid_grant',
    });
    expect((await api(emu, emu.realms.us, tok.data.access_token).get('/preferences')).status).toBe(
      401,
    );
  });

  it('needs client authentication', async () => {
    const res = await http.post(
      emu.oauth.revokeUrl,
      { token: 'x' },
      { headers: { Authorization: basic('x', 'y') } },
    );
    expect(res.status).toBe(401);
    expect(res.data).toEqual({ error: 'invalid_client' });
  });
});

describe('intuit-oauth against the emulator', () => {
  it('works with the endpoints pointed at the emulator', async () => {
    const { default: OAuthClient } = await import('intuit-oauth');
    const client = new OAuthClient({
      clientId: emu.app.clientId,
      clientSecret: emu.app.clientSecret,
      environment: 'sandbox',
      redirectUri: emu.app.redirectUris[0] ?? '',
      logging: false,
    });
    client.setAuthorizeURLs({
      authorizeEndpoint: emu.oauth.authorizeUrl,
      tokenEndpoint: emu.oauth.tokenUrl,
      revokeEndpoint: emu.oauth.revokeUrl,
      userInfoEndpoint: emu.oauth.userInfoUrl ?? '',
    });
    const url = client.authorizeUri({ scope: [OAuthClient.scopes.Accounting], state: 'abc' });
    const redirect = await http.get(url);
    const callback = String(redirect.headers.location);
    const created = await client.createToken(callback);
    expect(created.getJson().access_token).toBeTruthy();
    expect(client.getToken().realmId).toBe(emu.realms.us);
  });
});
