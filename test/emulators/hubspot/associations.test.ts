import { describe, expect, it } from 'vitest';
import { call, useEmulator } from './test-helpers.js';

const ctx = useEmulator('empty');

async function make(type: string, properties: Record<string, string>): Promise<string> {
  const res = await call(ctx.emu, 'POST', `/crm/v3/objects/${type}`, { properties });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

describe('associations v4', () => {
  it('links records both ways with HubSpot-defined type ids', async () => {
    const { emu } = ctx;
    const deal = await make('deals', { dealname: 'D' });
    const contact = await make('contacts', { email: 'c@x.com' });
    const put = await call(
      emu,
      'PUT',
      `/crm/v4/objects/deals/${deal}/associations/contacts/${contact}`,
      [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 3 }],
    );
    expect(put.status).toBe(201);
    expect(put.body).toMatchObject({
      fromObjectTypeId: '0-3',
      toObjectTypeId: '0-1',
      toObjectId: Number(contact),
      labels: [],
    });

    const fwd = await call(emu, 'GET', `/crm/v4/objects/deals/${deal}/associations/contacts`);
    expect(fwd.body.results).toEqual([
      {
        toObjectId: Number(contact),
        associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 3, label: null }],
      },
    ]);
    const back = await call(emu, 'GET', `/crm/v4/objects/0-1/${contact}/associations/0-3`);
    expect(back.body.results[0]).toMatchObject({
      toObjectId: Number(deal),
      associationTypes: [{ typeId: 4 }],
    });

    const v3 = await call(emu, 'GET', `/crm/v3/objects/contacts/${contact}?associations=deals`);
    expect(v3.body.associations).toEqual({
      deals: { results: [{ id: deal, type: 'contact_to_deal' }] },
    });

    expect(
      (await call(emu, 'DELETE', `/crm/v4/objects/deals/${deal}/associations/contacts/${contact}`))
        .status,
    ).toBe(204);
    expect(
      (await call(emu, 'GET', `/crm/v4/objects/contacts/${contact}/associations/deals`)).body
        .results,
    ).toEqual([]);
  });

  it('uses the default type, adds the unlabeled type with a label, and lists labels', async () => {
    const { emu } = ctx;
    const deal = await make('deals', { dealname: 'D' });
    const company = await make('companies', { name: 'C' });
    const def = await call(
      emu,
      'PUT',
      `/crm/v4/objects/deals/${deal}/associations/default/companies/${company}`,
    );
    expect(def.body.status).toBe('COMPLETE');
    expect(def.body.results[0].associationSpec).toEqual({
      associationCategory: 'HUBSPOT_DEFINED',
      associationTypeId: 341,
    });
    await call(emu, 'PUT', `/crm/v4/objects/deals/${deal}/associations/companies/${company}`, [
      { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 5 },
    ]);
    const types = (
      await call(emu, 'GET', `/crm/v4/objects/companies/${company}/associations/deals`)
    ).body.results[0].associationTypes;
    expect(types).toEqual([
      { category: 'HUBSPOT_DEFINED', typeId: 6, label: 'Primary' },
      { category: 'HUBSPOT_DEFINED', typeId: 342, label: null },
    ]);
    const labels = await call(emu, 'GET', '/crm/v4/associations/deals/companies/labels');
    expect(labels.body.results).toEqual([
      { category: 'HUBSPOT_DEFINED', typeId: 5, label: 'Primary' },
      { category: 'HUBSPOT_DEFINED', typeId: 341, label: null },
    ]);
    expect(emu.store.associations('companies', company, 'deals')).toEqual([
      { id: deal, typeIds: [6, 342] },
    ]);
  });

  it('refuses missing records and foreign type ids', async () => {
    const { emu } = ctx;
    const deal = await make('deals', { dealname: 'D' });
    const missing = await call(
      emu,
      'PUT',
      `/crm/v4/objects/deals/${deal}/associations/contacts/424242`,
      [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 3 }],
    );
    expect(missing.status).toBe(404);
    const contact = await make('contacts', { email: 'c@x.com' });
    const wrongType = await call(
      emu,
      'PUT',
      `/crm/v4/objects/deals/${deal}/associations/contacts/${contact}`,
      [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 19 }],
    );
    expect(wrongType.status).toBe(400);
    const inline = await call(emu, 'POST', '/crm/v3/objects/notes', {
      properties: { hs_note_body: 'x', hs_timestamp: new Date().toISOString() },
      associations: [
        {
          to: { id: '424242' },
          types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 214 }],
        },
      ],
    });
    expect(inline.status).toBe(400);
    expect(emu.store.list('notes')).toHaveLength(0);
  });

  it('creates inline associations on create', async () => {
    const { emu } = ctx;
    const deal = await make('deals', { dealname: 'D' });
    const note = await call(emu, 'POST', '/crm/v3/objects/notes', {
      properties: { hs_note_body: 'Payment received', hs_timestamp: '2026-03-01T10:00:00Z' },
      associations: [
        {
          to: { id: deal },
          types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 214 }],
        },
      ],
    });
    expect(note.status).toBe(201);
    expect(emu.store.associations('deals', deal, 'notes')).toEqual([
      { id: note.body.id, typeIds: [213] },
    ]);
  });

  it('creates, reads and archives in batch', async () => {
    const { emu } = ctx;
    const deal = await make('deals', { dealname: 'D' });
    const items = [
      await make('line_items', { name: 'a', price: '1' }),
      await make('line_items', { name: 'b', price: '2' }),
    ];
    const types = [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 19 }];
    const created = await call(emu, 'POST', '/crm/v4/associations/deals/line_items/batch/create', {
      inputs: items.map((id) => ({ from: { id: deal }, to: { id }, types })),
    });
    expect(created.status).toBe(201);
    expect(created.body.results).toHaveLength(2);
    const lonely = await make('deals', { dealname: 'L' });
    const read = await call(emu, 'POST', '/crm/v4/associations/deals/line_items/batch/read', {
      inputs: [{ id: deal }, { id: lonely }],
    });
    expect(read.status).toBe(207);
    expect(read.body.results[0].from).toEqual({ id: deal });
    expect(read.body.results[0].to.map((t: { toObjectId: number }) => t.toObjectId)).toEqual(
      items.map(Number),
    );
    expect(read.body.errors[0].context.fromObjectId).toEqual([lonely]);
    const archived = await call(
      emu,
      'POST',
      '/crm/v4/associations/deals/line_items/batch/archive',
      {
        inputs: [{ from: { id: deal }, to: [{ id: items[0] }] }],
      },
    );
    expect(archived.status).toBe(204);
    expect(emu.store.associations('line_items', items[0] ?? '', 'deals')).toEqual([]);
    expect(emu.store.associations('deals', deal, 'line_items')).toHaveLength(1);
  });

  it('pages association lists', async () => {
    const { emu } = ctx;
    const deal = await make('deals', { dealname: 'D' });
    for (let i = 0; i < 3; i++) {
      const c = await make('contacts', { email: `c${i}@x.com` });
      await call(emu, 'PUT', `/crm/v4/objects/deals/${deal}/associations/default/contacts/${c}`);
    }
    const p1 = await call(
      emu,
      'GET',
      `/crm/v4/objects/deals/${deal}/associations/contacts?limit=2`,
    );
    expect(p1.body.results).toHaveLength(2);
    const p2 = await call(
      emu,
      'GET',
      `/crm/v4/objects/deals/${deal}/associations/contacts?limit=2&after=${p1.body.paging.next.after}`,
    );
    expect(p2.body.results).toHaveLength(1);
    expect(p2.body.paging).toBeUndefined();
  });
});
