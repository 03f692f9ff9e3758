import axios from 'axios';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import { functionUids } from '@qbo-invoicing/contract/catalog';
import type { MappingRow, OperationOutput, SyncSettings } from '@qbo-invoicing/contract';
import { defaultSyncSettings } from '../../serverless/sync/settings';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { connectCompany } from '../support/wizard';
import { api } from '../emulators/quickbooks/test-helpers';

let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let fns: ReturnType<typeof functionsAgainst>;

beforeAll(async () => {
  [hubspot, qbo] = await Promise.all([
    startHubSpotEmulator({ seed: 'demo' }),
    startQuickBooksEmulator({ seed: 'demo' }),
  ]);
});
afterAll(async () => {
  await Promise.all([hubspot.close(), qbo.close()]);
});

beforeEach(async () => {
  hubspot.reset('demo');
  qbo.reset('demo');
  qbo.limits.enabled = false;
  fns = functionsAgainst(hubspot, qboSecrets(qbo));
  expect((await fns.run('setup.run', {})).ok).toBe(true);
  await connectCompany(fns.run, qbo.realms.us);
});
afterEach(() => {
  expect(qbo.conformanceViolations).toEqual([]);
});

const CONTACT = '0-1';
const PRODUCT = '0-7';

/** A property an admin created in HubSpot, through HubSpot's properties API on the emulator. */
async function hubSpotProperty(
  type: string,
  name: string,
  propertyType: string,
  fieldType: string,
) {
  const response = await axios.post(
    `${hubspot.url}/crm/v3/properties/${type}`,
    {
      name,
      label: name.replace(/_/g, ' '),
      type: propertyType,
      fieldType,
      groupName: 'quickbooks',
    },
    { headers: { Authorization: `Bearer ${hubspot.token}` }, validateStatus: () => true },
  );
  expect(response.status, JSON.stringify(response.data)).toBe(201);
}

async function turnOn(): Promise<void> {
  const settings: SyncSettings = {
    ...defaultSyncSettings,
    contacts: { ...defaultSyncSettings.contacts, enabled: true },
    products: { ...defaultSyncSettings.products, enabled: true },
  };
  expect((await fns.run('sync.settings.save', { realmId: qbo.realms.us, settings })).error).toBe(
    undefined,
  );
}

const rowsOf = (answer: { data?: unknown }) =>
  (answer.data as OperationOutput<'sync.mappings.get'>).rows;
const rowFor = (rows: MappingRow[], property: string) => rows.find((r) => r.property === property);

