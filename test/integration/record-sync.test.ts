import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import {
  startQuickBooksEmulator,
  webhookSignature,
  type QuickBooksEmulator,
} from '../../emulators/quickbooks';
import type { SyncCounts, SyncSettings } from '@qbo-invoicing/contract';
import { defaultSyncSettings } from '../../serverless/sync/settings';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { virtualClock } from '../support/virtual-clock';
import { connectCompany, onDeal } from '../support/wizard';
import { api, type Json } from '../emulators/quickbooks/test-helpers';

let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let fns: ReturnType<typeof functionsAgainst>;
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

beforeEach(async () => {
  hubspot.reset('demo');
  qbo.reset('demo');
  qbo.limits.enabled = false;
  secrets = qboSecrets(qbo);
  fns = functionsAgainst(hubspot, secrets);
  expect((await fns.run('setup.run', {})).ok).toBe(true);
  await connectCompany(fns.run, qbo.realms.us);
  await connectCompany(fns.run, qbo.realms.global);
});
afterEach(() => {
  expect(qbo.conformanceViolations).toEqual([]);
});

const CONTACT = '0-1';
const COMPANY = '0-2';
const PRODUCT = '0-7';

type Rules = Partial<SyncSettings['contacts']>;

async function turnOn(
  realmId: string,
  rules: { contacts?: Rules; products?: Rules } = {},
): Promise<void> {
  const settings: SyncSettings = {
    ...defaultSyncSettings,
    contacts: { ...defaultSyncSettings.contacts, enabled: true, ...rules.contacts },
    products: { ...defaultSyncSettings.products, enabled: true, ...rules.products },
  };
  const saved = await fns.run('sync.settings.save', { realmId, settings });
  expect(saved.error).toBeUndefined();
}

async function catchUp(realmId = qbo.realms.us) {
  const result = await fns.run('sync.catchUp', { realmId });
  expect(result.error).toBeUndefined();
  return result.data as { counts: SyncCounts; reasons: Array<{ reason: string }> };
}

/** What a bookkeeper does to customers and items, through QuickBooks' API on the emulator. */
function books(realmId = qbo.realms.us) {
  const http = () => api(qbo, realmId);
  const ok = (response: { status: number; data: Json }) => {
    expect(response.status, JSON.stringify(response.data)).toBe(200);
    return response.data;
  };
  return {
    async customer(body: Json): Promise<Json> {
      return ok(await http().post('/customer', body)).Customer;
    },
    async changeCustomer(id: string, change: Json): Promise<Json> {
      const current = ok(await http().get(`/customer/${id}`)).Customer;
      return ok(
        await http().post('/customer', {
          Id: id,
          SyncToken: current.SyncToken,
          sparse: true,
          ...change,
        }),
      ).Customer;
    },
    async item(body: Json): Promise<Json> {
      const income = qbo
        .realm(realmId)
        .items()
        .find((i) => i.Type === 'Service')!.IncomeAccountRef as Json;
      return ok(await http().post('/item', { Type: 'Service', IncomeAccountRef: income, ...body }))
        .Item;
    },
    async changeItem(id: string, change: Json): Promise<Json> {
      const current = ok(await http().get(`/item/${id}`)).Item;
      return ok(
        await http().post('/item', {
          ...current,
          ...change,
        }),
      ).Item;
    },
  };
}

const contactsWith = (property: string, value: string) =>
  hubspot.store.find(CONTACT, (r) => r.properties[property]?.toLowerCase() === value.toLowerCase());
const productsWith = (property: string, value: string) =>
  hubspot.store.find(PRODUCT, (r) => r.properties[property] === value);
const companiesOf = (contactId: string) =>
  hubspot.store
    .associations(CONTACT, contactId, COMPANY)
    .map((link) => hubspot.store.get(COMPANY, link.id)!);

