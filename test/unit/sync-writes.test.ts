import { describe, expect, it } from 'vitest';
import type { BatchOutcome, Crm } from '../../serverless/hubspot/crm';
import { Tally } from '../../serverless/sync/tally';
import { upsertAll, type PlannedWrite } from '../../serverless/sync/writes';
import { searchIn } from '../../serverless/sync/search';

const subject = (qboId: string, name: string) => ({ object: 'products' as const, qboId, name });
const writes: PlannedWrite[] = [
  { id: '1:10', properties: { name: 'A' }, outcome: 'created', subject: subject('10', 'A') },
  { id: '1:11', properties: { name: 'B' }, outcome: 'updated', subject: subject('11', 'B') },
  { id: '1:12', properties: { name: 'C' }, outcome: 'created', subject: subject('12', 'C') },
];

/** A CRM whose batch upsert answers as scripted (HubSpot's 207 multi-status, already read). */
const crmAnswering = (answer: () => Promise<BatchOutcome>) =>
  ({ batchUpsert: answer }) as unknown as Crm;

describe('sync writes: HubSpot partial answers', () => {
  it('counts saved records as planned and each refused one as failed with HubSpot’s reason', async () => {
    const tally = new Tally();
    const saved = await upsertAll(
      crmAnswering(async () => ({
        saved: [
          { id: '501', properties: {}, index: 0 },
          { id: '502', properties: {}, index: 2 },
        ],
        failed: [{ index: 1, message: 'Property values were not valid: price' }],
      })),
      'products',
      'qbo_item_key',
      writes,
      tally,
    );
    expect(saved.map((s) => [s.write.id, s.recordId])).toEqual([
      ['1:10', '501'],
      ['1:12', '502'],
    ]);
    expect(tally.counts).toMatchObject({ created: 2, updated: 0, failed: 1 });
    expect(tally.reasons()).toEqual([
      {
        reason: {
          id: 'HubSpot refused the record: {reason}',
          values: { reason: 'Property values were not valid: price' },
        },
        count: 1,
      },
    ]);
    // Each decision names its record, for the sync log.
    expect(tally.decisions.map((d) => [d.qboId, d.outcome, d.hubspotId])).toEqual([
      ['11', 'failed', null],
      ['10', 'created', '501'],
      ['12', 'created', '502'],
    ]);
  });

  it('counts inputs HubSpot did not answer for as failed, never as saved', async () => {
    const tally = new Tally();
    await upsertAll(
      crmAnswering(async () => ({ saved: [{ id: '501', properties: {}, index: 0 }], failed: [] })),
      'products',
      'qbo_item_key',
      writes,
      tally,
    );
    expect(tally.counts).toMatchObject({ created: 1, failed: 2 });
    expect(tally.decisions.filter((d) => d.outcome === 'failed').map((d) => d.name)).toEqual([
      'B',
      'C',
    ]);
  });

  it('counts a refused batch as failed for each record, and does not throw', async () => {
    const tally = new Tally();
    const saved = await upsertAll(
      crmAnswering(async () => {
        throw new Error('HubSpot is having trouble right now. Try again.');
      }),
      'contacts',
      'qbo_customer_key',
      writes,
      tally,
    );
    expect(saved).toEqual([]);
    expect(tally.counts.failed).toBe(3);
  });
});

describe('sync reads: searching HubSpot by many values', () => {
  it('sends values lower-cased, 100 to a search, and follows every page', async () => {
    const requests: Array<{ values: string[]; after?: string }> = [];
    const crm = {
      search: async (
        _type: string,
        request: { filterGroups: Array<{ filters: Array<{ values: string[] }> }>; after?: string },
      ) => {
        const values = request.filterGroups[0]!.filters[0]!.values;
        requests.push({ values, ...(request.after ? { after: request.after } : {}) });
        // The first search answers in two pages.
        if (requests.length === 1)
          return {
            total: 2,
            results: [{ id: '1', properties: {} }],
            paging: { next: { after: 'p2' } },
          };
        return { total: 1, results: [{ id: String(requests.length), properties: {} }] };
      },
    } as unknown as Crm;
    const values = Array.from({ length: 150 }, (_, n) => `SKU-${n}`);
    const found = await searchIn(crm, 'products', 'hs_sku', values, ['hs_sku']);
    expect(found.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(requests.map((r) => [r.values.length, r.after ?? null])).toEqual([
      [100, null],
      [100, 'p2'],
      [50, null],
    ]);
    expect(requests[0]!.values[0]).toBe('sku-0');
  });
});
