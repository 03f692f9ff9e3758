import { describe, expect, it } from 'vitest';
import { call, useEmulator } from './test-helpers.js';

const ctx = useEmulator('empty');

describe('objects CRUD', () => {
  it('creates, reads, updates and archives a contact with HubSpot shapes', async () => {
    const { emu } = ctx;
    const created = await call(emu, 'POST', '/crm/v3/objects/contacts', {
      properties: { email: 'ann@example.com', firstname: 'Ann', lastname: 'Lee' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(id).toMatch(/^\d+$/);
    expect(created.body.properties).toMatchObject({ email: 'ann@example.com', hs_object_id: id });
    expect(created.body.archived).toBe(false);
    expect(Date.parse(created.body.createdAt)).not.toBeNaN();

    const got = await call(emu, 'GET', `/crm/v3/objects/contacts/${id}?properties=firstname,phone`);
    expect(got.status).toBe(200);
    expect(got.body.properties).toMatchObject({ firstname: 'Ann', phone: null, hs_object_id: id });
    expect(got.body.properties.email).toBeUndefined();

    const patched = await call(emu, 'PATCH', `/crm/v3/objects/contacts/${id}`, {
      properties: { phone: '+1 555 0100' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.properties.phone).toBe('+1 555 0100');
    expect(emu.store.get('contacts', id)?.properties.phone).toBe('+1 555 0100');

    expect((await call(emu, 'DELETE', `/crm/v3/objects/contacts/${id}`)).status).toBe(204);
    const gone = await call(emu, 'GET', `/crm/v3/objects/contacts/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({
      status: 'error',
      category: 'OBJECT_NOT_FOUND',
      message: 'resource not found',
    });
    const one = await call(emu, 'GET', `/crm/v3/objects/contacts/${id}?archived=true`);
    expect(one.body).toMatchObject({ id, archived: true, archivedAt: expect.any(String) });
    const archived = await call(emu, 'GET', '/crm/v3/objects/contacts?archived=true');
    expect(archived.body.results.map((r: { id: string }) => r.id)).toEqual([id]);
  });

  it('accepts type ids and the date-versioned path alias', async () => {
    const { emu } = ctx;
    const created = await call(emu, 'POST', '/crm/objects/2026-03/0-3', {
      properties: { dealname: 'X' },
    });
    expect(created.status).toBe(201);
    const got = await call(emu, 'GET', `/crm/v3/objects/deals/${created.body.id}`);
    expect(got.body.properties.dealname).toBe('X');
    const bad = await call(emu, 'GET', '/crm/v3/objects/widgets');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('Unable to infer object type');
  });

  it('rejects unknown properties naming them, with a correlation id', async () => {
    const res = await call(ctx.emu, 'POST', '/crm/v3/objects/deals', {
      properties: { dealname: 'Big', qbo_invoice_number: '1001' },
    });
    expect(res.status).toBe(400);
    expect(res.body.category).toBe('VALIDATION_ERROR');
    expect(res.body.message).toMatch(/^Property values were not valid: /);
    expect(res.body.message).toContain('qbo_invoice_number');
    expect(res.body.message).toContain('PROPERTY_DOESNT_EXIST');
    expect(res.body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ctx.emu.store.list('deals')).toHaveLength(0);
  });

  it('validates numbers, enumerations, dates and read-only values', async () => {
    const { emu } = ctx;
    const bad = async (type: string, properties: Record<string, unknown>): Promise<string> => {
      const res = await call(emu, 'POST', `/crm/v3/objects/${type}`, { properties });
      expect(res.status).toBe(400);
      return res.body.message as string;
    };
    expect(await bad('deals', { amount: 'ten' })).toContain('INVALID_DOUBLE');
    expect(await bad('deals', { dealstage: 'nope' })).toContain('INVALID_OPTION');
    expect(await bad('deals', { closedate: 'next tuesday' })).toContain('INVALID_DATE');
    expect(await bad('deals', { hs_object_id: '5' })).toContain('READ_ONLY_VALUE');
    expect(await bad('line_items', { price: '10', amount: '99' })).toContain('READ_ONLY_VALUE');
    expect(await bad('notes', { hs_note_body: 'no timestamp' })).toContain('REQUIRED_PROPERTY');

    const ok = await call(emu, 'POST', '/crm/v3/objects/deals', {
      properties: { amount: 1500.5, closedate: '2026-04-01', dealstage: 'closedwon' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.properties).toMatchObject({
      amount: '1500.5',
      closedate: '2026-04-01T00:00:00.000Z',
      dealstage: 'closedwon',
    });
    const epoch = await call(emu, 'PATCH', `/crm/v3/objects/deals/${ok.body.id}`, {
      properties: { closedate: String(Date.UTC(2026, 4, 2, 15)) },
    });
    expect(epoch.body.properties.closedate).toBe('2026-05-02T15:00:00.000Z');
  });

  it('computes line item amounts from quantity, price and discount', async () => {
    const res = await call(ctx.emu, 'POST', '/crm/v3/objects/line_items', {
      properties: { name: 'Pump', quantity: '3', price: '15.00', hs_discount_percentage: '10' },
    });
    expect(res.body.properties.amount).toBe('40.5');
  });

  it('looks up and updates by a unique idProperty, and refuses duplicates with 409', async () => {
    const { emu } = ctx;
    const created = await call(emu, 'POST', '/crm/v3/objects/contacts', {
      properties: { email: 'Zoe@Example.com' },
    });
    const got = await call(emu, 'GET', '/crm/v3/objects/contacts/zoe@example.com?idProperty=email');
    expect(got.body.id).toBe(created.body.id);
    const patched = await call(
      emu,
      'PATCH',
      '/crm/v3/objects/contacts/zoe@example.com?idProperty=email',
      {
        properties: { firstname: 'Zoe' },
      },
    );
    expect(patched.body.properties.firstname).toBe('Zoe');
    const dup = await call(emu, 'POST', '/crm/v3/objects/contacts', {
      properties: { email: 'zoe@example.com' },
    });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({
      category: 'CONFLICT',
      message: `Contact already exists. Existing ID: ${created.body.id}`,
    });
    const notUnique = await call(emu, 'GET', '/crm/v3/objects/contacts/Zoe?idProperty=firstname');
    expect(notUnique.status).toBe(400);
  });

  it('pages lists with after and caps limit at 100', async () => {
    const { emu } = ctx;
    for (let i = 0; i < 5; i++)
      await call(emu, 'POST', '/crm/v3/objects/products', { properties: { name: `P${i}` } });
    const first = await call(emu, 'GET', '/crm/v3/objects/products?limit=2&properties=name');
    expect(
      first.body.results.map((r: { properties: { name: string } }) => r.properties.name),
    ).toEqual(['P0', 'P1']);
    const after = first.body.paging.next.after as string;
    const second = await call(
      emu,
      'GET',
      `/crm/v3/objects/products?limit=2&after=${after}&properties=name`,
    );
    expect(
      second.body.results.map((r: { properties: { name: string } }) => r.properties.name),
    ).toEqual(['P2', 'P3']);
    const last = await call(
      emu,
      'GET',
      `/crm/v3/objects/products?limit=2&after=${second.body.paging.next.after}`,
    );
    expect(last.body.results).toHaveLength(1);
    expect(last.body.paging).toBeUndefined();
    expect((await call(emu, 'GET', '/crm/v3/objects/products?limit=101')).status).toBe(400);
  });

  it('answers invalid JSON with a 400', async () => {
    const res = await fetch(`${ctx.emu.url}/crm/v3/objects/contacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ctx.emu.token}`, 'content-type': 'application/json' },
      body: '{"properties":',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain('Invalid input JSON');
  });
});