describe('contact sync over both emulators', () => {
  it('creates a contact and its company, updates it, and never duplicates under retries', async () => {
    await turnOn(qbo.realms.us);
    const rosa = await books().customer({
      DisplayName: 'Rosa Park',
      GivenName: 'Rosa',
      FamilyName: 'Park',
      CompanyName: 'Parkside Gardens',
      PrimaryEmailAddr: { Address: 'rosa@parkside.example' },
      PrimaryPhone: { FreeFormNumber: '(555) 010-2000' },
    });
    const first = await catchUp();
    expect(first.counts.created).toBe(1);
    const [contact] = contactsWith('email', 'rosa@parkside.example');
    expect(contact?.properties).toMatchObject({
      firstname: 'Rosa',
      lastname: 'Park',
      phone: '(555) 010-2000',
      company: 'Parkside Gardens',
      qbo_customer_key: `${qbo.realms.us}:${rosa.Id}`,
    });
    expect(companiesOf(contact!.id).map((c) => c.properties.name)).toEqual(['Parkside Gardens']);

    // The same changes again, twice at once (the feed overlaps, two tabs press Sync now).
    await Promise.all([catchUp(), catchUp()]);
    expect(contactsWith('email', 'rosa@parkside.example')).toHaveLength(1);
    expect(
      hubspot.store.find(COMPANY, (c) => c.properties.name === 'Parkside Gardens'),
    ).toHaveLength(1);

    await books().changeCustomer(rosa.Id, { PrimaryPhone: { FreeFormNumber: '(555) 010-2999' } });
    const update = await catchUp();
    expect(update.counts.updated).toBeGreaterThanOrEqual(1);
    expect(hubspot.store.get(CONTACT, contact!.id)?.properties.phone).toBe('(555) 010-2999');
  });

  it('rides out a failed upsert with a retry and still makes one contact', async () => {
    await turnOn(qbo.realms.us);
    await books().customer({
      DisplayName: 'Retry Person',
      PrimaryEmailAddr: { Address: 'retry@person.example' },
    });
    hubspot.faults.target({ method: 'POST', pathEndsWith: '/batch/upsert' });
    hubspot.faults.failNext(1, 503);
    const result = await catchUp();
    hubspot.faults.target(null);
    expect(
      hubspot.requests.filter((r) => r.path.endsWith('/batch/upsert')).map((r) => r.status),
    ).toContain(503);
    expect(result.counts).toMatchObject({ created: 1, failed: 0 });
    expect(contactsWith('email', 'retry@person.example')).toHaveLength(1);
  });

  it('links an existing HubSpot contact with the same email instead of creating one', async () => {
    await turnOn(qbo.realms.us);
    const existing = hubspot.store.get(CONTACT, hubspot.demo.contacts.amy)!;
    const email = existing.properties.email!;
    const before = hubspot.store.list(CONTACT).length;
    const customer = await books().customer({
      DisplayName: 'Amy (QuickBooks)',
      PrimaryEmailAddr: { Address: email.toUpperCase() },
    });
    const result = await catchUp();
    expect(result.counts).toMatchObject({ matched: 1, created: 0 });
    expect(hubspot.store.list(CONTACT)).toHaveLength(before);
    expect(hubspot.store.get(CONTACT, existing.id)?.properties.qbo_customer_key).toBe(
      `${qbo.realms.us}:${customer.Id}`,
    );
  });

  it('links a customer the wizard creates from HubSpot to its contact at once: no second contact', async () => {
    await turnOn(qbo.realms.us);
    const contact = hubspot.store.get(CONTACT, hubspot.demo.contacts.amy)!;
    const before = hubspot.store.list(CONTACT).length;
    const call = onDeal(fns.run, hubspot.demo.deals.publishedQuote);
    const { submissionId } = (await call<{ submissionId: string }>('wizard.start', {})).data!;
    const created = await call<{ outcome: string; customer: { id: string } }>('customers.create', {
      realmId: qbo.realms.us,
      submissionId,
      customer: {
        displayName: 'Amy from the wizard',
        companyName: null,
        givenName: 'Amy',
        familyName: null,
        email: contact.properties.email,
        billAddr: null,
        currency: null,
      },
    });
    expect(created.data?.outcome).toBe('created');
    const key = `${qbo.realms.us}:${created.data!.customer.id}`;
    expect(hubspot.store.get(CONTACT, contact.id)?.properties.qbo_customer_key).toBe(key);
    const result = await catchUp();
    expect(result.counts).toMatchObject({ created: 0, matched: 0, updated: 1 });
    expect(hubspot.store.list(CONTACT)).toHaveLength(before);
  });

  it('from now on: turning sync on again starts from then, not from when it was last on', async () => {
    const clock = virtualClock(Date.parse('2026-11-30T09:00:00Z'));
    const admin = functionsAgainst(hubspot, secrets, { clock });
    const save = async (enabled: boolean) => {
      const settings: SyncSettings = {
        ...defaultSyncSettings,
        contacts: { ...defaultSyncSettings.contacts, enabled },
      };
      expect((await admin.run('sync.settings.save', { realmId: qbo.realms.us, settings })).ok).toBe(
        true,
      );
    };
    const cursor = () => {
      const type = hubspot.store.schemas().find((s) => s.name === 'qbo_connection')!;
      const record = hubspot.store
        .list(type.objectTypeId)
        .find((r) => r.properties.realm_id === qbo.realms.us)!;
      return JSON.parse(record.properties.record_sync_state_json ?? '{}').cursor;
    };
    await save(true);
    expect(cursor()).toBe('2026-11-30T09:00:00.000Z');
    await save(false);
    clock.advance(60 * 60_000);
    await save(true);
    expect(cursor()).toBe('2026-11-30T10:00:00.000Z');
  });

  it('update only: never creates, and says why', async () => {
    await turnOn(qbo.realms.us, { contacts: { createAndUpdate: 'update_only' } });
    await books().customer({
      DisplayName: 'New Person',
      PrimaryEmailAddr: { Address: 'new.person@nowhere.example' },
    });
    const result = await catchUp();
    expect(result.counts.created).toBe(0);
    expect(result.reasons.map((r) => r.reason)).toContain(
      'no linked or matching record, and the rule is update only',
    );
    expect(contactsWith('email', 'new.person@nowhere.example')).toEqual([]);
  });

  it('do nothing: writes nothing', async () => {
    await turnOn(qbo.realms.us, { contacts: { createAndUpdate: 'nothing' } });
    await books().customer({ DisplayName: 'Quiet', PrimaryEmailAddr: { Address: 'q@q.example' } });
    const { counts } = await catchUp();
    expect(contactsWith('email', 'q@q.example')).toEqual([]);
    // Nothing created, updated, matched, marked or archived either.
    expect(counts).toMatchObject({ created: 0, updated: 0, matched: 0, inactive: 0, archived: 0 });
  });

  it.each([
    ['nothing', false, 'kept'],
    ['mark_inactive', false, 'marked'],
    ['archive', true, 'archived'],
  ] as const)(
    'an inactive customer, deleting rule %s',
    async (deleting, archiveConfirmed, expected) => {
      await turnOn(qbo.realms.us, { contacts: { deleting, archiveConfirmed } });
      const customer = await books().customer({
        DisplayName: 'Leaving Soon',
        PrimaryEmailAddr: { Address: 'leaving@soon.example' },
      });
      await catchUp();
      const [contact] = contactsWith('email', 'leaving@soon.example');
      expect(contact).toBeDefined();
      await books().changeCustomer(customer.Id, { Active: false });
      await catchUp();
      const after = hubspot.store.get(CONTACT, contact!.id);
      if (expected === 'archived') expect(after).toBeUndefined();
      else {
        // Kept or marked, the contact is still there.
        expect(after).toBeDefined();
        expect(after!.properties.qbo_inactive ?? '').toBe(expected === 'marked' ? 'true' : '');
      }
    },
  );

  it('maps a job to its parent: one contact, the parent’s', async () => {
    await turnOn(qbo.realms.us);
    const parent = await books().customer({
      DisplayName: 'Hill Farms',
      CompanyName: 'Hill Farms',
      PrimaryEmailAddr: { Address: 'office@hillfarms.example' },
    });
    await catchUp();
    await books().customer({
      DisplayName: 'Barn roof',
      Job: true,
      ParentRef: { value: parent.Id },
      BillWithParent: true,
      PrimaryEmailAddr: { Address: 'roof@hillfarms.example' },
    });
    const result = await catchUp();
    expect(result.reasons.map((r) => r.reason)).toContain(
      "sub-customer or job: synced as its parent's contact",
    );
    expect(contactsWith('email', 'roof@hillfarms.example')).toEqual([]);
    expect(contactsWith('email', 'office@hillfarms.example')).toHaveLength(1);
  });

  it('counts in a dry run what a run over existing customers then does', async () => {
    await turnOn(qbo.realms.us, { contacts: { startPoint: 'existing' } });
    const keyed = () => hubspot.store.find(CONTACT, (r) => !!r.properties.qbo_customer_key).length;
    const dry = await fns.run('sync.run', {
      realmId: qbo.realms.us,
      dryRun: true,
      objects: ['contacts'],
    });
    expect(dry.error).toBeUndefined();
    const planned = (dry.data as { counts: SyncCounts; complete: boolean }).counts;
    expect(planned.created + planned.matched).toBeGreaterThan(0);
    expect(keyed()).toBe(0);
    const run = await fns.run('sync.run', {
      realmId: qbo.realms.us,
      dryRun: false,
      objects: ['contacts'],
    });
    expect(run.data).toMatchObject({ complete: true, counts: planned });
    expect(keyed()).toBe(planned.created + planned.matched);
  });
});

