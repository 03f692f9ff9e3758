import { describe, expect, it } from 'vitest';
import {
  createAndUpdateRules,
  deletingRules,
  SYNC_SETTINGS_VERSION,
} from '@qbo-invoicing/contract/catalog';
import { syncSettingsSchema } from '@qbo-invoicing/contract';
import { contactFromCustomer, isSubCustomer } from '../../serverless/sync/customer-mapping';
import { productFromItem } from '../../serverless/sync/item-mapping';
import { decide, type Presence, type SyncRules } from '../../serverless/sync/rules';
import { defaultSyncSettings, readSyncSettings } from '../../serverless/sync/settings';
import type { Customer, Item } from '../../serverless/quickbooks';

const customer = (over: Partial<Customer> = {}): Customer =>
  ({ Id: '7', SyncToken: '0', DisplayName: 'Amy Lee', ...over }) as Customer;
const item = (over: Partial<Item> = {}): Item =>
  ({ Id: '3', SyncToken: '0', Name: 'Design', Type: 'Service', ...over }) as Item;

describe('QuickBooks customer → HubSpot contact', () => {
  it('maps name, email, phone, billing address and company name', () => {
    const mapped = contactFromCustomer(
      customer({
        GivenName: 'Amy',
        FamilyName: 'Lee',
        CompanyName: "Amy's Bird Sanctuary",
        PrimaryEmailAddr: { Address: ' Amy@Birds.Example ' },
        PrimaryPhone: { FreeFormNumber: '(650) 555-3311' },
        BillAddr: {
          Line1: '4581 Finch St.',
          Line2: 'Suite 2',
          City: 'Bayshore',
          CountrySubDivisionCode: 'CA',
          PostalCode: '94326',
          Country: 'USA',
        },
      }),
    );
    expect(mapped).toEqual({
      kind: 'contact',
      email: 'amy@birds.example',
      companyName: "Amy's Bird Sanctuary",
      companyDomain: 'birds.example',
      properties: {
        firstname: 'Amy',
        lastname: 'Lee',
        email: 'amy@birds.example',
        phone: '(650) 555-3311',
        company: "Amy's Bird Sanctuary",
        address: '4581 Finch St., Suite 2',
        city: 'Bayshore',
        state: 'CA',
        zip: '94326',
        country: 'USA',
      },
    });
  });

  it('names a contact by the display name when QuickBooks has no person name', () => {
    const mapped = contactFromCustomer(customer({ DisplayName: 'Geeta Kalapatapu' }));
    expect(mapped).toMatchObject({
      kind: 'contact',
      properties: { firstname: 'Geeta Kalapatapu' },
    });
  });

  it('skips a customer with no email and no name, saying why', () => {
    expect(contactFromCustomer(customer({ DisplayName: '  ' }))).toEqual({
      kind: 'skip',
      reason: { id: 'no email and no name in QuickBooks' },
    });
  });

  it('does not take a mailbox provider for a company domain, nor a malformed email', () => {
    const gmail = contactFromCustomer(customer({ PrimaryEmailAddr: { Address: 'amy@gmail.com' } }));
    expect(gmail).toMatchObject({ companyDomain: null, email: 'amy@gmail.com' });
    const broken = contactFromCustomer(customer({ PrimaryEmailAddr: { Address: 'not-an-email' } }));
    expect(broken).toMatchObject({ email: null });
    expect((broken as { properties: object }).properties).not.toHaveProperty('email');
  });

  it('knows sub-customers and jobs', () => {
    expect(isSubCustomer(customer({ Job: true }))).toBe(true);
    expect(isSubCustomer(customer({ ParentRef: { value: '1' } }))).toBe(true);
    expect(isSubCustomer(customer())).toBe(false);
  });
});

describe('QuickBooks item → HubSpot product', () => {
  it('maps name, SKU, description, exact price and cost, and type', () => {
    expect(
      productFromItem(
        item({
          Type: 'Inventory',
          Sku: 'PUMP-1',
          Description: 'Sprinkler pump',
          UnitPrice: '15.10',
          PurchaseCost: 10.01,
        } as Partial<Item>),
      ),
    ).toEqual({
      kind: 'product',
      name: 'Design',
      sku: 'PUMP-1',
      properties: {
        name: 'Design',
        hs_product_type: 'inventory',
        hs_sku: 'PUMP-1',
        description: 'Sprinkler pump',
        price: '15.10',
        hs_cost_of_goods_sold: '10.01',
      },
    });
  });

  it.each([
    ['Service', 'service'],
    ['NonInventory', 'non_inventory'],
  ])('maps a %s item to the %s product type', (type, hubspot) => {
    expect(productFromItem(item({ Type: type }))).toMatchObject({
      properties: { hs_product_type: hubspot },
    });
  });

  it.each(['Group', 'Category'])('skips %s items with a reason', (type) => {
    expect(productFromItem(item({ Type: type }))).toEqual({
      kind: 'skip',
      reason: { id: 'QuickBooks {type} items are not synced', values: { type } },
    });
  });
});

