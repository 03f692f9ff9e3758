import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { Crm, requireAllSaved } from '../../serverless/hubspot/crm';
import { HubSpotHttp } from '../../serverless/hubspot/http';
import { virtualClock } from '../support/virtual-clock';

let hubspot: HubSpotEmulator;
beforeAll(async () => {
  hubspot = await startHubSpotEmulator({ seed: 'demo' });
});
afterAll(() => hubspot.close());
beforeEach(() => hubspot.reset('demo'));

function crm(): Crm {
  return new Crm(
    new HubSpotHttp({
      baseUrl: hubspot.url,
      accessToken: hubspot.token,
      deadline: Date.now() + 10_000,
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
    }),
  );
}

describe('Crm.createTask', () => {
  it('creates one task, due at the given instant, attached to a deal, its contact and company', async () => {
    const deal = hubspot.demo.deals.publishedQuote;
    const [contact] = hubspot.store.associations('deals', deal, 'contacts');
    const [company] = hubspot.store.associations('deals', deal, 'companies');
    const task = await crm().createTask({
      subject: 'Invoice 1037 is overdue',
      body: 'Balance 362.07 USD, due 2026-12-02',
      dueAt: new Date('2026-12-03T09:00:00+01:00'),
      ownerId: '64492917',
      priority: 'HIGH',
      associations: [
        { to: 'deal', id: deal },
        { to: 'contact', id: contact?.id ?? '' },
        { to: 'company', id: company?.id ?? '' },
      ],
    });

    const stored = hubspot.store.get('tasks', task.id);
    expect(stored?.properties).toMatchObject({
      hs_task_subject: 'Invoice 1037 is overdue',
      hs_task_body: 'Balance 362.07 USD, due 2026-12-02',
      hs_timestamp: '2026-12-03T08:00:00.000Z',
      hs_task_status: 'NOT_STARTED',
      hs_task_type: 'TODO',
      hs_task_priority: 'HIGH',
      hubspot_owner_id: '64492917',
    });
    expect(hubspot.store.associations('tasks', task.id, 'deals')).toEqual([
      { id: deal, typeIds: [216] },
    ]);
    expect(hubspot.store.associations('tasks', task.id, 'contacts')).toEqual([
      { id: contact?.id, typeIds: [204] },
    ]);
    expect(hubspot.store.associations('tasks', task.id, 'companies')).toEqual([
      { id: company?.id, typeIds: [192] },
    ]);
    expect(hubspot.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('reports HubSpot’s refusal when a record to attach does not exist, creating nothing', async () => {
    await expect(
      crm().createTask({
        subject: 'x',
        dueAt: new Date('2026-12-03T09:00:00Z'),
        associations: [{ to: 'deal', id: '999999' }],
      }),
    ).rejects.toMatchObject({ code: 'HUBSPOT_REJECTED', status: 400 });
    expect(hubspot.store.list('tasks')).toHaveLength(0);
  });
});

// A batch with refused inputs answers 207 (HubSpot's multi-status errors,
// https://developers.hubspot.com/docs/api-reference/error-handling): the product keeps what was
// written, says which inputs failed, and never sends the written ones again.
describe('Crm batch writes with partial success', () => {
  const contact = (n: number): { properties: Record<string, string> } => ({
    properties: { email: `c${n}@example.com`, firstname: `C${n}` },
  });

  it('creates the good inputs across chunks of 100 and reports each refused one by position', async () => {
    hubspot.reset('empty');
    const inputs = Array.from({ length: 150 }, (_, n) => contact(n));
    inputs[3] = { properties: { email: 'c3@example.com', firstname: 'C3', shoe_size: '9' } };
    inputs[120] = contact(0); // the same email as input 0: HubSpot's 409
    const outcome = await crm().batchCreate('contacts', inputs);

    expect(outcome.failed.map((f) => [f.index, f.category])).toEqual([
      [3, 'VALIDATION_ERROR'],
      [120, 'CONFLICT'],
    ]);
    expect(outcome.failed[0]?.message).toContain('shoe_size');
    expect(outcome.saved).toHaveLength(148);
    expect(outcome.saved.map((r) => r.index)).not.toContain(3);
    expect(outcome.saved.find((r) => r.index === 7)?.properties.email).toBe('c7@example.com');
    expect(hubspot.store.list('contacts')).toHaveLength(148);
    // One request per chunk: a 207 is an answer, not a failure to retry.
    expect(hubspot.requests.map((r) => [r.path, r.status])).toEqual([
      ['/crm/v3/objects/contacts/batch/create', 207],
      ['/crm/v3/objects/contacts/batch/create', 207],
    ]);
  });

  it('upserts the good inputs; upserting again after fixing the refused one makes no duplicates', async () => {
    hubspot.reset('empty');
    const inputs: Array<{ id: string; properties: Record<string, string> }> = [
      { id: 'a@example.com', properties: { firstname: 'A' } },
      { id: 'b@example.com', properties: { firstname: 'B', hs_object_id: '1' } },
      { id: 'c@example.com', properties: { firstname: 'C' } },
    ];
    const first = await crm().batchUpsert('contacts', 'email', inputs);
    expect(first.saved.map((r) => r.index)).toEqual([0, 2]);
    expect(first.failed).toEqual([
      expect.objectContaining({ index: 1, message: expect.stringContaining('read only') }),
    ]);
    expect(() => requireAllSaved(first, inputs.length)).toThrow(
      /HubSpot refused 1 of 3 records: .*hs_object_id/,
    );

    inputs[1] = { id: 'b@example.com', properties: { firstname: 'B' } };
    const again = await crm().batchUpsert('contacts', 'email', inputs);
    expect(again.failed).toEqual([]);
    expect(requireAllSaved(again, inputs.length).map((r) => r.id)).toEqual(
      expect.arrayContaining(first.saved.map((r) => r.id)),
    );
    const emails = hubspot.store.list('contacts').map((r) => r.properties.email);
    expect(emails.sort()).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
  });
});

// HubSpot's limits (https://developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines)
// as the emulator enforces them, on one virtual clock shared by the emulator's windows and the
// client's waits, so the outcome does not depend on this machine's speed.
describe('HubSpotHttp under HubSpot’s rate limits', () => {
  let limited: HubSpotEmulator | undefined;
  afterAll(() => limited?.close());

  async function limitedCrm(limits: { tenSecondly?: number; daily?: number }) {
    const clock = virtualClock(Date.UTC(2026, 10, 30, 15, 0, 0));
    await limited?.close();
    limited = await startHubSpotEmulator({
      seed: 'demo',
      enforceRateLimits: true,
      rateLimits: limits,
      now: clock.now,
    });
    const client = new Crm(
      new HubSpotHttp({
        baseUrl: limited.url,
        accessToken: limited.token,
        deadline: clock.now() + 15_000,
        retry: { now: clock.now, sleep: clock.sleep },
      }),
    );
    return { emu: limited, clock, client };
  }

  it('rides out a full rolling 10-second window by backing off (HubSpot sends no Retry-After)', async () => {
    const { emu, clock, client } = await limitedCrm({ tenSecondly: 2 });
    const deal = emu.demo.deals.publishedQuote;
    await client.getObject('deals', deal, ['dealname']);
    await client.getObject('deals', deal, ['dealname']);
    clock.advance(9_000);
    const record = await client.getObject('deals', deal, ['dealname']);
    expect(record?.id).toBe(deal);
    const statuses = emu.requests.map((r) => r.status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 429]);
    expect(statuses.at(-1)).toBe(200);
  });

  it('stops at once on the daily limit and says when it starts again', async () => {
    const { emu, client } = await limitedCrm({ daily: 1 });
    const deal = emu.demo.deals.publishedQuote;
    await client.getObject('deals', deal, ['dealname']);
    await expect(client.getObject('deals', deal, ['dealname'])).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryable: false,
      message: expect.stringMatching(/daily API calls.*midnight/),
    });
    expect(emu.requests.map((r) => r.status)).toEqual([200, 429]);
  });
});

