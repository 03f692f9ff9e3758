import { describe, expect, it } from 'vitest';
import type { Crm, CrmRecord, SearchRequest } from '../../serverless/hubspot/crm';
import { WarmCache } from '../../serverless/lib/warm-cache';
import { SNAPSHOT_LIMIT, snapshotLookup } from '../../serverless/sync/lookup';

/** A portal of `count` contacts that answers search pages and batch reads, and counts calls. */
function portal(count: number) {
  const records: CrmRecord[] = Array.from({ length: count }, (_, n) => ({
    id: String(1000 + n),
    properties: { email: `Person${n}@Example.com`, qbo_customer_key: n < 2 ? `9:${n}` : null },
  }));
  const calls: string[] = [];
  const crm = {
    async search(_type: string, request: SearchRequest) {
      calls.push('search');
      const start = Number(request.after ?? 0);
      const filter = request.filterGroups?.[0]?.filters[0];
      const matching = filter
        ? records.filter((r) =>
            filter.values?.includes(r.properties[filter.propertyName]?.toLowerCase() ?? ''),
          )
        : records;
      const end = start + (request.limit ?? 10);
      return {
        total: matching.length,
        results: matching.slice(start, end),
        ...(end < matching.length ? { paging: { next: { after: String(end) } } } : {}),
      };
    },
    async batchRead(_type: string, ids: string[], _properties: string[], idProperty?: string) {
      calls.push('batchRead');
      return records.filter((r) => ids.includes(r.properties[idProperty ?? ''] ?? ''));
    },
  } as unknown as Crm;
  return { crm, calls };
}

const wanted = [{ type: 'contacts', properties: ['qbo_customer_key', 'email'] }];

describe('looking HubSpot records up during a run', () => {
  it('reads a small portal whole once, then finds records in memory as HubSpot would', async () => {
    const { crm, calls } = portal(450);
    const cache = new WarmCache({ now: () => 0 });
    const lookup = await snapshotLookup(crm, cache, wanted);
    expect(calls).toEqual(['search', 'search', 'search']);

    // Search compares without case; the unique key exactly.
    const found = await lookup.search('contacts', 'email', ['person7@example.com'], []);
    expect(found.map((r) => r.id)).toEqual(['1007']);
    expect(
      (await lookup.byKey('contacts', 'qbo_customer_key', ['9:1'], [])).map((r) => r.id),
    ).toEqual(['1001']);

    // What the run writes is found by its later pages, and by its next call (the warm cache).
    lookup.remember('contacts', [
      { id: '5000', properties: { email: 'new@example.com', qbo_customer_key: '9:77' } },
    ]);
    expect(
      (await lookup.byKey('contacts', 'qbo_customer_key', ['9:77'], [])).map((r) => r.id),
    ).toEqual(['5000']);
    const next = await snapshotLookup(crm, cache, wanted);
    expect(
      (await next.search('contacts', 'email', ['NEW@example.com'], [])).map((r) => r.id),
    ).toEqual(['5000']);
    expect(calls).toHaveLength(3);
  });

  it('asks HubSpot per lookup when the portal holds more than one page of lookups would cost', async () => {
    const { crm, calls } = portal(SNAPSHOT_LIMIT + 1);
    const lookup = await snapshotLookup(crm, new WarmCache({ now: () => 0 }), wanted);
    expect(calls).toEqual(['search']);
    await lookup.search('contacts', 'email', ['person3@example.com'], []);
    await lookup.byKey('contacts', 'qbo_customer_key', ['9:0'], []);
    expect(calls).toEqual(['search', 'search', 'batchRead']);
  });
});
