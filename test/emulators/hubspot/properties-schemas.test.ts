import { describe, expect, it } from 'vitest';
import { call, useEmulator } from './test-helpers.js';

const ctx = useEmulator('empty');

const invoiceSchema = {
  name: 'qbo_invoice',
  labels: { singular: 'QuickBooks invoice', plural: 'QuickBooks invoices' },
  primaryDisplayProperty: 'invoice_number',
  requiredProperties: ['invoice_key'],
  searchableProperties: ['invoice_number'],
  secondaryDisplayProperties: ['status'],
  properties: [
    { name: 'invoice_key', label: 'Key', type: 'string', fieldType: 'text', hasUniqueValue: true },
    { name: 'invoice_number', label: 'Number', type: 'string', fieldType: 'text' },
    { name: 'balance', label: 'Balance', type: 'number', fieldType: 'number' },
    {
      name: 'status',
      label: 'Status',
      type: 'enumeration',
      fieldType: 'select',
      options: [
        { label: 'Paid', value: 'paid' },
        { label: 'Open', value: 'open' },
      ],
    },
  ],
  associatedObjects: ['DEAL', 'CONTACT', '0-2'],
};

describe('properties and groups', () => {
  it('lists the default properties of each standard object', async () => {
    const { emu } = ctx;
    const names = async (type: string): Promise<string[]> =>
      (await call(emu, 'GET', `/crm/v3/properties/${type}`)).body.results.map(
        (p: { name: string }) => p.name,
      );
    expect(await names('contacts')).toEqual(
      expect.arrayContaining(['email', 'firstname', 'lastname', 'zip']),
    );
    expect(await names('deals')).toEqual(
      expect.arrayContaining(['dealname', 'amount', 'deal_currency_code']),
    );
    expect(await names('line_items')).toEqual(
      expect.arrayContaining([
        'quantity',
        'price',
        'amount',
        'hs_sku',
        'hs_product_id',
        'hs_discount_percentage',
      ]),
    );
    expect(await names('quotes')).toEqual(
      expect.arrayContaining(['hs_status', 'hs_expiration_date', 'hs_quote_link']),
    );
    const email = await call(emu, 'GET', '/crm/v3/properties/contacts/email');
    expect(email.body).toMatchObject({
      name: 'email',
      type: 'string',
      fieldType: 'text',
      hasUniqueValue: true,
    });
  });

  it('creates a group and a property, refusing duplicates with 409', async () => {
    const { emu } = ctx;
    const group = { name: 'quickbooks', label: 'QuickBooks', displayOrder: 1 };
    expect((await call(emu, 'POST', '/crm/v3/properties/deals/groups', group)).status).toBe(201);
    const dupGroup = await call(emu, 'POST', '/crm/v3/properties/deals/groups', group);
    expect(dupGroup.status).toBe(409);
    expect(dupGroup.body.category).toBe('CONFLICT');

    const prop = {
      name: 'qbo_invoice_status',
      label: 'Invoice status',
      type: 'enumeration',
      fieldType: 'select',
      groupName: 'quickbooks',
      options: [
        { label: 'Paid', value: 'paid', displayOrder: 0 },
        { label: 'Overdue', value: 'overdue', displayOrder: 1 },
      ],
    };
    const created = await call(emu, 'POST', '/crm/v3/properties/deals', prop);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'qbo_invoice_status',
      hubspotDefined: false,
      groupName: 'quickbooks',
    });
    const dup = await call(emu, 'POST', '/crm/v3/properties/deals', prop);
    expect(dup.status).toBe(409);
    expect(dup.body.category).toBe('CONFLICT');

    const deal = await call(emu, 'POST', '/crm/v3/objects/deals', {
      properties: { qbo_invoice_status: 'paid' },
    });
    expect(deal.status).toBe(201);
    const badOption = await call(emu, 'POST', '/crm/v3/objects/deals', {
      properties: { qbo_invoice_status: 'lost' },
    });
    expect(badOption.status).toBe(400);

    const patched = await call(emu, 'PATCH', '/crm/v3/properties/deals/qbo_invoice_status', {
      label: 'QBO status',
    });
    expect(patched.body.label).toBe('QBO status');
    expect((await call(emu, 'GET', '/crm/v3/properties/deals/groups/quickbooks')).body.label).toBe(
      'QuickBooks',
    );
    expect(
      (await call(emu, 'PATCH', '/crm/v3/properties/deals/groups/quickbooks', { label: 'QBO' }))
        .body.label,
    ).toBe('QBO');
    expect((await call(emu, 'DELETE', '/crm/v3/properties/deals/qbo_invoice_status')).status).toBe(
      204,
    );
    expect((await call(emu, 'GET', '/crm/v3/properties/deals/qbo_invoice_status')).status).toBe(
      404,
    );
  });

  it('refuses a property in a missing group or with a bad type', async () => {
    const { emu } = ctx;
    const base = {
      name: 'x_prop',
      label: 'X',
      type: 'string',
      fieldType: 'text',
      groupName: 'nope',
    };
    expect((await call(emu, 'POST', '/crm/v3/properties/deals', base)).status).toBe(400);
    const badType = { ...base, groupName: 'dealinformation', type: 'money' };
    expect((await call(emu, 'POST', '/crm/v3/properties/deals', badType)).status).toBe(400);
  });
});

