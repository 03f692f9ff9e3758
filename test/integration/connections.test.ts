import axios from 'axios';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createState } from '../../serverless/connections/oauth-state';
import { REVOKE_BUDGET_MS } from '../../serverless/connections/service';
import { openTokens } from '../../serverless/connections/token-vault';
import { parseEncryptionKeys } from '../../serverless/config';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import { functionsAgainst } from '../support/functions';
import { virtualClock } from '../support/virtual-clock';
import { qboSecrets } from '../support/qbo-secrets';

let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let secrets: Record<string, string>;

beforeAll(async () => {
  [hubspot, qbo] = await Promise.all([
    startHubSpotEmulator({ seed: 'demo' }),
    startQuickBooksEmulator({ seed: 'demo' }),
  ]);
});
afterAll(async () => {
  await Promise.all([hubspot.close(), qbo.close()]);
});

type Run = ReturnType<typeof functionsAgainst>['run'];
let run: Run;

beforeEach(async () => {
  hubspot.reset('demo');
  qbo.reset('demo');
  secrets = qboSecrets(qbo);
  run = functionsAgainst(hubspot, secrets).run;
  expect((await run('setup.run', {})).ok).toBe(true);
});

interface View {
  realmId: string;
  companyName: string;
  country: string;
  homeCurrency: string;
  status: string;
  lastError: string | null;
  refreshTokenExpiresAt: string | null;
  lastUsedAt: string | null;
}

/** What the admin's browser does: open the authorize URL, let Intuit redirect, read the address. */
async function consent(realmId?: string): Promise<string> {
  const started = await run('connections.startConnect', {});
  expect(started.ok).toBe(true);
  const url = new URL((started.data as { authorizeUrl: string }).authorizeUrl);
  if (realmId) url.searchParams.set('realmId', realmId); // the emulator's stand-in for picking a company
  const response = await axios.get(url.toString(), { maxRedirects: 0, validateStatus: () => true });
  expect(response.status).toBe(302);
  return response.headers.location as string;
}

async function connectByPasteBack(realmId?: string) {
  return run('connections.complete', { redirectUrl: await consent(realmId) });
}

async function list(): Promise<View[]> {
  const result = await run('connections.list', {});
  return (result.data as { connections: View[] }).connections;
}

/** What the admin retypes to confirm a disconnect: the company's name as the list shows it. */
async function confirmation(realmId: string) {
  const name = (await list()).find((connection) => connection.realmId === realmId)?.companyName;
  return { realmId, confirmCompanyName: name ?? '' };
}