describe('a run over existing customers', () => {
  it('stops inside its call budget and resumes where it stopped, creating each contact once', async () => {
    await turnOn(qbo.realms.us, { contacts: { startPoint: 'existing' } });
    const realm = qbo.realm(qbo.realms.us);
    // More than one step of a run (EXISTING_STEP, 500 records).
    for (let n = 0; n < 700; n++)
      realm.create('Customer', {
        DisplayName: `Bulk ${n}`,
        PrimaryEmailAddr: { Address: `bulk${n}@bulk.example` },
      });
    const total = realm.customers().length;
    expect(total).toBeGreaterThan(700);
    // A clock the test owns: a 429 asking to wait 7 s uses up most of a 10 s budget at once.
    const slow = functionsAgainst(hubspot, secrets, {
      clock: virtualClock(),
      budgetMs: 10_000,
    });
    const input = { realmId: qbo.realms.us, dryRun: false, objects: ['contacts'] };
    hubspot.faults.target({ method: 'POST', pathEndsWith: '/batch/upsert' });
    hubspot.faults.rateLimitNext(1, 7);
    const first = await slow.run('sync.run', input);
    hubspot.faults.target(null);
    expect(first.error).toBeUndefined();
    const firstCounts = (first.data as { complete: boolean; counts: SyncCounts }).counts;
    expect(first.data).toMatchObject({ complete: false });
    const keyed = () => hubspot.store.find(CONTACT, (r) => !!r.properties.qbo_customer_key);
    expect(keyed().length).toBe(firstCounts.created + firstCounts.matched);
    expect(keyed().length).toBeLessThan(700);

    const second = await slow.run('sync.run', input);
    expect(second.data).toMatchObject({ complete: true });
    expect(contactsWith('email', 'bulk0@bulk.example')).toHaveLength(1);
    expect(contactsWith('email', 'bulk699@bulk.example')).toHaveLength(1);
    const emails = keyed().flatMap((r) => r.properties.email ?? []);
    expect(new Set(emails).size).toBe(emails.length);
  });
});

