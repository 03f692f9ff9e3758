import { describe, expect, it } from 'vitest';
import { call, useEmulator } from './test-helpers.js';

// Tasks as https://developers.hubspot.com/docs/api/crm/tasks documents them; association type ids
// from https://developers.hubspot.com/docs/api/crm/associations (task to object).
const ctx = useEmulator('demo');

const TASK = {
  hs_timestamp: '2026-12-01T09:00:00.000Z',
  hs_task_subject: 'Chase invoice 1037',
  hs_task_body: 'Payment is overdue',
  hs_task_status: 'NOT_STARTED',
  hs_task_priority: 'HIGH',
  hs_task_type: 'TODO',
  hubspot_owner_id: '64492917',
};

const assoc = (id: string, typeId: number) => ({
  to: { id },
  types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: typeId }],
});

describe('tasks', () => {
  it('creates a task with its documented properties, associated to a deal, contact and company', async () => {
    const { emu } = ctx;
    const deal = emu.demo.deals.publishedQuote;
    const [contact] = emu.store.associations('deals', deal, 'contacts');
    const [company] = emu.store.associations('deals', deal, 'companies');
    expect(contact && company).toBeTruthy();
    const created = await call(emu, 'POST', '/crm/v3/objects/tasks', {
      properties: TASK,
      associations: [
        assoc(deal, 216),
        assoc(contact?.id ?? '', 204),
        assoc(company?.id ?? '', 192),
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.properties).toMatchObject(TASK);
    const id = created.body.id as string;
    expect(emu.store.associations('tasks', id, 'deals')).toEqual([{ id: deal, typeIds: [216] }]);
    expect(emu.store.associations('deals', deal, 'tasks')).toEqual([{ id, typeIds: [215] }]);
    expect(emu.store.associations('tasks', id, 'contacts')).toEqual([
      { id: contact?.id, typeIds: [204] },
    ]);
    expect(emu.store.associations('tasks', id, 'companies')).toEqual([
      { id: company?.id, typeIds: [192] },
    ]);

    const read = await call(
      emu,
      'GET',
      `/crm/objects/2026-03/tasks/${id}?properties=hs_task_subject,hs_timestamp&associations=deals`,
    );
    expect(read.status).toBe(200);
    expect(read.body.properties).toMatchObject({
      hs_task_subject: 'Chase invoice 1037',
      hs_timestamp: '2026-12-01T09:00:00.000Z',
    });
    expect(read.body.associations.deals.results).toEqual([{ id: deal, type: 'task_to_deal' }]);
  });

  it('takes the due date as epoch milliseconds and stores it as UTC', async () => {
    const due = Date.UTC(2026, 11, 24, 17, 30);
    const created = await call(ctx.emu, 'POST', '/crm/v3/objects/tasks', {
      properties: { hs_timestamp: String(due), hs_task_subject: 'x' },
    });
    expect(created.status).toBe(201);
    expect(created.body.properties.hs_timestamp).toBe('2026-12-24T17:30:00.000Z');
  });

  it('refuses a task without hs_timestamp and values outside the documented enumerations', async () => {
    const { emu } = ctx;
    const noDue = await call(emu, 'POST', '/crm/v3/objects/tasks', {
      properties: { hs_task_subject: 'no due date' },
    });
    expect(noDue.status).toBe(400);
    expect(noDue.body.message).toContain('REQUIRED_PROPERTY');
    expect(noDue.body.message).toContain('hs_timestamp');

    for (const [name, value] of [
      ['hs_task_status', 'DONE'],
      ['hs_task_status', 'completed'],
      ['hs_task_priority', 'URGENT'],
      ['hs_task_type', 'MEETING'],
    ]) {
      const res = await call(emu, 'POST', '/crm/v3/objects/tasks', {
        properties: { ...TASK, [name as string]: value },
      });
      expect(res.status, `${name}=${value}`).toBe(400);
      expect(res.body.message).toContain('INVALID_OPTION');
    }
    expect(emu.store.list('tasks')).toHaveLength(0);
  });

  it('accepts every documented status and stamps the completion time when COMPLETED', async () => {
    const { emu } = ctx;
    for (const status of ['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED']) {
      const res = await call(emu, 'POST', '/crm/v3/objects/tasks', {
        properties: { ...TASK, hs_task_status: status },
      });
      expect(res.status, status).toBe(201);
    }
    const [open] = emu.store.list('tasks');
    const done = await call(emu, 'PATCH', `/crm/v3/objects/tasks/${open?.id}`, {
      properties: { hs_task_status: 'COMPLETED' },
    });
    expect(done.body.properties.hs_task_completion_date).toEqual(expect.any(String));
    const reopened = await call(emu, 'PATCH', `/crm/v3/objects/tasks/${open?.id}`, {
      properties: { hs_task_status: 'IN_PROGRESS' },
    });
    expect(reopened.body.properties.hs_task_completion_date).toBeUndefined();
  });

  it('refuses an association type id that does not start at a task', async () => {
    const { emu } = ctx;
    const res = await call(emu, 'POST', '/crm/v3/objects/tasks', {
      properties: TASK,
      // 214 is note → deal.
      associations: [assoc(emu.demo.deals.publishedQuote, 214)],
    });
    expect(res.status).toBe(400);
    expect(emu.store.list('tasks')).toHaveLength(0);
  });

  it('finds a deal’s open tasks by search, and batch-creates tasks', async () => {
    const { emu } = ctx;
    const deal = emu.demo.deals.publishedQuote;
    const batch = await call(emu, 'POST', '/crm/v3/objects/tasks/batch/create', {
      inputs: [
        { properties: TASK, associations: [assoc(deal, 216)] },
        { properties: { ...TASK, hs_task_status: 'COMPLETED' }, associations: [assoc(deal, 216)] },
        { properties: { ...TASK, hs_task_subject: 'Unrelated' } },
      ],
    });
    expect(batch.status).toBe(201);
    expect(batch.body.results).toHaveLength(3);
    const found = await call(emu, 'POST', '/crm/v3/objects/tasks/search', {
      filterGroups: [
        {
          filters: [
            { propertyName: 'associations.deal', operator: 'EQ', value: deal },
            { propertyName: 'hs_task_status', operator: 'NEQ', value: 'COMPLETED' },
          ],
        },
      ],
      properties: ['hs_task_subject', 'hs_task_status'],
    });
    expect(found.status).toBe(200);
    expect(found.body.total).toBe(1);
    expect(found.body.results[0].properties).toMatchObject({
      hs_task_subject: 'Chase invoice 1037',
      hs_task_status: 'NOT_STARTED',
    });
  });

  it('answers an unknown object type as HubSpot does: 400 "Unable to infer object type"', async () => {
    // HubSpot's own answer, quoted in HubSpot/hubspot-api-php#128.
    const res = await call(ctx.emu, 'POST', '/crm/v3/objects/reminders', { properties: {} });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      status: 'error',
      category: 'VALIDATION_ERROR',
      message: 'Unable to infer object type from: reminders',
    });
  });
});

describe('notes', () => {
  it('need hs_timestamp and attach to a deal with type 214', async () => {
    const { emu } = ctx;
    const deal = emu.demo.deals.publishedQuote;
    const created = await call(emu, 'POST', '/crm/v3/objects/notes', {
      properties: { hs_timestamp: '2026-11-02T15:04:05.000Z', hs_note_body: 'Invoice 1037 sent' },
      associations: [assoc(deal, 214)],
    });
    expect(created.status).toBe(201);
    expect(emu.store.associations('deals', deal, 'notes')).toEqual([
      { id: created.body.id, typeIds: [213] },
    ]);
  });
});
