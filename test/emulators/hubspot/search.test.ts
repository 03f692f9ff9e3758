import { beforeEach, describe, expect, it } from 'vitest';
import { call, useEmulator } from './test-helpers.js';

const ctx = useEmulator('empty');

type Filter = {
  propertyName: string;
  operator: string;
  value?: string | number;
  values?: string[];
  highValue?: string;
};

async function ids(filters: Filter[], extra: Record<string, unknown> = {}): Promise<string[]> {
  const res = await call(ctx.emu, 'POST', '/crm/v3/objects/deals/search', {
    filterGroups: [{ filters }],
    properties: ['dealname'],
    limit: 100,
    ...extra,
  });
  expect(res.status).toBe(200);
  return res.body.results.map((r: { properties: { dealname: string } }) => r.properties.dealname);
}

beforeEach(async () => {
  const deals: Array<Record<string, string>> = [
    {
      dealname: 'Alpha Fountain',
      amount: '100',
      closedate: '2026-01-10T00:00:00Z',
      deal_currency_code: 'USD',
    },
    {
      dealname: 'Beta Pumps',
      amount: '20',
      closedate: '2026-02-10T00:00:00Z',
      deal_currency_code: 'EUR',
    },
    { dealname: 'Gamma garden design', amount: '3000', closedate: '2026-03-10T00:00:00Z' },
    { dealname: 'delta', amount: '9', deal_currency_code: 'GBP' },
  ];
  await call(ctx.emu, 'POST', '/crm/v3/objects/deals/batch/create', {
    inputs: deals.map((properties) => ({ properties })),
  });
});

