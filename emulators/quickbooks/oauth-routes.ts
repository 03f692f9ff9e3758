// HTTP shapes of Intuit's OAuth endpoints (same paths as Intuit's, on the emulator's host).
import type { Answer, Core } from './core.js';
import { jsonAnswer } from './core.js';
import { JWKS_PATH } from './id-token.js';
import type { HttpAnswer } from './oauth.js';

export const OAUTH_PATHS = {
  authorize: '/connect/oauth2',
  token: '/oauth2/v1/tokens/bearer',
  revoke: '/v2/oauth2/tokens/revoke',
  userInfo: '/v1/openid_connect/userinfo',
  jwks: JWKS_PATH,
};

function toAnswer(a: HttpAnswer): Answer {
  if (a.location) return { status: a.status, headers: { location: a.location } };
  if (a.text !== undefined)
    return { status: a.status, contentType: 'text/plain; charset=utf-8', body: a.text };
  if (a.json !== undefined) return jsonAnswer(a.status, a.json);
  return { status: a.status, contentType: 'application/json', body: '' };
}

function parseRevokeBody(body: Buffer, contentType: string): string | undefined {
  const text = body.toString('utf8');
  if (contentType.includes('json')) {
    try {
      const parsed = JSON.parse(text) as { token?: unknown };
      return typeof parsed.token === 'string' ? parsed.token : undefined;
    } catch {
      return undefined;
    }
  }
  return new URLSearchParams(text).get('token') ?? undefined;
}

export function handleOAuth(
  core: Core,
  method: string,
  url: URL,
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
): Answer | undefined {
  const h = (n: string): string | undefined => {
    const v = headers[n];
    return Array.isArray(v) ? v[0] : v;
  };
  const path = url.pathname;
  if (path === OAUTH_PATHS.authorize && method === 'GET')
    return toAnswer(core.oauth.authorize(url.searchParams));
  if (path === OAUTH_PATHS.token && method === 'POST') {
    const form = new URLSearchParams(body.toString('utf8'));
    const hard = (h('x-include-refresh-token-hard-expires-in') ?? '').toLowerCase() === 'true';
    return toAnswer(core.oauth.tokenEndpoint(h('authorization'), form, hard));
  }
  if (path === OAUTH_PATHS.revoke && method === 'POST')
    return toAnswer(
      core.oauth.revoke(h('authorization'), parseRevokeBody(body, h('content-type') ?? '')),
    );
  if (path === OAUTH_PATHS.userInfo && method === 'GET')
    return toAnswer(core.oauth.userInfo(h('authorization')));
  if (path === OAUTH_PATHS.jwks && method === 'GET')
    return jsonAnswer(200, core.oauth.idTokens.jwks());
  return undefined;
}
