/**
 * The built bundles are what HubSpot runs: each must load with plain `require` (CommonJS, no
 * node_modules beside it) and its `main` must answer a real operation.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFunctions, functionsOutDir } from '../../scripts/build-functions';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulators/hubspot';

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
      propertiesToSend: { hs_object_id: hubspot.demo.deals.empty },
      secrets: secrets(),
    });
    expect(result).toEqual({ ok: true, data: { invoices: [] } });
  });

  it('answers an operation of another function with a clear error', async () => {
    const result = await load('invoices')({
      parameters: { op: 'setup.run', input: {} },
      secrets: secrets(),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