describe('custom object schemas', () => {
  it('creates a schema with ids, names and associations, reachable by every name', async () => {
    const { emu } = ctx;
    const res = await call(emu, 'POST', '/crm-object-schemas/v3/schemas', invoiceSchema);
    expect(res.status).toBe(201);
    const typeId = res.body.objectTypeId as string;
    expect(typeId).toMatch(/^2-\d+$/);
    expect(res.body.fullyQualifiedName).toBe(`p${emu.portalId}_qbo_invoice`);
    expect(res.body.properties.map((p: { name: string }) => p.name)).toContain('invoice_key');
    expect(res.body.associations).toHaveLength(3);
    for (const a of res.body.associations) {
      expect(a).toMatchObject({ fromObjectTypeId: typeId, id: expect.stringMatching(/^\d+$/) });
    }
    const toDeal = res.body.associations.find(
      (a: { toObjectTypeId: string }) => a.toObjectTypeId === '0-3',
    );

    for (const name of [typeId, res.body.fullyQualifiedName, 'qbo_invoice']) {
      expect((await call(emu, 'GET', `/crm/v3/schemas/${name}`)).body.objectTypeId).toBe(typeId);
    }
    expect((await call(emu, 'GET', '/crm-object-schemas/v3/schemas')).body.results).toHaveLength(1);
    const dup = await call(emu, 'POST', '/crm/v3/schemas', invoiceSchema);
    expect(dup.status).toBe(409);

    const missingRequired = await call(emu, 'POST', `/crm/v3/objects/${typeId}`, {
      properties: { balance: '1' },
    });
    expect(missingRequired.status).toBe(400);
    const deal = await call(emu, 'POST', '/crm/v3/objects/deals', {
      properties: { dealname: 'D' },
    });
    const inv = await call(emu, 'POST', `/crm/v3/objects/p${emu.portalId}_qbo_invoice`, {
      properties: { invoice_key: '9341:1001', invoice_number: '1001', status: 'open' },
      associations: [
        {
          to: { id: deal.body.id },
          types: [{ associationCategory: 'USER_DEFINED', associationTypeId: Number(toDeal.id) }],
        },
      ],
    });
    expect(inv.status).toBe(201);
    const back = await call(
      emu,
      'GET',
      `/crm/v4/objects/deals/${deal.body.id}/associations/${typeId}`,
    );
    expect(back.body.results[0].toObjectId).toBe(Number(inv.body.id));
    const byKey = await call(
      emu,
      'GET',
      `/crm/v3/objects/qbo_invoice/9341:1001?idProperty=invoice_key`,
    );
    expect(byKey.body.id).toBe(inv.body.id);
    expect(emu.store.schemas().map((s) => s.name)).toEqual(['qbo_invoice']);
  });

  it('adds an association definition to a schema', async () => {
    const { emu } = ctx;
    const res = await call(emu, 'POST', '/crm-object-schemas/v3/schemas', {
      ...invoiceSchema,
      associatedObjects: [],
    });
    const typeId = res.body.objectTypeId as string;
    const added = await call(emu, 'POST', `/crm-object-schemas/v3/schemas/${typeId}/associations`, {
      fromObjectTypeId: typeId,
      toObjectTypeId: '0-1',
      name: 'invoice_to_contact',
    });
    expect(added.body).toMatchObject({
      fromObjectTypeId: typeId,
      toObjectTypeId: '0-1',
      name: 'invoice_to_contact',
    });
    const labels = await call(emu, 'GET', `/crm/v4/associations/${typeId}/contacts/labels`);
    expect(labels.body.results).toEqual([
      { category: 'USER_DEFINED', typeId: Number(added.body.id), label: null },
    ]);
  });

  it('refuses a schema naming an undefined property', async () => {
    const res = await call(ctx.emu, 'POST', '/crm/v3/schemas', {
      ...invoiceSchema,
      primaryDisplayProperty: 'nope',
    });
    expect(res.status).toBe(400);
    expect(ctx.emu.store.schemas()).toHaveLength(0);
  });
});
