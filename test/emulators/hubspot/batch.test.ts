import { describe, expect, it } from 'vitest';
import { call, useEmulator } from './test-helpers.js';

const ctx = useEmulator('empty');

const contact = (email: string, extra: Record<string, string> = {}) => ({
  properties: { email, ...extra },
});

describe('batch endpoints', () => {
  it('creates in batch and reads back, reporting missing ids with a 207', async () => {
    const { emu } = ctx;
    const created = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/create', {
      inputs: [contact('a@x.com'), contact('b@x.com')],
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('COMPLETE');
    expect(created.body.startedAt).toBeTruthy();
    expect(created.body.completedAt).toBeTruthy();
    const ids = created.body.results.map((r: { id: string }) => r.id);

    const read = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/read', {
      inputs: [{ id: ids[0] }, { id: '999999' }],
      properties: ['email'],
    });
    expect(read.status).toBe(207);
    expect(read.body.results).toHaveLength(1);
    expect(read.body.numErrors).toBe(1);
    expect(read.body.errors[0]).toMatchObject({
      status: 'error',
      category: 'OBJECT_NOT_FOUND',
      context: { ids: ['999999'] },
    });

    const byEmail = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/read', {
      idProperty: 'email',
      inputs: [{ id: 'B@X.COM' }],
      properties: ['email'],
    });
    expect(byEmail.status).toBe(200);
    expect(byEmail.body.results[0].id).toBe(ids[1]);
  });

  it('creates nothing when one input is invalid', async () => {
    const res = await call(ctx.emu, 'POST', '/crm/v3/objects/contacts/batch/create', {
      inputs: [contact('ok@x.com'), contact('bad@x.com', { favourite_colour: 'blue' })],
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('favourite_colour');
    expect(ctx.emu.store.list('contacts')).toHaveLength(0);
  });

  it('updates in batch and refuses duplicate ids', async () => {
    const { emu } = ctx;
    const created = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/create', {
      inputs: [contact('a@x.com'), contact('b@x.com')],
    });
    const [a, b] = created.body.results.map((r: { id: string }) => r.id);
    const updated = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/update', {
      inputs: [
        { id: a, properties: { firstname: 'A' } },
        { id: b, properties: { firstname: 'B' } },
      ],
    });
    expect(updated.status).toBe(200);
    expect(emu.store.get('contacts', b)?.properties.firstname).toBe('B');
    const dup = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/update', {
      inputs: [
        { id: a, properties: { firstname: 'A1' } },
        { id: a, properties: { firstname: 'A2' } },
      ],
    });
    expect(dup.status).toBe(400);
  });

  it('upserts by a unique property and marks new records', async () => {
    const { emu } = ctx;
    await call(emu, 'POST', '/crm/v3/objects/contacts', contact('old@x.com', { firstname: 'Old' }));
    const res = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/upsert', {
      inputs: [
        { idProperty: 'email', id: 'old@x.com', properties: { lastname: 'Known' } },
        { idProperty: 'email', id: 'new@x.com', properties: { lastname: 'Fresh' } },
      ],
    });
    expect(res.status).toBe(200);
    const byEmail = Object.fromEntries(
      res.body.results.map((r: { properties: { email: string }; new: boolean }) => [
        r.properties.email,
        r.new,
      ]),
    );
    expect(byEmail).toEqual({ 'old@x.com': false, 'new@x.com': true });
    expect(emu.store.list('contacts')).toHaveLength(2);
    expect(
      emu.store.find('contacts', (r) => r.properties.email === 'old@x.com')[0]?.properties,
    ).toMatchObject({
      firstname: 'Old',
      lastname: 'Known',
    });
    const notUnique = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/upsert', {
      inputs: [{ idProperty: 'firstname', id: 'Old', properties: {} }],
    });
    expect(notUnique.status).toBe(400);
  });

  it('archives in batch with a 204', async () => {
    const { emu } = ctx;
    const created = await call(emu, 'POST', '/crm/v3/objects/companies/batch/create', {
      inputs: [{ properties: { name: 'A' } }, { properties: { name: 'B' } }],
    });
    const res = await call(emu, 'POST', '/crm/v3/objects/companies/batch/archive', {
      inputs: created.body.results.map((r: { id: string }) => ({ id: r.id })),
    });
    expect(res.status).toBe(204);
    expect(emu.store.list('companies')).toHaveLength(0);
    expect(emu.store.list('companies', { archived: true })).toHaveLength(2);
  });

  it('refuses more than 100 inputs', async () => {
    const inputs = Array.from({ length: 101 }, (_, i) => ({ id: String(i + 1) }));
    const res = await call(ctx.emu, 'POST', '/crm/v3/objects/deals/batch/read', {
      inputs,
      properties: [],
    });
    expect(res.status).toBe(400);
    expect(res.body.category).toBe('VALIDATION_ERROR');
  });
});