describe('connecting QuickBooks companies', () => {
  it('connects two companies, one by paste-back and one by the callback endpoint, with their facts', async () => {
    const first = await connectByPasteBack(qbo.realms.us);
    expect(first).toMatchObject({
      ok: true,
      data: { reconnected: false, connection: { realmId: qbo.realms.us, status: 'connected' } },
    });

    const location = new URL(await consent(qbo.realms.global));
    const page = await functionsAgainst(hubspot, secrets).oauthCallback({
      params: Object.fromEntries(location.searchParams),
      secrets,
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/is connected/);

    const connections = await list();
    expect(connections.map((c) => c.realmId).sort()).toEqual(
      [qbo.realms.us, qbo.realms.global].sort(),
    );
    const us = connections.find((c) => c.realmId === qbo.realms.us)!;
    const global = connections.find((c) => c.realmId === qbo.realms.global)!;
    expect(us).toMatchObject({
      country: 'US',
      homeCurrency: 'USD',
      status: 'connected',
      lastError: null,
    });
    expect(global.country).toMatch(/^(GB|CA)$/);
    expect(global.homeCurrency).toMatch(/^(GBP|CAD)$/);
    expect(Date.parse(us.refreshTokenExpiresAt!)).toBeGreaterThan(Date.now() + 90 * 86_400_000);
    expect(us.lastUsedAt).not.toBeNull();
  });

  it('updates the existing connection when a company is connected again', async () => {
    await connectByPasteBack(qbo.realms.us);
    const again = await connectByPasteBack(qbo.realms.us);
    expect(again).toMatchObject({ ok: true, data: { reconnected: true } });
    expect(await list()).toHaveLength(1);
  });

  it('refreshes an expired access token silently and stores the rotated tokens', async () => {
    await connectByPasteBack(qbo.realms.us);
    const before = connectionRecord(qbo.realms.us)?.token_ciphertext;
    qbo.expireAccessTokens(qbo.realms.us);
    const tested = await run('connections.test', { realmId: qbo.realms.us });
    expect(tested).toMatchObject({ ok: true, data: { connection: { status: 'connected' } } });
    expect(connectionRecord(qbo.realms.us)?.token_ciphertext).not.toBe(before);
    expect(qbo.requests.some((r) => r.path.includes('/oauth2/v1/tokens/bearer'))).toBe(true);
  });

  it('refuses a pasted address whose company was edited, and changes nothing', async () => {
    await connectByPasteBack(qbo.realms.global);
    const globalBefore = connectionRecord(qbo.realms.global);
    // Consent for the US company, then point the address at the connected GB company…
    const toOther = new URL(await consent(qbo.realms.us));
    toOther.searchParams.set('realmId', qbo.realms.global);
    const other = await run('connections.complete', { redirectUrl: toOther.toString() });
    expect(other.error).toMatchObject({ code: 'INVALID_INPUT', field: 'redirectUrl' });
    expect(other.error?.message).toMatch(/was not for company/);
    expect(connectionRecord(qbo.realms.global)).toEqual(globalBefore);
    expect(await run('connections.test', { realmId: qbo.realms.global })).toMatchObject({
      ok: true,
    });
    // …or at a company never connected: no record is made for it.
    const toUnknown = new URL(await consent(qbo.realms.us));
    toUnknown.searchParams.set('realmId', '9999999999');
    const unknown = await run('connections.complete', { redirectUrl: toUnknown.toString() });
    expect(unknown.error).toMatchObject({ code: 'INVALID_INPUT', field: 'redirectUrl' });
    expect(connectionRecord('9999999999')).toBeUndefined();
    expect((await list()).map((connection) => connection.realmId)).toEqual([qbo.realms.global]);
  });

  it('refreshes once for parallel calls of one warm instance, and keeps the newest tokens', async () => {
    await connectByPasteBack(qbo.realms.us);
    qbo.expireAccessTokens(qbo.realms.us);
    const tokenCalls = () =>
      qbo.requests.filter((request) => request.path === '/oauth2/v1/tokens/bearer').length;
    const before = tokenCalls();
    const instance = functionsAgainst(hubspot, secrets);
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => instance.run('connections.test', { realmId: qbo.realms.us })),
    );
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true]);
    expect(tokenCalls() - before).toBe(1);
    // A day later only the newest refresh token is alive; it must be the one kept.
    qbo.clock.advance(25 * 3_600_000);
    qbo.expireAccessTokens(qbo.realms.us);
    expect(await run('connections.test', { realmId: qbo.realms.us })).toMatchObject({ ok: true });
  });

  it('keeps a working refresh token when calls on two instances refresh at the same time', async () => {
    await connectByPasteBack(qbo.realms.us);
    qbo.expireAccessTokens(qbo.realms.us);
    // Each instance re-reads the stored tokens before refreshing and refreshes from the newest.
    // A storm whose writes cross (many instances, answers out of order) needs a lease: not yet.
    const [a, b] = await Promise.all([
      functionsAgainst(hubspot, secrets).run('connections.test', { realmId: qbo.realms.us }),
      functionsAgainst(hubspot, secrets).run('connections.test', { realmId: qbo.realms.us }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    qbo.clock.advance(25 * 3_600_000);
    qbo.expireAccessTokens(qbo.realms.us);
    expect(await run('connections.test', { realmId: qbo.realms.us })).toMatchObject({ ok: true });
  });

  it('marks a company whose refresh token died as needing reconnect, and reconnecting heals it', async () => {
    await connectByPasteBack(qbo.realms.us);
    qbo.killRefreshTokens(qbo.realms.us);
    qbo.expireAccessTokens(qbo.realms.us);
    const tested = await run('connections.test', { realmId: qbo.realms.us });
    expect(tested.error).toMatchObject({ code: 'RECONNECT_REQUIRED', retryable: false });
    expect(tested.error?.message).toMatch(/^Reconnect QuickBooks company/);
    expect((await list())[0]).toMatchObject({ status: 'needs_reconnect' });
    expect((await list())[0]?.lastError).toBeTruthy();

    expect(await connectByPasteBack(qbo.realms.us)).toMatchObject({
      ok: true,
      data: { reconnected: true },
    });
    expect(await list()).toMatchObject([{ status: 'connected', lastError: null }]);
  });

  it('disconnects: revoked at Intuit, tokens gone, linked invoices untouched', async () => {
    await connectByPasteBack(qbo.realms.us);
    await connectByPasteBack(qbo.realms.global);
    const invoiceType = hubspot.store.schemas().find((s) => s.name === 'qbo_invoice')!.objectTypeId;
    await axios.post(
      `${hubspot.url}/crm/v3/objects/${invoiceType}`,
      { properties: { link_key: `${qbo.realms.us}:1`, realm_id: qbo.realms.us, invoice_id: '1' } },
      { headers: { authorization: `Bearer ${hubspot.token}` } },
    );
    // A call without the retyped name (a card calling the admin function) changes nothing.
    const stray = await run('connections.disconnect', {
      realmId: qbo.realms.us,
      confirmCompanyName: 'something else',
    });
    expect(stray.error).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'input.confirmCompanyName',
    });
    expect(await run('connections.disconnect', { realmId: qbo.realms.us })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect((await list()).map((c) => c.realmId).sort()).toEqual(
      [qbo.realms.us, qbo.realms.global].sort(),
    );
    expect(qbo.revokedTokens).toEqual([]);
    const result = await run('connections.disconnect', await confirmation(qbo.realms.us));
    expect(result).toMatchObject({ ok: true, data: { revokedAtIntuit: true } });
    expect((result.data as { message: string }).message).toContain('stay linked');
    expect(qbo.revokedTokens.length).toBeGreaterThan(0);
    expect((await list()).map((c) => c.realmId)).toEqual([qbo.realms.global]);
    expect(connectionRecord(qbo.realms.us)).toBeUndefined();
    expect(hubspot.store.list(invoiceType)).toHaveLength(1);
  });

  it('confirms a disconnect with the name the settings page shows, for a company without one too', async () => {
    await connectByPasteBack(qbo.realms.us);
    const type = hubspot.store.schemas().find((s) => s.name === 'qbo_connection')!.objectTypeId;
    const record = hubspot.store.list(type).find((r) => r.properties.realm_id === qbo.realms.us)!;
    await axios.patch(
      `${hubspot.url}/crm/v3/objects/${type}/${record.id}`,
      { properties: { company_name: '' } },
      { headers: { authorization: `Bearer ${hubspot.token}` } },
    );
    const shown = (await list())[0]!.companyName;
    expect(shown).toBe(`QuickBooks company ${qbo.realms.us}`);
    const result = await run('connections.disconnect', {
      realmId: qbo.realms.us,
      confirmCompanyName: shown,
    });
    expect(result).toMatchObject({ ok: true });
    expect(await list()).toEqual([]);
  });

  it('still removes the tokens when Intuit cannot be told, and says so', async () => {
    await connectByPasteBack(qbo.realms.us);
    qbo.faults.failNext(50, 503);
    const clock = virtualClock();
    const started = clock.now();
    const result = await functionsAgainst(hubspot, secrets, { clock }).run(
      'connections.disconnect',
      await confirmation(qbo.realms.us),
    );
    // Intuit got its few seconds, not the whole call budget.
    expect(clock.now() - started).toBeLessThanOrEqual(REVOKE_BUDGET_MS + 1_000);
    expect(result).toMatchObject({ ok: true, data: { revokedAtIntuit: false } });
    expect((result.data as { message: string }).message).toMatch(/QuickBooks could not be told/);
    expect(await list()).toEqual([]);
  });

  it('never stores a token in plain text', async () => {
    await connectByPasteBack(qbo.realms.us);
    qbo.expireAccessTokens(qbo.realms.us);
    await run('connections.test', { realmId: qbo.realms.us });
    const record = connectionRecord(qbo.realms.us)!;
    // The real tokens, recovered with the deployment's own key...
    const tokens = openTokens(
      qbo.realms.us,
      { ciphertext: record.token_ciphertext!, keyId: record.token_key_id! },
      parseEncryptionKeys(secrets.TOKEN_ENCRYPTION_KEYS!),
    );
    expect(tokens.accessToken.length).toBeGreaterThan(10);
    // ...appear in no stored property, whole or in part.
    for (const [name, value] of Object.entries(record)) {
      for (const token of [tokens.accessToken, tokens.refreshToken]) {
        expect(String(value), name).not.toContain(token);
        expect(String(value), name).not.toContain(token.slice(0, 16));
      }
    }
  });
});