describe('product sync over both emulators', () => {
  it('matches by SKU, creates the rest with exact prices, follows price changes', async () => {
    await turnOn(qbo.realms.us);
    const hubspotProduct = hubspot.store.get(PRODUCT, Object.values(hubspot.demo.products)[0]!)!;
    const sku = hubspotProduct.properties.hs_sku!;
    const matched = await books().item({ Name: 'Matched by SKU', Sku: sku, UnitPrice: 12.5 });
    const fresh = await books().item({ Name: 'Tree surgery', Sku: 'TREE-1', UnitPrice: 99.99 });
    const result = await catchUp();
    expect(result.counts).toMatchObject({ matched: 1, created: 1 });
    expect(hubspot.store.get(PRODUCT, hubspotProduct.id)?.properties.qbo_item_key).toBe(
      `${qbo.realms.us}:${matched.Id}`,
    );
    const [created] = productsWith('qbo_item_key', `${qbo.realms.us}:${fresh.Id}`);
    expect(created?.properties).toMatchObject({
      name: 'Tree surgery',
      hs_sku: 'TREE-1',
      price: '99.99',
      hs_product_type: 'service',
    });
    await books().changeItem(fresh.Id, { UnitPrice: 120.1 });
    await catchUp();
    expect(hubspot.store.get(PRODUCT, created!.id)?.properties.price).toBe('120.1');
  });

  it('two companies with the same SKU never overwrite each other’s product', async () => {
    await turnOn(qbo.realms.us);
    await turnOn(qbo.realms.global);
    const us = await books(qbo.realms.us).item({ Name: 'Shared', Sku: 'SHARE-1', UnitPrice: 10 });
    await catchUp(qbo.realms.us);
    const uk = await books(qbo.realms.global).item({
      Name: 'Shared',
      Sku: 'SHARE-1',
      UnitPrice: 8,
    });
    await catchUp(qbo.realms.global);
    const [usProduct] = productsWith('qbo_item_key', `${qbo.realms.us}:${us.Id}`);
    const [ukProduct] = productsWith('qbo_item_key', `${qbo.realms.global}:${uk.Id}`);
    expect(usProduct?.properties.price).toBe('10');
    expect(ukProduct?.properties.price).toBe('8');
    expect(usProduct?.id).not.toBe(ukProduct?.id);
  });

  it('archives a product whose item was made inactive (archive rule)', async () => {
    await turnOn(qbo.realms.us, { products: { deleting: 'archive' } });
    const item = await books().item({ Name: 'Seasonal', Sku: 'SEAS-1', UnitPrice: 5 });
    await catchUp();
    const [product] = productsWith('qbo_item_key', `${qbo.realms.us}:${item.Id}`);
    expect(product).toBeDefined();
    await books().changeItem(item.Id, { Active: false });
    const result = await catchUp();
    expect(result.counts.archived).toBe(1);
    expect(hubspot.store.get(PRODUCT, product!.id)).toBeUndefined();
  });
});