describe('search', () => {
  it('compares numbers as numbers and dates as dates', async () => {
    expect(await ids([{ propertyName: 'amount', operator: 'GT', value: '99' }])).toEqual([
      'Alpha Fountain',
      'Gamma garden design',
    ]);
    expect(await ids([{ propertyName: 'amount', operator: 'LTE', value: 20 }])).toEqual([
      'Beta Pumps',
      'delta',
    ]);
    expect(
      await ids([{ propertyName: 'amount', operator: 'BETWEEN', value: '10', highValue: '100' }]),
    ).toEqual(['Alpha Fountain', 'Beta Pumps']);
    const feb = String(Date.UTC(2026, 1, 1));
    expect(await ids([{ propertyName: 'closedate', operator: 'GTE', value: feb }])).toEqual([
      'Beta Pumps',
      'Gamma garden design',
    ]);
    expect(await ids([{ propertyName: 'closedate', operator: 'LT', value: '2026-02-01' }])).toEqual(
      ['Alpha Fountain'],
    );
  });

  it('matches EQ case-insensitively and supports IN, NOT_IN, NEQ and presence', async () => {
    expect(await ids([{ propertyName: 'dealname', operator: 'EQ', value: 'DELTA' }])).toEqual([
      'delta',
    ]);
    expect(
      await ids([{ propertyName: 'deal_currency_code', operator: 'IN', values: ['EUR', 'GBP'] }]),
    ).toEqual(['Beta Pumps', 'delta']);
    expect(
      await ids([{ propertyName: 'deal_currency_code', operator: 'NOT_IN', values: ['USD'] }]),
    ).toHaveLength(3);
    expect(
      await ids([{ propertyName: 'deal_currency_code', operator: 'NEQ', value: 'USD' }]),
    ).toHaveLength(3);
    expect(await ids([{ propertyName: 'closedate', operator: 'NOT_HAS_PROPERTY' }])).toEqual([
      'delta',
    ]);
    expect(
      await ids([{ propertyName: 'deal_currency_code', operator: 'HAS_PROPERTY' }]),
    ).toHaveLength(3);
  });

  it('matches tokens with wildcards, ORs groups and ANDs filters', async () => {
    expect(
      await ids([{ propertyName: 'dealname', operator: 'CONTAINS_TOKEN', value: 'garden' }]),
    ).toEqual(['Gamma garden design']);
    expect(
      await ids([{ propertyName: 'dealname', operator: 'CONTAINS_TOKEN', value: 'pump*' }]),
    ).toEqual(['Beta Pumps']);
    expect(
      await ids([{ propertyName: 'dealname', operator: 'NOT_CONTAINS_TOKEN', value: 'garden' }]),
    ).toHaveLength(3);
    const res = await call(ctx.emu, 'POST', '/crm/v3/objects/deals/search', {
      filterGroups: [
        {
          filters: [
            { propertyName: 'amount', operator: 'GT', value: '50' },
            { propertyName: 'deal_currency_code', operator: 'EQ', value: 'USD' },
          ],
        },
        { filters: [{ propertyName: 'dealname', operator: 'EQ', value: 'delta' }] },
      ],
      properties: ['dealname'],
    });
    expect(res.body.total).toBe(2);
  });

  it('searches text with query and sorts', async () => {
    expect(await ids([], { query: 'fountain' })).toEqual(['Alpha Fountain']);
    const sorted = await ids([], { sorts: [{ propertyName: 'amount', direction: 'DESCENDING' }] });
    expect(sorted).toEqual(['Gamma garden design', 'Alpha Fountain', 'Beta Pumps', 'delta']);
  });

  it('pages with string after offsets and reports the total', async () => {
    const page1 = await call(ctx.emu, 'POST', '/crm/v3/objects/deals/search', {
      limit: 3,
      properties: ['dealname'],
    });
    expect(page1.body.total).toBe(4);
    expect(page1.body.results).toHaveLength(3);
    expect(page1.body.paging.next.after).toBe('3');
    const page2 = await call(ctx.emu, 'POST', '/crm/v3/objects/deals/search', {
      limit: 3,
      after: '3',
    });
    expect(page2.body.results).toHaveLength(1);
    expect(page2.body.paging).toBeUndefined();
    expect(page2.body.results[0].properties).toHaveProperty('hs_object_id');
  });

  it('enforces filter, page-size and paging limits with 400s', async () => {
    const f = { propertyName: 'amount', operator: 'HAS_PROPERTY' };
    const search = (body: unknown) => call(ctx.emu, 'POST', '/crm/v3/objects/deals/search', body);
    expect(
      (await search({ filterGroups: Array.from({ length: 6 }, () => ({ filters: [f] })) })).status,
    ).toBe(400);
    expect(
      (await search({ filterGroups: [{ filters: Array.from({ length: 7 }, () => f) }] })).status,
    ).toBe(400);
    const nineteen = [6, 6, 6, 1].map((n) => ({ filters: Array.from({ length: n }, () => f) }));
    expect((await search({ filterGroups: nineteen })).status).toBe(400);
    expect((await search({ filterGroups: nineteen.slice(0, 3) })).status).toBe(200);
    expect((await search({ limit: 201 })).status).toBe(400);
    expect((await search({ after: '10000' })).status).toBe(400);
    const unknown = await search({
      filterGroups: [{ filters: [{ propertyName: 'nope', operator: 'EQ', value: '1' }] }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.category).toBe('VALIDATION_ERROR');
  });

  // https://developers.hubspot.com/docs/api/crm/search ("Filter search results", "Limitations").
  it('matches enumeration values case-sensitively, strings without case, IN on strings in lower case', async () => {
    expect(
      await ids([{ propertyName: 'deal_currency_code', operator: 'EQ', value: 'usd' }]),
    ).toEqual([]);
    expect(
      await ids([{ propertyName: 'deal_currency_code', operator: 'EQ', value: 'USD' }]),
    ).toEqual(['Alpha Fountain']);
    expect(
      await ids([{ propertyName: 'deal_currency_code', operator: 'IN', values: ['eur', 'GBP'] }]),
    ).toEqual(['delta']);
    expect(
      await ids([{ propertyName: 'dealname', operator: 'EQ', value: 'alpha FOUNTAIN' }]),
    ).toEqual(['Alpha Fountain']);
    expect(
      await ids([{ propertyName: 'dealname', operator: 'IN', values: ['beta pumps', 'Delta'] }]),
    ).toEqual(['Beta Pumps']);
  });

  it('refuses a query over 3,000 characters with a 400', async () => {
    const search = (query: string) =>
      call(ctx.emu, 'POST', '/crm/v3/objects/deals/search', { query });
    expect((await search('a'.repeat(3_000))).status).toBe(200);
    const tooLong = await search('a'.repeat(3_001));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
    expect(tooLong.body.message).toContain('3000');
  });

  it('returns each object type’s documented default properties', async () => {
    const { emu } = ctx;
    const expected: Record<string, string[]> = {
      contacts: [
        'createdate',
        'email',
        'firstname',
        'hs_object_id',
        'lastmodifieddate',
        'lastname',
      ],
      companies: ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'],
      deals: [
        'amount',
        'closedate',
        'createdate',
        'dealname',
        'dealstage',
        'hs_lastmodifieddate',
        'hs_object_id',
        'pipeline',
      ],
      products: [
        'createdate',
        'description',
        'hs_lastmodifieddate',
        'hs_object_id',
        'name',
        'price',
      ],
      line_items: [
        'amount',
        'createdate',
        'hs_lastmodifieddate',
        'hs_object_id',
        'price',
        'quantity',
      ],
      quotes: [
        'hs_createdate',
        'hs_expiration_date',
        'hs_lastmodifieddate',
        'hs_object_id',
        'hs_public_url_key',
        'hs_status',
        'hs_title',
      ],
      notes: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
      tasks: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
    };
    const seed: Record<string, Record<string, string>> = {
      contacts: { email: 'q@x.com' },
      companies: { name: 'Q' },
      products: { name: 'P', price: '1' },
      line_items: { name: 'L', price: '1', quantity: '1' },
      quotes: { hs_title: 'Q', hs_expiration_date: '2026-12-31', hs_status: 'DRAFT' },
      notes: { hs_timestamp: '2026-11-30T00:00:00Z', hs_note_body: 'n' },
      tasks: { hs_timestamp: '2026-11-30T00:00:00Z', hs_task_subject: 't' },
    };
    for (const [type, properties] of Object.entries(seed)) {
      expect((await call(emu, 'POST', `/crm/v3/objects/${type}`, { properties })).status).toBe(201);
    }
    for (const [type, names] of Object.entries(expected)) {
      const res = await call(emu, 'POST', `/crm/v3/objects/${type}/search`, { limit: 1 });
      expect(res.status, type).toBe(200);
      expect(Object.keys(res.body.results[0].properties).sort(), type).toEqual(names);
    }
  });
});
