import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { Crm } from '../../serverless/hubspot/crm';
import { HubSpotHttp } from '../../serverless/hubspot/http';

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