// HubSpot's 2026-03 reference echoes each input's objectWriteTraceId on its result; an answer that
// does not is still mapped to its inputs (by the upsert key, else in order), never lost.
describe('Crm batch outcome when results carry no trace id', () => {
  const answering = (response: unknown) => {
    const sent: unknown[] = [];
    const http = {
      request: async (_method: string, _path: string, options: { body: unknown }) => {
        sent.push(options.body);
        return response;
      },
    };
    return { crm: new Crm(http as unknown as HubSpotHttp), sent };
  };
  const record = (id: string, properties: Record<string, string> = {}) => ({ id, properties });

  it('maps upserted records by their key, whatever the order', async () => {
    const { crm: client, sent } = answering({
      results: [record('11', { email: 'B@example.com' }), record('10', { email: 'a@example.com' })],
    });
    const outcome = await client.batchUpsert('contacts', 'email', [
      { id: 'a@example.com', properties: {} },
      { id: 'b@example.com', properties: {} },
    ]);
    expect(outcome.saved.map((r) => [r.index, r.id])).toEqual([
      [0, '10'],
      [1, '11'],
    ]);
    expect(sent).toEqual([
      {
        inputs: [
          { id: 'a@example.com', properties: {}, idProperty: 'email', objectWriteTraceId: '0' },
          { id: 'b@example.com', properties: {}, idProperty: 'email', objectWriteTraceId: '1' },
        ],
      },
    ]);
  });

  it('gives created records to the inputs that did not fail, in order', async () => {
    const { crm: client } = answering({
      results: [record('20'), record('22')],
      numErrors: 1,
      errors: [
        {
          status: 'error',
          category: 'VALIDATION_ERROR',
          message: 'bad',
          context: { objectWriteTraceId: ['1'] },
        },
      ],
    });
    const outcome = await client.batchCreate('deals', [
      { properties: { dealname: 'a' } },
      { properties: { dealname: 'b' } },
      { properties: { dealname: 'c' } },
    ]);
    expect(outcome.saved.map((r) => [r.index, r.id])).toEqual([
      [0, '20'],
      [2, '22'],
    ]);
    expect(outcome.failed).toEqual([{ index: 1, category: 'VALIDATION_ERROR', message: 'bad' }]);
  });

  it('refuses to call a batch whole when HubSpot answered for fewer inputs than were sent', () => {
    expect(() => requireAllSaved({ saved: [{ ...record('1'), index: 0 }], failed: [] }, 2)).toThrow(
      /saved 1 of 2 records/,
    );
  });
});