describe('connecting: bad input and faults', () => {
  it('refuses a pasted address that is not the redirect', async () => {
    const cases = [
      'hello',
      'https://example.com/somewhere-else?code=1&state=2&realmId=3',
      'https://example.com/quickbooks-connected',
    ];
    for (const redirectUrl of cases) {
      const result = await run('connections.complete', { redirectUrl });
      expect(result.error, redirectUrl).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'redirectUrl',
      });
      expect(result.error?.message).toMatch(/not the address QuickBooks sent you back to/);
    }
    expect((await run('connections.complete', { redirectUrl: '' })).error?.message).toMatch(
      /input\.redirectUrl/,
    );
  });

  it('refuses a forged, expired or foreign state', async () => {
    const location = new URL(await consent(qbo.realms.us));
    const withState = (state: string) => {
      const copy = new URL(location);
      copy.searchParams.set('state', state);
      return copy.toString();
    };
    const secret = Buffer.from(secrets.OAUTH_STATE_SECRET!, 'utf8');
    const forged = await run('connections.complete', {
      redirectUrl: withState(
        createState(String(hubspot.portalId), Buffer.from('another secret of thirty-two chars!!')),
      ),
    });
    expect(forged.error?.message).toMatch(/signature does not match/);
    const expired = await run('connections.complete', {
      redirectUrl: withState(
        createState(String(hubspot.portalId), secret, Date.now() - 11 * 60_000),
      ),
    });
    expect(expired.error?.message).toMatch(/expired/);
    const foreign = await run('connections.complete', {
      redirectUrl: withState(createState('999', secret)),
    });
    expect(foreign.error?.message).toMatch(/another HubSpot account/);
    expect(await list()).toEqual([]);
  });

  it('explains a declined consent', async () => {
    qbo.faults.denyConsent(true);
    const result = await connectByPasteBack();
    expect(result.error?.message).toMatch(/declined/);
    qbo.faults.denyConsent(false);
  });

  it('uses a sign-in link once: a second consent with the same state is refused and changes nothing', async () => {
    const started = await run('connections.startConnect', {});
    const authorize = new URL((started.data as { authorizeUrl: string }).authorizeUrl);
    authorize.searchParams.set('realmId', qbo.realms.us);
    // Two consents from one link: two fresh codes, one state.
    const redirects: string[] = [];
    for (let consent = 0; consent < 2; consent++) {
      const response = await axios.get(authorize.toString(), {
        maxRedirects: 0,
        validateStatus: () => true,
      });
      redirects.push(response.headers.location as string);
    }
    expect(new URL(redirects[0]!).searchParams.get('state')).toBe(
      new URL(redirects[1]!).searchParams.get('state'),
    );
    expect(await run('connections.complete', { redirectUrl: redirects[0] })).toMatchObject({
      ok: true,
    });
    const before = connectionRecord(qbo.realms.us);
    const exchanges = qbo.requests.filter((r) => r.path === '/oauth2/v1/tokens/bearer').length;
    const again = await run('connections.complete', { redirectUrl: redirects[1] });
    expect(again.error).toMatchObject({ code: 'INVALID_INPUT', field: 'state', retryable: false });
    expect(again.error?.message).toBe(
      'This sign-in link was already used, so nothing was connected or changed.',
    );
    // Refused before the code exchange: Intuit was not asked, the record is as it was.
    expect(qbo.requests.filter((r) => r.path === '/oauth2/v1/tokens/bearer')).toHaveLength(
      exchanges,
    );
    expect(connectionRecord(qbo.realms.us)).toEqual(before);
  });

  it('refuses a code used twice, by its state and at Intuit', async () => {
    const redirectUrl = await consent(qbo.realms.us);
    expect((await run('connections.complete', { redirectUrl })).ok).toBe(true);
    const again = await run('connections.complete', { redirectUrl });
    expect(again.error?.message).toMatch(/sign-in link was already used/);
    // The same code under a fresh state of this portal: Intuit refuses the code.
    const fresh = new URL(redirectUrl);
    fresh.searchParams.set(
      'state',
      createState(String(hubspot.portalId), Buffer.from(secrets.OAUTH_STATE_SECRET!, 'utf8')),
    );
    const reused = await run('connections.complete', { redirectUrl: fresh.toString() });
    expect(reused.error?.message).toMatch(/expired or was already used/);
  });

  it('names a missing secret and the command that sets it', async () => {
    const { OAUTH_STATE_SECRET: _drop, ...rest } = secrets;
    const missing = await functionsAgainst(hubspot, { ...rest, OAUTH_STATE_SECRET: '' }).run(
      'connections.startConnect',
      {},
    );
    expect(missing.error).toMatchObject({ code: 'CONFIGURATION' });
    expect(missing.error?.message).toContain('OAUTH_STATE_SECRET');
    const malformed = await functionsAgainst(hubspot, {
      ...secrets,
      TOKEN_ENCRYPTION_KEYS: 'k1:tooshort',
    }).run('connections.startConnect', {});
    expect(malformed.error?.message).toMatch(/TOKEN_ENCRYPTION_KEYS is malformed/);
  });

  it('says QuickBooks cannot be reached when it is down', async () => {
    const redirectUrl = await consent(qbo.realms.us);
    const clock = virtualClock();
    const started = clock.now();
    const down = await functionsAgainst(
      hubspot,
      { ...secrets, EMULATOR_QBO_TOKEN_URL: 'http://127.0.0.1:9/oauth2/v1/tokens/bearer' },
      { clock },
    ).run('connections.complete', { redirectUrl });
    expect(down.ok).toBe(false);
    expect(down.error?.retryable).toBe(true);
    expect(down.error?.message).toMatch(/reach QuickBooks/i);
    // It kept trying until the call's budget (on the function's clock) was nearly spent.
    expect(clock.now() - started).toBeGreaterThan(5_000);
    expect(clock.now() - started).toBeLessThanOrEqual(12_000);
  });
});

function connectionRecord(realmId: string): Record<string, string | null> | undefined {
  const type = hubspot.store.schemas().find((s) => s.name === 'qbo_connection')!.objectTypeId;
  return hubspot.store.list(type).find((r) => r.properties.realm_id === realmId)?.properties;
}