describe('the create, update and deleting rules', () => {
  const rules = (over: Partial<SyncRules> = {}): SyncRules => ({
    enabled: true,
    createAndUpdate: 'create_and_update',
    deleting: 'mark_inactive',
    archiveConfirmed: false,
    ...over,
  });
  const presences: Presence[] = ['linked', 'matched', 'ambiguous', 'none'];

  it('does nothing at all while the sync is off', () => {
    for (const presence of presences)
      for (const active of [true, false])
        expect(decide(rules({ enabled: false }), { active, presence, object: 'contacts' })).toEqual(
          { kind: 'skip', reason: { id: 'sync is off for this company' } },
        );
  });

  // Every create-and-update rule against every place the record can stand in HubSpot.
  const activeTable: Record<string, Record<Presence, string>> = {
    create_and_update: { linked: 'update', matched: 'link', ambiguous: 'skip', none: 'create' },
    update_only: { linked: 'update', matched: 'link', ambiguous: 'skip', none: 'skip' },
    nothing: { linked: 'skip', matched: 'skip', ambiguous: 'skip', none: 'skip' },
  };
  for (const rule of createAndUpdateRules)
    for (const presence of presences)
      it(`an active record, rule ${rule}, ${presence} → ${activeTable[rule]![presence]}`, () => {
        for (const object of ['contacts', 'products'] as const)
          expect(
            decide(rules({ createAndUpdate: rule }), { active: true, presence, object }).kind,
          ).toBe(activeTable[rule]![presence]);
      });

  it('explains why an update-only rule left a new record out', () => {
    expect(
      decide(rules({ createAndUpdate: 'update_only' }), {
        active: true,
        presence: 'none',
        object: 'products',
      }),
    ).toEqual({
      kind: 'skip',
      reason: { id: 'no linked or matching record, and the rule is update only' },
    });
  });

  const inactiveTable: Record<string, { contacts: string; confirmed: string; products: string }> = {
    nothing: { contacts: 'skip', confirmed: 'skip', products: 'skip' },
    mark_inactive: {
      contacts: 'mark_inactive',
      confirmed: 'mark_inactive',
      products: 'mark_inactive',
    },
    archive: { contacts: 'mark_inactive', confirmed: 'archive', products: 'archive' },
  };
  for (const rule of deletingRules)
    it(`an inactive linked record, deleting rule ${rule}`, () => {
      const expected = inactiveTable[rule]!;
      const linked = { active: false, presence: 'linked' as const };
      expect(decide(rules({ deleting: rule }), { ...linked, object: 'contacts' }).kind).toBe(
        expected.contacts,
      );
      expect(
        decide(rules({ deleting: rule, archiveConfirmed: true }), { ...linked, object: 'contacts' })
          .kind,
      ).toBe(expected.confirmed);
      expect(decide(rules({ deleting: rule }), { ...linked, object: 'products' }).kind).toBe(
        expected.products,
      );
    });

  it('never touches an inactive record the app did not link', () => {
    for (const deleting of deletingRules)
      for (const presence of ['matched', 'ambiguous', 'none'] as const)
        expect(
          decide(rules({ deleting, archiveConfirmed: true }), {
            active: false,
            presence,
            object: 'products',
          }).kind,
        ).toBe('skip');
  });

  it('says whether an unlinked record was deleted outright or made inactive', () => {
    const unlinked = { active: false, presence: 'none' as const, object: 'products' as const };
    expect(decide(rules(), { ...unlinked, deleted: true })).toEqual({
      kind: 'skip',
      reason: { id: 'deleted in QuickBooks and not linked to a HubSpot record' },
    });
    expect(decide(rules(), unlinked)).toEqual({
      kind: 'skip',
      reason: { id: 'inactive in QuickBooks and not linked' },
    });
    expect(
      decide(rules({ deleting: 'nothing' }), { ...unlinked, presence: 'linked', deleted: true }),
    ).toEqual({ kind: 'skip', reason: { id: 'deleted in QuickBooks; the rule is do nothing' } });
  });
});

describe('sync settings', () => {
  const valid = {
    ...defaultSyncSettings,
    contacts: { ...defaultSyncSettings.contacts, enabled: true },
  };

  it('accepts the current version', () => {
    expect(syncSettingsSchema.parse(valid)).toEqual(valid);
  });

  it('refuses another version, unknown rules and extra fields with clear messages', () => {
    const messages = (input: unknown) =>
      syncSettingsSchema
        .safeParse(input)
        .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages({ ...valid, version: 1 })).toEqual([
      `version: must be ${SYNC_SETTINGS_VERSION} (the settings format this app writes)`,
    ]);
    expect(messages({ ...valid, products: { ...valid.products, deleting: 'delete' } })).toEqual([
      'products.deleting: must be one of nothing, mark_inactive, archive',
    ]);
    expect(messages({ ...valid, extra: true })?.[0]).toMatch(/extra/);
  });

  it('refuses archiving contacts until the warning is confirmed', () => {
    const archive = { ...valid, contacts: { ...valid.contacts, deleting: 'archive' } };
    expect(syncSettingsSchema.safeParse(archive).error?.issues[0]).toMatchObject({
      path: ['contacts', 'archiveConfirmed'],
      message: expect.stringContaining('confirm the warning'),
    });
    expect(
      syncSettingsSchema.safeParse({
        ...archive,
        contacts: { ...archive.contacts, archiveConfirmed: true },
      }).success,
    ).toBe(true);
  });

  it('reads stored settings leniently: nonsense and unknown versions read as off', () => {
    expect(readSyncSettings(null)).toEqual(defaultSyncSettings);
    expect(readSyncSettings('{not json')).toEqual(defaultSyncSettings);
    expect(readSyncSettings(JSON.stringify({ ...valid, version: 9 }))).toEqual(defaultSyncSettings);
    expect(readSyncSettings(JSON.stringify(valid))).toEqual(valid);
    const edited = JSON.parse(JSON.stringify(valid));
    edited.contacts.deleting = 'archive';
    edited.products.createAndUpdate = 'everything';
    const read = readSyncSettings(JSON.stringify(edited));
    expect(read.contacts.deleting).toBe('mark_inactive');
    expect(read.products.createAndUpdate).toBe('create_and_update');
  });
});
