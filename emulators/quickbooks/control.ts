// HTTP controls under /__emulator/ so another process (the offline sandbox) can drive the emulator.
import { jsonAnswer, type Answer } from './core.js';
import { isObj, type Obj } from './json.js';
import type { QuickBooksEmulator } from './index.js';
import type { CompanyOptions } from './seed/company.js';

function parse(body: Buffer): Obj {
  if (body.length === 0) return {};
  try {
    const v = JSON.parse(body.toString('utf8')) as unknown;
    return isObj(v) ? v : {};
  } catch {
    return {};
  }
}

const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const realmArg = (b: Obj): string | undefined =>
  typeof b.realmId === 'string' ? b.realmId : undefined;

export function controlHandler(
  emu: () => QuickBooksEmulator,
): (method: string, url: URL, body: Buffer) => Answer {
  return (method, url, raw) => {
    const e = emu();
    const b = parse(raw);
    const route = `${method} ${url.pathname.replace(/\/+$/, '')}`;
    switch (route) {
      case 'GET /__emulator':
      case 'GET /__emulator/info':
        return jsonAnswer(200, info(e));
      case 'POST /__emulator/reset':
        e.reset(b.seed === 'empty' ? 'empty' : 'demo');
        return jsonAnswer(200, info(e));
      case 'GET /__emulator/clock':
        return jsonAnswer(200, { now: e.clock.now().toISOString() });
      case 'POST /__emulator/clock':
        if (typeof b.set === 'string') e.clock.set(new Date(b.set));
        if (typeof b.advanceMs === 'number') e.clock.advance(b.advanceMs);
        return jsonAnswer(200, { now: e.clock.now().toISOString() });
      case 'GET /__emulator/faults':
        return jsonAnswer(200, {
          latencyMs: e.faults.latencyMs,
          unauthorizedForm: e.faults.unauthorizedForm,
        });
      case 'POST /__emulator/faults': {
        if (typeof b.latencyMs === 'number') e.faults.latencyMs = b.latencyMs;
        if (isObj(b.failNext)) e.faults.failNext(num(b.failNext.n, 1), num(b.failNext.status, 500));
        if (typeof b.dropNext === 'number') e.faults.dropNext(b.dropNext);
        if (Array.isArray(b.holdTokenAnswers))
          e.faults.holdTokenAnswers(b.holdTokenAnswers.filter((ms) => typeof ms === 'number'));
        if (isObj(b.unauthorizedNext))
          e.faults.unauthorizedNext(
            num(b.unauthorizedNext.n, 1),
            b.unauthorizedNext.form === 'xml' ? 'xml' : 'json',
          );
        if (typeof b.denyConsent === 'boolean') e.faults.denyConsent(b.denyConsent);
        if (b.unauthorizedForm === 'xml' || b.unauthorizedForm === 'json')
          e.faults.unauthorizedForm = b.unauthorizedForm;
        return jsonAnswer(200, { ok: true });
      }
      case 'POST /__emulator/limits':
        if (typeof b.enabled === 'boolean') e.limits.enabled = b.enabled;
        return jsonAnswer(200, { enabled: e.limits.enabled });
      case 'POST /__emulator/tokens/issue': {
        const realmId = realmArg(b) ?? e.realms.us;
        return jsonAnswer(200, { realmId, ...e.issueTokens(realmId) });
      }
      case 'POST /__emulator/tokens/expire':
        e.expireAccessTokens(realmArg(b));
        return jsonAnswer(200, { ok: true });
      case 'POST /__emulator/tokens/kill':
        e.killRefreshTokens(realmArg(b));
        return jsonAnswer(200, { ok: true });
      case 'GET /__emulator/tokens/revoked':
        return jsonAnswer(200, { revokedTokens: e.revokedTokens });
      case 'GET /__emulator/webhooks':
        return jsonAnswer(200, {
          url: e.webhooks.url,
          format: e.webhooks.format,
          deliveries: e.webhooks.deliveries,
        });
      case 'POST /__emulator/webhooks':
        if (typeof b.url === 'string' || b.url === null) e.webhooks.url = b.url;
        if (b.format === 'legacy' || b.format === 'cloudevents') e.webhooks.format = b.format;
        if (Array.isArray(b.retryDelaysMs))
          e.webhooks.retryDelaysMs = b.retryDelaysMs.filter(
            (x): x is number => typeof x === 'number',
          );
        return jsonAnswer(200, { url: e.webhooks.url, format: e.webhooks.format });
      case 'GET /__emulator/requests':
        return jsonAnswer(200, { requests: e.requests });
      case 'DELETE /__emulator/requests':
        e.requests.length = 0;
        return jsonAnswer(200, { ok: true });
      case 'POST /__emulator/redirect-uris':
        if (typeof b.uri === 'string') e.addRedirectUri(b.uri);
        return jsonAnswer(200, { redirectUris: e.app.redirectUris });
      case 'POST /__emulator/realms':
        return jsonAnswer(200, {
          realmId: e.createRealm(b as unknown as Omit<CompanyOptions, 'realmId'>),
        });
      case 'POST /__emulator/close-books': {
        const realmId = realmArg(b);
        if (!realmId || typeof b.closingDate !== 'string')
          return jsonAnswer(400, { error: 'realmId and closingDate required' });
        e.closeBooks(realmId, b.closingDate);
        return jsonAnswer(200, { ok: true });
      }
      case 'GET /__emulator/conformance':
        return jsonAnswer(200, { violations: e.conformanceViolations });
      case 'GET /__emulator/oauth/callback':
        // A landing page for trying the OAuth flow by hand: shows what Intuit would hand the app.
        return jsonAnswer(200, Object.fromEntries(url.searchParams));
      default:
        return jsonAnswer(404, { error: 'unknown emulator control', route });
    }
  };
}

function info(e: QuickBooksEmulator): Obj {
  return {
    url: e.url,
    apiBase: `${e.url}/v3/company`,
    oauth: e.oauth,
    app: e.app,
    realms: e.realms,
    now: e.clock.now().toISOString(),
  };
}
