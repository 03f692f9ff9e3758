/**
 * The built bundles are what HubSpot runs: each must load with plain `require` (CommonJS, no
 * node_modules beside it) and its `main` must answer a real operation.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFunctions, functionsOutDir } from '../../scripts/build-functions';
import axios from 'axios';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import { qboSecrets } from '../support/qbo-secrets';

const require = createRequire(import.meta.url);
let hubspot: HubSpotEmulator;

beforeAll(async () => {
  await buildFunctions();
  hubspot = await startHubSpotEmulator({ seed: 'demo' });
}, 120_000);
afterAll(() => hubspot.close());

type Main = (
  context: unknown,
) => Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>;
const load = (name: string) =>
  (require(join(functionsOutDir, `${name}.js`)) as { main: Main }).main;

/** A fresh copy of a bundle, as a cold start loads it (its config is read once per load). */
const loadCold = (name: string) => {
  delete require.cache[require.resolve(join(functionsOutDir, `${name}.js`))];
  return load(name);
};

describe('built function bundles', () => {
  const secrets = () => ({
    PRIVATE_APP_ACCESS_TOKEN: hubspot.token,
    EMULATOR_HUBSPOT_API_URL: hubspot.url,
  });

  it('admin.js runs setup against the emulator', async () => {
    const main = load('admin');
    const result = await main({
      parameters: { op: 'setup.run', input: {} },
      propertiesToSend: {},
      secrets: secrets(),
    });
    expect(result).toMatchObject({ ok: true, data: { done: true } });
  });

  it('invoices.js lists a deal’s invoices', async () => {
    const main = load('invoices');
    const result = await main({
      parameters: { op: 'invoices.listForRecord', input: { objectType: 'deals' } },
      // What HubSpot sends for the deal the card is on: its id, create date and name.
      propertiesToSend: {
        hs_object_id: hubspot.demo.deals.empty,
        createdate: hubspot.store.get('0-3', hubspot.demo.deals.empty)?.properties.createdate,
        dealname: hubspot.store.get('0-3', hubspot.demo.deals.empty)?.properties.dealname,
      },
      secrets: secrets(),
    });
    expect(result).toEqual({
      ok: true,
      data: { invoices: [], totals: [], freshness: [], companies: 'none' },
    });
  });

  it('answers an operation of another function with a clear error', async () => {
    const result = await load('invoices')({
      parameters: { op: 'setup.run', input: {} },
      secrets: secrets(),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('the built admin.js bundle with QuickBooks', () => {
  // The bundles replace winston and jsonwebtoken with stubs and share one axios between our code
  // and intuit-oauth; this runs every intuit-oauth path the product uses through the bundle.
  let qbo: QuickBooksEmulator;
  beforeAll(async () => {
    qbo = await startQuickBooksEmulator({ seed: 'demo' });
  });
  afterAll(() => qbo.close());

  it('connects a company (token exchange), refreshes its token and disconnects (revoke)', async () => {
    const main = loadCold('admin');
    const secrets = {
      PRIVATE_APP_ACCESS_TOKEN: hubspot.token,
      EMULATOR_HUBSPOT_API_URL: hubspot.url,
      ...qboSecrets(qbo),
    };
    const run = (op: string, input: unknown) =>
      main({ parameters: { op, input }, propertiesToSend: {}, secrets });
    expect(await run('setup.run', {})).toMatchObject({ ok: true });

    const started = await run('connections.startConnect', {});
    expect(started.ok).toBe(true);
    const authorizeUrl = new URL((started.data as { authorizeUrl: string }).authorizeUrl);
    expect(authorizeUrl.origin).toBe(qbo.url);
    authorizeUrl.searchParams.set('realmId', qbo.realms.global);
    const consent = await axios.get(authorizeUrl.toString(), {
      maxRedirects: 0,
      validateStatus: () => true,
    });
    expect(consent.status).toBe(302);

    const completed = await run('connections.complete', {
      redirectUrl: String(consent.headers.location),
    });
    expect(completed).toMatchObject({
      ok: true,
      data: { connection: { realmId: qbo.realms.global, status: 'connected' } },
    });
    const exchanges = () =>
      qbo.requests.filter((r) => r.method === 'POST' && r.path === '/oauth2/v1/tokens/bearer');
    expect(exchanges().map((r) => r.status)).toEqual([200]);

    qbo.expireAccessTokens(qbo.realms.global);
    expect(await run('connections.test', { realmId: qbo.realms.global })).toMatchObject({
      ok: true,
    });
    expect(exchanges().map((r) => r.status)).toEqual([200, 200]);

    expect(qbo.revokedTokens).toEqual([]);
    const listed = (await run('connections.list', {})) as {
      data: { connections: Array<{ realmId: string; companyName: string }> };
    };
    const name = listed.data.connections.find((c) => c.realmId === qbo.realms.global)!.companyName;
    expect(
      await run('connections.disconnect', { realmId: qbo.realms.global, confirmCompanyName: name }),
    ).toMatchObject({ ok: true });
    expect(qbo.revokedTokens).toHaveLength(1);
  });
});
