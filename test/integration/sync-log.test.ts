import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import {
  functionUids,
  type CustomerSyncLink,
  type SyncLogEntry,
  type SyncSettings,
} from '@qbo-invoicing/contract';
import { defaultSyncSettings } from '../../serverless/sync/settings';
import { MAX_LOG_ENTRIES } from '../../serverless/sync/log';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { connectCompany } from '../support/wizard';
import { api, type Json } from '../emulators/quickbooks/test-helpers';

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
  await turnOn();
});
afterEach(() => {
  expect(qbo.conformanceViolations).toEqual([]);
});

const CONTACT = '0-1';

async function turnOn(): Promise<void> {
  const settings: SyncSettings = {
    ...defaultSyncSettings,
    contacts: { ...defaultSyncSettings.contacts, enabled: true },
    products: { ...defaultSyncSettings.products, enabled: true },
  };
  const saved = await fns.run('sync.settings.save', { realmId: qbo.realms.us, settings });
  expect(saved.error).toBeUndefined();
}

async function ok<T>(op: string, input: unknown, record: Parameters<typeof fns.run>[2] = null) {
  const result = await fns.run(op, input, record);
  expect(result.error).toBeUndefined();
  return result.data as T;
}

type LogPage = {
  entries: SyncLogEntry[];
  total: number;
  nextOffset: number | null;
  openFailures: number;
};
const list = (filters: Record<string, unknown> = {}) =>
  ok<LogPage>('sync.log.list', { realmId: qbo.realms.us, ...filters });
const catchUp = () =>
  ok<{ counts: Record<string, number> }>('sync.catchUp', { realmId: qbo.realms.us });

async function customer(body: Json): Promise<Json> {
  const response = await api(qbo, qbo.realms.us).post('/customer', body);
  expect(response.status, JSON.stringify(response.data)).toBe(200);
  return response.data.Customer;
}

/**
 * Someone deleted the app's "Inactive in QuickBooks" contact property in HubSpot: every contact
 * write is refused (HubSpot's PROPERTY_DOESNT_EXIST), until setup puts it back.
 */
