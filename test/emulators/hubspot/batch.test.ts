import { describe, expect, it } from 'vitest';
import { call, useEmulator, type Json } from './test-helpers.js';

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

// https://developers.hubspot.com/docs/api-reference/error-handling ("Multi-status errors"): with a
// unique objectWriteTraceId on every input, a batch write keeps the good inputs and answers 207.
describe('multi-status batch writes (objectWriteTraceId)', () => {
  it('creates the good inputs and names each failed one by its trace id', async () => {
    const { emu } = ctx;
    await call(emu, 'POST', '/crm/v3/objects/contacts', contact('taken@x.com'));
    const res = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/create', {
      inputs: [
        { ...contact('a@x.com'), objectWriteTraceId: 'row-1' },
        { ...contact('b@x.com', { favourite_colour: 'blue' }), objectWriteTraceId: 'row-2' },
        { ...contact('c@x.com'), objectWriteTraceId: 'row-3' },
        { ...contact('taken@x.com'), objectWriteTraceId: 'row-4' },
      ],
    });
    expect(res.status).toBe(207);
    expect(res.body.status).toBe('COMPLETE');
    expect(res.body.numErrors).toBe(2);
    expect(res.body.results.map((r: Json) => [r.objectWriteTraceId, r.properties.email])).toEqual([
      ['row-1', 'a@x.com'],
      ['row-3', 'c@x.com'],
    ]);
    expect(res.body.errors[0]).toMatchObject({
      status: 'error',
      category: 'VALIDATION_ERROR',
      context: { objectWriteTraceId: ['row-2'] },
    });
    expect(res.body.errors[0].message).toContain('favourite_colour');
    expect(res.body.errors[1]).toMatchObject({
      status: 'error',
      category: 'CONFLICT',
      context: { objectWriteTraceId: ['row-4'] },
    });
    const emails = emu.store.list('contacts').map((r) => r.properties.email);
    expect(emails.sort()).toEqual(['a@x.com', 'c@x.com', 'taken@x.com']);
  });

  it('answers 201 when every traced input is created, and 400 for a repeated trace id', async () => {
    const { emu } = ctx;
    const good = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/create', {
      inputs: [{ ...contact('a@x.com'), objectWriteTraceId: '1' }],
    });
    expect(good.status).toBe(201);
    expect(good.body.numErrors).toBeUndefined();
    const dup = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/create', {
      inputs: [
        { ...contact('b@x.com'), objectWriteTraceId: '1' },
        { ...contact('c@x.com'), objectWriteTraceId: '1' },
      ],
    });
    expect(dup.status).toBe(400);
    expect(emu.store.list('contacts')).toHaveLength(1);
  });

  it('updates and upserts the good inputs, with per-input errors for the rest', async () => {
    const { emu } = ctx;
    const created = await call(emu, 'POST', '/crm/v3/objects/deals/batch/create', {
      inputs: [{ properties: { dealname: 'A' } }, { properties: { dealname: 'B' } }],
    });
    const [a, b] = created.body.results.map((r: { id: string }) => r.id);
    const updated = await call(emu, 'POST', '/crm/v3/objects/deals/batch/update', {
      inputs: [
        { id: a, properties: { amount: '10.50' }, objectWriteTraceId: 'a' },
        { id: b, properties: { amount: 'ten' }, objectWriteTraceId: 'b' },
        { id: '999999', properties: { amount: '1' }, objectWriteTraceId: 'gone' },
      ],
    });
    expect(updated.status).toBe(207);
    expect(updated.body.numErrors).toBe(2);
    expect(
      updated.body.errors.map((e: Json) => [e.category, e.context.objectWriteTraceId]),
    ).toEqual([
      ['VALIDATION_ERROR', ['b']],
      ['OBJECT_NOT_FOUND', ['gone']],
    ]);
    expect(emu.store.get('deals', a)?.properties.amount).toBe('10.50');
    expect(emu.store.get('deals', b)?.properties.amount).toBeUndefined();

    const upserted = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/upsert', {
      inputs: [
        { idProperty: 'email', id: 'u1@x.com', properties: {}, objectWriteTraceId: 'u1' },
        {
          idProperty: 'email',
          id: 'u2@x.com',
          properties: { hs_object_id: '5' },
          objectWriteTraceId: 'u2',
        },
      ],
    });
    expect(upserted.status).toBe(207);
    expect(upserted.body.results.map((r: Json) => [r.objectWriteTraceId, r.new])).toEqual([
      ['u1', true],
    ]);
    expect(upserted.body.errors[0].context.objectWriteTraceId).toEqual(['u2']);
    expect(emu.store.list('contacts').map((r) => r.properties.email)).toEqual(['u1@x.com']);
  });

  it('without trace ids, an invalid upsert input fails the batch and writes nothing', async () => {
    const { emu } = ctx;
    const res = await call(emu, 'POST', '/crm/v3/objects/contacts/batch/upsert', {
      inputs: [
        { idProperty: 'email', id: 'ok@x.com', properties: {} },
        { idProperty: 'email', id: 'bad@x.com', properties: { favourite_colour: 'blue' } },
      ],
    });
    expect(res.status).toBe(400);
    expect(emu.store.list('contacts')).toHaveLength(0);
  });
});