describe('property mappings over both emulators', () => {
  it('shows the built-in mappings in sync, with Taxable on the qbo_taxable property setup added', async () => {
    const answer = await fns.run('sync.mappings.get', {
      realmId: qbo.realms.us,
      object: 'products',
    });
    expect(answer.error).toBeUndefined();
    const rows = rowsOf(answer);
    expect(rowFor(rows, 'qbo_taxable')).toMatchObject({
      field: 'Taxable',
      builtIn: true,
      state: 'in_sync',
      direction: 'to_hubspot',
    });
    expect(rows.filter((r) => r.builtIn).every((r) => r.state === 'in_sync')).toBe(true);
  });

  it('applies a saved custom mapping to the preview and to the sync', async () => {
    await hubSpotProperty('contacts', 'qbo_notes', 'string', 'textarea');
    await hubSpotProperty('contacts', 'qbo_open_balance', 'number', 'number');
    const customer = qbo
      .realm(qbo.realms.us)
      .customers()
      .find((c) => c.Active !== false && c.Balance !== undefined)!;
    const mappings = [
      { field: 'Notes', property: 'qbo_notes' },
      { field: 'Balance', property: 'qbo_open_balance' },
    ];
    const preview = await fns.run('sync.mappings.preview', {
      realmId: qbo.realms.us,
      object: 'contacts',
      mappings,
      recordId: customer.Id,
    });
    expect(preview.error).toBeUndefined();
    const shown = preview.data as OperationOutput<'sync.mappings.preview'>;
    expect(shown.record).toEqual({ id: customer.Id, name: customer.DisplayName });
    expect(shown.values).toContainEqual({
      property: 'qbo_open_balance',
      value: String(customer.Balance),
      custom: true,
    });

    const saved = await fns.run('sync.mappings.save', {
      realmId: qbo.realms.us,
      object: 'contacts',
      mappings,
    });
    expect(saved.error).toBeUndefined();
    expect(rowFor(rowsOf(saved), 'qbo_notes')).toMatchObject({ builtIn: false, state: 'in_sync' });

    await turnOn();
    // A bookkeeper writes a note on a new customer; the change feed brings it to HubSpot.
    const created = await api(qbo, qbo.realms.us).post('/customer', {
      DisplayName: 'Noted Customer',
      PrimaryEmailAddr: { Address: 'noted@customer.example' },
      Notes: 'Prefers invoices on the 1st',
    });
    expect(created.status).toBe(200);
    const caught = await fns.run('sync.catchUp', { realmId: qbo.realms.us });
    expect(caught.error).toBeUndefined();
    const [contact] = hubspot.store.find(
      CONTACT,
      (r) => r.properties.email === 'noted@customer.example',
    );
    expect(contact?.properties.qbo_notes).toBe('Prefers invoices on the 1st');
  });

  it('refuses a mapping whose types do not match, or whose property is missing, and saves nothing', async () => {
    await hubSpotProperty('contacts', 'qbo_customer_since', 'date', 'date');
    const refused = await fns.run('sync.mappings.save', {
      realmId: qbo.realms.us,
      object: 'contacts',
      mappings: [{ field: 'Notes', property: 'qbo_customer_since' }],
    });
    expect(refused.error).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'The types do not match: Notes holds text, and qbo_customer_since takes a date.',
      fix: 'Choose another HubSpot property for this QuickBooks field.',
      field: 'input.mappings.0',
    });
    const missing = await fns.run('sync.mappings.save', {
      realmId: qbo.realms.us,
      object: 'contacts',
      mappings: [{ field: 'Notes', property: 'no_such_property' }],
    });
    expect(missing.error?.message).toBe('HubSpot has no contact property named no_such_property.');

    // Said in the caller's language.
    const spanish = (await fns.host(null)(functionUids.admin, {
      parameters: {
        op: 'sync.mappings.save',
        input: {
          realmId: qbo.realms.us,
          object: 'contacts',
          mappings: [{ field: 'Notes', property: 'qbo_customer_since' }],
        },
        locale: 'es-mx',
      },
      propertiesToSend: [],
    })) as { error?: { message: string } };
    expect(spanish.error?.message).toBe(
      'Los tipos no coinciden: Notes contiene texto, y qbo_customer_since admite una fecha.',
    );

    const after = await fns.run('sync.mappings.get', {
      realmId: qbo.realms.us,
      object: 'contacts',
    });
    expect(rowsOf(after).filter((r) => !r.builtIn)).toEqual([]);
  });

  it('writes Taxable to products, and shows a mapping whose property was deleted as missing', async () => {
    await hubSpotProperty('products', 'qbo_reorder_point', 'number', 'number');
    expect(
      (
        await fns.run('sync.mappings.save', {
          realmId: qbo.realms.us,
          object: 'products',
          mappings: [{ field: 'ReorderPoint', property: 'qbo_reorder_point' }],
        })
      ).error,
    ).toBeUndefined();
    await turnOn();
    const income = qbo
      .realm(qbo.realms.us)
      .items()
      .find((i) => i.Type === 'Service')!.IncomeAccountRef;
    const item = await api(qbo, qbo.realms.us).post('/item', {
      Name: 'Taxable Widget Service',
      Type: 'Service',
      Taxable: true,
      UnitPrice: 12.5,
      IncomeAccountRef: income,
    });
    expect(item.status).toBe(200);
    expect((await fns.run('sync.catchUp', { realmId: qbo.realms.us })).error).toBeUndefined();
    const [product] = hubspot.store.find(
      PRODUCT,
      (r) => r.properties.name === 'Taxable Widget Service',
    );
    expect(product?.properties).toMatchObject({ qbo_taxable: 'true', price: '12.5' });

    const gone = await axios.delete(`${hubspot.url}/crm/v3/properties/products/qbo_reorder_point`, {
      headers: { Authorization: `Bearer ${hubspot.token}` },
      validateStatus: () => true,
    });
    expect(gone.status).toBe(204);
    const rows = rowsOf(
      await fns.run('sync.mappings.get', { realmId: qbo.realms.us, object: 'products' }),
    );
    expect(rowFor(rows, 'qbo_reorder_point')).toMatchObject({
      state: 'property_missing',
      problem: 'HubSpot has no product property named qbo_reorder_point.',
    });
  });
});