async function breakContactWrites(): Promise<void> {
  const response = await fetch(`${hubspot.url}/crm/v3/properties/contacts/qbo_inactive`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${hubspot.token}` },
  });
  expect(response.status).toBe(204);
}
async function repairWithSetup(): Promise<void> {
  expect((await fns.run('setup.run', {})).ok).toBe(true);
}

describe('the sync log over both emulators', () => {
  it('logs a failure with HubSpot’s reason; Retry runs it again and the log shows the new outcome', async () => {
    await breakContactWrites();
    const rosa = await customer({
      DisplayName: 'Rosa Park',
      PrimaryEmailAddr: { Address: 'rosa@parkside.example' },
      Notes: 'Pays by transfer',
    });
    expect((await catchUp()).counts.failed).toBe(1);

    const failed = await list({ outcome: 'failed' });
    expect(failed.entries).toHaveLength(1);
    expect(failed.openFailures).toBe(1);
    expect(failed.entries[0]).toMatchObject({
      object: 'contacts',
      outcome: 'failed',
      qboId: rosa.Id,
      name: 'Rosa Park',
      hubspotId: null,
      canRetry: true,
    });
    expect(failed.entries[0]!.reason).toMatch(/^HubSpot refused the record: .*qbo_inactive/);

    await repairWithSetup();
    // The admin's own mapping, saved meanwhile, applies to the retry as to the change feed.
    const property = await fetch(`${hubspot.url}/crm/v3/properties/contacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hubspot.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'qbo_notes',
        label: 'QuickBooks notes',
        type: 'string',
        fieldType: 'textarea',
        groupName: 'quickbooks',
      }),
    });
    expect(property.status).toBe(201);
    await ok('sync.mappings.save', {
      realmId: qbo.realms.us,
      object: 'contacts',
      mappings: [{ field: 'Notes', property: 'qbo_notes' }],
    });
    const retry = await ok<{ retried: number; counts: { created: number }; remaining: number }>(
      'sync.log.retry',
      { realmId: qbo.realms.us, entryId: failed.entries[0]!.id },
    );
    expect(retry).toMatchObject({ retried: 1, counts: { created: 1 }, remaining: 0 });
    const contacts = hubspot.store.find(
      CONTACT,
      (r) => r.properties.email === 'rosa@parkside.example',
    );
    expect(contacts).toHaveLength(1);
    expect(contacts[0]!.properties.qbo_notes).toBe('Pays by transfer');

    const after = await list();
    expect(after.entries.map((e) => [e.outcome, e.qboId, e.canRetry])).toEqual([
      ['created', rosa.Id, false],
      ['failed', rosa.Id, false],
    ]);
    expect(after.entries[0]!.hubspotId).toBe(contacts[0]!.id);
    expect(after.openFailures).toBe(0);
    // A failure already retried cannot be retried twice.
    const again = await fns.run('sync.log.retry', {
      realmId: qbo.realms.us,
      entryId: failed.entries[0]!.id,
    });
    expect(again.error?.code).toBe('CONFLICT');
  });

  it('Retry all failures runs every open failure of the company again', async () => {
    await breakContactWrites();
    for (const name of ['Ana', 'Ben', 'Cleo'])
      await customer({
        DisplayName: `${name} Example`,
        PrimaryEmailAddr: { Address: `${name.toLowerCase()}@example.org` },
      });
    await catchUp();
    expect((await list()).openFailures).toBe(3);
    await repairWithSetup();
    // The admin's own mapping, saved meanwhile, applies to the retry as to the change feed.
    const property = await fetch(`${hubspot.url}/crm/v3/properties/contacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hubspot.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'qbo_notes',
        label: 'QuickBooks notes',
        type: 'string',
        fieldType: 'textarea',
        groupName: 'quickbooks',
      }),
    });
    expect(property.status).toBe(201);
    await ok('sync.mappings.save', {
      realmId: qbo.realms.us,
      object: 'contacts',
      mappings: [{ field: 'Notes', property: 'qbo_notes' }],
    });
    const retry = await ok<{ retried: number; counts: { created: number }; remaining: number }>(
      'sync.log.retry',
      { realmId: qbo.realms.us },
    );
    expect(retry).toMatchObject({ retried: 3, counts: { created: 3 }, remaining: 0 });
    const page = await list({ outcome: 'created' });
    expect(page.entries.map((e) => e.name).sort()).toEqual([
      'Ana Example',
      'Ben Example',
      'Cleo Example',
    ]);
    expect((await list()).openFailures).toBe(0);
  });

  it('filters by object and outcome, pages, and says reasons in the caller’s language', async () => {
    await customer({ DisplayName: 'Dana Filter', PrimaryEmailAddr: { Address: 'dana@f.example' } });
    // A bundle is skipped with a reason.
    const income = qbo
      .realm(qbo.realms.us)
      .items()
      .find((i) => i.Type === 'Service')!.IncomeAccountRef as Json;
    const service = await api(qbo, qbo.realms.us).post('/item', {
      Type: 'Service',
      Name: 'Filter service',
      IncomeAccountRef: income,
    });
    expect(service.status).toBe(200);
    await catchUp();
    const contacts = await list({ object: 'contacts' });
    expect(contacts.entries.every((e) => e.object === 'contacts')).toBe(true);
    expect(contacts.entries.map((e) => e.name)).toContain('Dana Filter');
    const products = await list({ object: 'products', outcome: 'created' });
    expect(products.entries.map((e) => e.name)).toEqual(['Filter service']);

    const all = await list();
    const first = await list({ limit: 1 });
    expect(first.entries).toEqual(all.entries.slice(0, 1));
    expect(first.nextOffset).toBe(all.total > 1 ? 1 : null);

    await breakContactWrites();
    await customer({ DisplayName: 'Eva Falla', PrimaryEmailAddr: { Address: 'eva@f.example' } });
    await catchUp();
    const spanish = (await fns.host(null)(functionUids.admin, {
      parameters: {
        op: 'sync.log.list',
        input: { realmId: qbo.realms.us, outcome: 'failed' },
        locale: 'es-ES',
      },
      propertiesToSend: [],
    })) as { ok: boolean; data: LogPage };
    expect(spanish.data.entries[0]!.reason).toMatch(/^HubSpot rechazó el registro: /);
  });

  it(`keeps at most ${MAX_LOG_ENTRIES} entries, the newest, without a HubSpot call of its own`, async () => {
    const count = MAX_LOG_ENTRIES + 15;
    for (let n = 0; n < count; n++)
      await customer({
        DisplayName: `Bulk ${String(n).padStart(3, '0')}`,
        PrimaryEmailAddr: { Address: `bulk${n}@bulk.example` },
      });
    const before = hubspot.requests.length;
    await catchUp();
    const connectionWrites = hubspot.requests
      .slice(before)
      .filter((r) => r.method === 'PATCH' && r.path.includes('/crm/v3/objects/2-'));
    // The log went out with the cursor: one write of the connection record.
    expect(connectionWrites).toHaveLength(1);
    const all = await list({ limit: 50 });
    expect(all.total).toBe(MAX_LOG_ENTRIES);
    const names: string[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const page: LogPage = await list({ limit: 50, offset });
      names.push(...page.entries.map((e) => e.name));
      offset = page.nextOffset;
    }
    expect(names).toHaveLength(MAX_LOG_ENTRIES);
    // The oldest decisions went first.
    expect(names).not.toContain('Bulk 000');
    expect(names).toContain(`Bulk ${String(count - 1).padStart(3, '0')}`);
  });
});

describe('the card’s sync line over both emulators', () => {
  const onContact = (id: string) => ({ objectTypeId: CONTACT, objectId: id });

  it('shows the contact’s QuickBooks customer, its last problem, and Retry fixes it', async () => {
    const rosa = await customer({
      DisplayName: 'Rosa Card',
      PrimaryEmailAddr: { Address: 'rosa@card.example' },
    });
    await catchUp();
    const [contact] = hubspot.store.find(
      CONTACT,
      (r) => r.properties.email === 'rosa@card.example',
    );
    const status = await ok<{ links: CustomerSyncLink[] }>(
      'sync.recordStatus',
      { objectType: 'contacts' },
      onContact(contact!.id),
    );
    expect(status.links).toEqual([
      expect.objectContaining({
        realmId: qbo.realms.us,
        customerId: rosa.Id,
        customerName: 'Rosa Card',
        problem: null,
      }),
    ]);
    expect(status.links[0]!.quickBooksUrl).toContain(`nameId=${rosa.Id}`);
    expect(status.links[0]!.lastSyncedAt).not.toBeNull();

    // A change QuickBooks makes cannot reach HubSpot: the card shows the problem.
    await breakContactWrites();
    const current = (await api(qbo, qbo.realms.us).get(`/customer/${rosa.Id}`)).data.Customer;
    await api(qbo, qbo.realms.us).post('/customer', {
      Id: rosa.Id,
      SyncToken: current.SyncToken,
      sparse: true,
      PrimaryPhone: { FreeFormNumber: '(555) 010-3000' },
    });
    await catchUp();
    const broken = await ok<{ links: CustomerSyncLink[] }>(
      'sync.recordStatus',
      { objectType: 'contacts' },
      onContact(contact!.id),
    );
    const problem = broken.links[0]!.problem!;
    expect(problem).toMatchObject({ outcome: 'failed' });
    expect(problem.reason).toMatch(/HubSpot refused the record/);

    await repairWithSetup();
    const fixed = await ok<{ links: CustomerSyncLink[] }>(
      'sync.recordRetry',
      { objectType: 'contacts', realmId: qbo.realms.us, entryId: problem.entryId },
      onContact(contact!.id),
    );
    expect(fixed.links[0]!.problem).toBeNull();
    expect(hubspot.store.get(CONTACT, contact!.id)?.properties.phone).toBe('(555) 010-3000');
  });

  it('on a company: the customer it was created for and its contacts’ customers, once each', async () => {
    const parkside = await customer({
      DisplayName: 'Parkside Gardens',
      CompanyName: 'Parkside Gardens',
      PrimaryEmailAddr: { Address: 'office@parkside-gardens.example' },
    });
    await catchUp();
    const [company] = hubspot.store.find(
      '0-2',
      (r) => r.properties.qbo_customer_key === `${qbo.realms.us}:${parkside.Id}`,
    );
    expect(company).toBeDefined();
    const status = await ok<{ links: CustomerSyncLink[] }>(
      'sync.recordStatus',
      { objectType: 'companies' },
      { objectTypeId: '0-2', objectId: company!.id },
    );
    expect(status.links.map((l) => [l.customerId, l.customerName, l.companyName])).toEqual([
      [parkside.Id, 'Parkside Gardens', expect.any(String)],
    ]);
  });

  it('refuses to retry a log entry about another record’s customer', async () => {
    await breakContactWrites();
    await customer({
      DisplayName: 'Someone Else',
      PrimaryEmailAddr: { Address: 'else@x.example' },
    });
    await catchUp();
    const [failure] = (await list({ outcome: 'failed' })).entries;
    const amy = hubspot.demo.contacts.amy;
    const result = await fns.run(
      'sync.recordRetry',
      { objectType: 'contacts', realmId: qbo.realms.us, entryId: failure!.id },
      onContact(amy),
    );
    expect(result.error?.code).toBe('NOT_FOUND');
  });

  it('shows nothing for a contact no QuickBooks customer is linked to', async () => {
    const status = await ok<{ links: CustomerSyncLink[] }>(
      'sync.recordStatus',
      { objectType: 'contacts' },
      onContact(hubspot.demo.contacts.amy),
    );
    expect(status.links).toEqual([]);
  });
});

describe('deletes and inactive records the app did not link', () => {
  const PRODUCT = '0-7';
  const rules = async (products: Partial<SyncSettings['products']>) => {
    const settings: SyncSettings = {
      ...defaultSyncSettings,
      contacts: { ...defaultSyncSettings.contacts, enabled: true },
      products: { ...defaultSyncSettings.products, enabled: true, ...products },
    };
    await ok('sync.settings.save', { realmId: qbo.realms.us, settings });
  };
  async function item(name: string): Promise<Json> {
    const income = qbo
      .realm(qbo.realms.us)
      .items()
      .find((i) => i.Type === 'Service')!.IncomeAccountRef as Json;
    const response = await api(qbo, qbo.realms.us).post('/item', {
      Type: 'Service',
      Name: name,
      IncomeAccountRef: income,
    });
    expect(response.status).toBe(200);
    return response.data.Item;
  }
  /** Deleted in QuickBooks' own screens: the change feed reports a `Deleted` tombstone. */
  const deleteOutright = (id: string) =>
    qbo.realm(qbo.realms.us).store.remove('Item', id, new Date());

  it('an item deleted outright that was linked goes through the deleting rule, named in the log', async () => {
    const pump = await item('Linked pump');
    await catchUp();
    const [product] = hubspot.store.find(PRODUCT, (r) => r.properties.name === 'Linked pump');
    expect(product).toBeDefined();
    deleteOutright(pump.Id);
    expect((await catchUp()).counts.inactive).toBe(1);
    expect(hubspot.store.get(PRODUCT, product!.id)?.properties.qbo_inactive).toBe('true');
    const [newest] = (await list({ object: 'products' })).entries;
    expect(newest).toMatchObject({
      outcome: 'inactive',
      qboId: pump.Id,
      name: 'Linked pump',
      hubspotId: product!.id,
    });
  });

  it('an item deleted outright that was never linked leaves HubSpot alone and says so', async () => {
    await rules({ createAndUpdate: 'nothing', deleting: 'archive' });
    // A HubSpot product of the same name that the app never linked.
    const made = await fetch(`${hubspot.url}/crm/v3/objects/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hubspot.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ properties: { name: 'Orphan pump', price: '10' } }),
    });
    expect(made.status).toBe(201);
    const own = hubspot.store.get(PRODUCT, ((await made.json()) as { id: string }).id);
    const orphan = await item('Orphan pump');
    await catchUp();
    deleteOutright(orphan.Id);
    await catchUp();
    expect(hubspot.store.get(PRODUCT, own!.id)).toBeDefined();
    expect(hubspot.store.get(PRODUCT, own!.id)?.properties.qbo_inactive ?? '').toBe('');
    const [newest] = (await list({ object: 'products' })).entries;
    expect(newest).toMatchObject({
      outcome: 'skipped',
      qboId: orphan.Id,
      reason: 'deleted in QuickBooks and not linked to a HubSpot record',
    });
  });

  it('a customer made inactive that was never linked leaves the contact with its email alone', async () => {
    const amy = hubspot.store.get(CONTACT, hubspot.demo.contacts.amy)!;
    // Created while contact sync could not write it, then made inactive: never linked.
    await ok('sync.settings.save', {
      realmId: qbo.realms.us,
      settings: {
        ...defaultSyncSettings,
        contacts: {
          ...defaultSyncSettings.contacts,
          enabled: true,
          createAndUpdate: 'nothing',
          deleting: 'archive',
          archiveConfirmed: true,
        },
      },
    });
    const twin = await customer({
      DisplayName: 'Amy twin',
      PrimaryEmailAddr: { Address: amy.properties.email! },
    });
    await catchUp();
    const current = (await api(qbo, qbo.realms.us).get(`/customer/${twin.Id}`)).data.Customer;
    await api(qbo, qbo.realms.us).post('/customer', {
      Id: twin.Id,
      SyncToken: current.SyncToken,
      sparse: true,
      Active: false,
    });
    await catchUp();
    expect(hubspot.store.get(CONTACT, amy.id)).toBeDefined();
    expect(hubspot.store.get(CONTACT, amy.id)?.properties.qbo_inactive ?? '').toBe('');
    const [newest] = (await list({ object: 'contacts' })).entries;
    expect(newest).toMatchObject({
      outcome: 'skipped',
      qboId: twin.Id,
      reason: 'inactive in QuickBooks and not linked',
    });
  });
});
