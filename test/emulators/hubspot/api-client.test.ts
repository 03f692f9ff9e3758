import { Client } from '@hubspot/api-client';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/associations/v4/models/AssociationSpec.js';
import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals/models/Filter.js';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './test-helpers.js';

const ctx = useEmulator('demo');

/** HubSpot's own client, pointed at the emulator, proves the JSON shapes deserialize. */
const client = (): Client => new Client({ accessToken: ctx.emu.token, basePath: ctx.emu.url });

describe('@hubspot/api-client against the emulator', () => {
  it('reads a deal with associations and searches deals', async () => {
    const { demo } = ctx.emu;
    const deal = await client().crm.deals.basicApi.getById(
      demo.deals.publishedQuote,
      ['dealname', 'amount', 'deal_currency_code'],
      undefined,
      ['quotes', 'line_items'],
    );
    expect(deal.id).toBe(demo.deals.publishedQuote);
    expect(deal.properties.amount).toBe('350.50');
    expect(deal.createdAt).toBeInstanceOf(Date);
    expect(deal.associations?.quotes?.results.map((r) => r.id)).toEqual([demo.quotes.published]);
    expect(deal.associations?.['line items']?.results).toHaveLength(3);

    const found = await client().crm.deals.searchApi.doSearch({
      filterGroups: [
        {
          filters: [
            { propertyName: 'deal_currency_code', operator: FilterOperatorEnum.Eq, value: 'GBP' },
          ],
        },
      ],
      properties: ['dealname'],
      limit: 10,
      after: '0',
      sorts: [],
    });
    expect(found.total).toBe(1);
    expect(found.results[0]?.id).toBe(demo.deals.foreignCurrency);
  });

  it('upserts contacts in batch and links them with associations v4', async () => {
    const { demo } = ctx.emu;
    const res = await client().crm.contacts.batchApi.upsert({
      inputs: [
        {
          idProperty: 'email',
          id: 'birds@intuit.example.com',
          properties: { phone: '+1 650 555 0101' },
        },
        { idProperty: 'email', id: 'new.person@example.com', properties: { firstname: 'New' } },
      ],
    });
    // The client renames the JSON field `new` to `_new`.
    const fresh = res.results.find((r) => r.properties.email === 'new.person@example.com');
    expect(fresh?._new).toBe(true);
    expect(res.results.find((r) => r.id === demo.contacts.amy)?._new).toBe(false);

    const v4 = client().crm.associations.v4.basicApi;
    await v4.create('deals', demo.deals.empty, 'contacts', fresh?.id ?? '', [
      {
        associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined,
        associationTypeId: 3,
      },
    ]);
    const page = await v4.getPage('contacts', fresh?.id ?? '', 'deals');
    expect(page.results.map((r) => String(r.toObjectId))).toEqual([demo.deals.empty]);
    expect(page.results[0]?.associationTypes[0]?.typeId).toBe(4);
  });

  it('surfaces HubSpot errors as ApiException with the status and body', async () => {
    const props = client().crm.properties.coreApi;
    const err = await props.getByName('deals', 'no_such_property').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 404 });
    const create = {
      name: 'dealname',
      label: 'Deal Name',
      type: 'string',
      fieldType: 'text',
      groupName: 'dealinformation',
    };
    const dup = await props.create('deals', create as never).catch((e: unknown) => e);
    expect(dup).toMatchObject({ code: 409, body: { category: 'CONFLICT' } });
  });

  it('creates a custom object schema through the schemas client', async () => {
    const schema = await client().crm.schemas.coreApi.create({
      name: 'qbo_connection',
      labels: { singular: 'QuickBooks connection', plural: 'QuickBooks connections' },
      primaryDisplayProperty: 'realm_id',
      requiredProperties: ['realm_id'],
      searchableProperties: ['realm_id'],
      secondaryDisplayProperties: [],
      properties: [
        {
          name: 'realm_id',
          label: 'Realm id',
          type: 'string',
          fieldType: 'text',
          hasUniqueValue: true,
        },
      ] as never,
      associatedObjects: [],
    });
    expect(schema.objectTypeId).toMatch(/^2-/);
    expect(schema.fullyQualifiedName).toBe(`p${ctx.emu.portalId}_qbo_connection`);
    const rec = await client().crm.objects.basicApi.create(schema.objectTypeId ?? '', {
      properties: { realm_id: '9341452' },
      associations: [],
    });
    expect(rec.properties.realm_id).toBe('9341452');
  });
});