describe('QuickBooks notifications for customers and items', () => {
  const event = (entity: string, id: string, eventId: string) =>
    JSON.stringify([
      {
        specversion: '1.0',
        id: eventId,
        source: 'intuit.quickbooks.accounting',
        type: `qbo.${entity}.created.v1`,
        time: new Date().toISOString(),
        intuitentityid: id,
        intuitaccountid: qbo.realms.us,
        data: {},
      },
    ]);
  const deliver = (body: string, signature: string) =>
    fns.quickbooksWebhooks({
      method: 'POST',
      headers: { 'intuit-signature': signature, 'content-type': 'application/cloudevents+json' },
      rawBody: body,
    });

  it('brings a new customer in at once from a signed notification, and nothing from a forged one', async () => {
    await turnOn(qbo.realms.us);
    const customer = await books().customer({
      DisplayName: 'Web Hook',
      PrimaryEmailAddr: { Address: 'web@hook.example' },
    });
    const body = event('customer', customer.Id, 'evt-customer-1');
    const forged = await deliver(body, webhookSignature('not-the-verifier', body));
    expect(forged.statusCode).toBe(401);
    expect(contactsWith('email', 'web@hook.example')).toEqual([]);

    const signed = await deliver(body, webhookSignature(qbo.app.webhookVerifierToken, body));
    expect(signed.statusCode).toBe(200);
    expect(contactsWith('email', 'web@hook.example')).toHaveLength(1);
    // A replay finds the contact linked: still one.
    await deliver(body, webhookSignature(qbo.app.webhookVerifierToken, body));
    expect(contactsWith('email', 'web@hook.example')).toHaveLength(1);
  });
});
