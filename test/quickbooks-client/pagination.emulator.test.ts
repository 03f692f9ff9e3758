import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createQboClient } from '../../serverless/quickbooks/client';
import { select } from '../../serverless/quickbooks/query';
import { RateLimiter } from '../../serverless/quickbooks/rate-limiter';
import { useEmulator } from './harness';

const h = useEmulator();

/** A client without our own limiter, for seeding and property runs with QuickBooks limits off. */
function unlimited() {
  h.emulator.limits.enabled = false;
  return createQboClient({
    config: h.config,
    tokenStore: h.store,
    rateLimiter: new RateLimiter([{ limit: 100_000, windowMs: 1_000 }]),
  });
}

describe('pagination', () => {
  it('walks more than 2,500 customers 1000 at a time, each exactly once', async () => {
    const seeding = unlimited().forRealm(h.us);
    // 300 through the API in batches of 30, the rest straight into the emulator's books.
    const viaBatch = Array.from({ length: 300 }, (_, index) => ({
      bId: `b${index}`,
      operation: 'create' as const,
      entity: 'Customer' as const,
      body: { DisplayName: `Paged Customer ${String(index).padStart(4, '0')}` },
    }));
    const results = await seeding.batch.run(viaBatch, {
      idempotencyKey: 'seed',
      timeoutMs: 10_000,
    });
    expect(results.every((r) => r.ok)).toBe(true);
    const realm = h.emulator.realm(h.us);
    for (let index = 300; index < 2_600; index++) {
      realm.create('Customer', { DisplayName: `Paged Customer ${String(index).padStart(4, '0')}` });
    }
    h.emulator.limits.enabled = true;

    const expected = realm.customers().filter((c) => c.Active);
    expect(expected.length).toBeGreaterThan(2_600);
    const before = h.emulator.requests.length;
    const seen: string[] = [];
    for await (const customer of h.client.forRealm(h.us).customers.all()) seen.push(customer.Id);
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(expected.map((c) => c.Id)));

    const queries = h.emulator.requests
      .slice(before)
      .map((r) => new URLSearchParams(r.query).get('query'));
    expect(queries).toEqual([
      'SELECT * FROM Customer ORDERBY Id ASC STARTPOSITION 1 MAXRESULTS 1000',
      'SELECT * FROM Customer ORDERBY Id ASC STARTPOSITION 1001 MAXRESULTS 1000',
      'SELECT * FROM Customer ORDERBY Id ASC STARTPOSITION 2001 MAXRESULTS 1000',
    ]);
    expect(await h.client.forRealm(h.us).customers.count()).toBe(expected.length);
  });

  it('yields pages for chunked work and stops on a short page', async () => {
    const us = h.client.forRealm(h.us);
    const { paginatePages } = await import('../../serverless/quickbooks/paginate');
    const { customerSchema } = await import('../../serverless/quickbooks/resources/customers');
    const sizes: number[] = [];
    for await (const rows of paginatePages(
      us.transport,
      select('Customer').orderBy('DisplayName'),
      (row) => customerSchema.parse(row),
      { pageSize: 10 },
    )) {
      sizes.push(rows.length);
    }
    const total = h.emulator
      .realm(h.us)
      .customers()
      .filter((c) => c.Active).length;
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
    expect(sizes.slice(0, -1).every((size) => size === 10)).toBe(true);
  });
});

describe('query escaping, end to end', () => {
  const alphabet = [
    'a',
    'B',
    'z',
    '7',
    ' ',
    "'",
    '\\',
    '%',
    '_',
    '"',
    '&',
    '(',
    'é',
    'É',
    'ü',
    'ñ',
    'Å',
    'ß',
    '中',
    '😀',
    '🎉',
    '👩‍💻',
  ];
  const grapheme = fc.constantFrom(...alphabet);
  const name = fc.array(grapheme, { minLength: 1, maxLength: 12 }).filter((parts) => {
    const joined = parts.join('');
    return joined.trim() === joined && joined !== '';
  });
  const scenario = fc
    .uniqueArray(name, {
      minLength: 1,
      maxLength: 4,
      selector: (parts) => parts.join('').toLowerCase(),
    })
    .chain((names) =>
      fc.record({
        names: fc.constant(names),
        pick: fc.nat({ max: names.length - 1 }),
        from: fc.nat({ max: 11 }),
        length: fc.integer({ min: 1, max: 6 }),
      }),
    );

  it('finds exactly the intended customers, whatever their names hold (property)', async () => {
    const us = unlimited().forRealm(h.us);
    const realm = h.emulator.realm(h.us);
    const activeNames = () => realm.customers().filter((c) => c.Active);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ names, pick, from, length }) => {
        run++;
        for (const parts of names) {
          const displayName = parts.join('');
          const taken = activeNames().some(
            (c) => c.DisplayName.toLowerCase() === displayName.toLowerCase(),
          );
          if (taken) continue;
          const created = await us.customers.create(
            { DisplayName: displayName },
            { idempotencyKey: `prop-${run}-${displayName}` },
          );
          expect(created.DisplayName).toBe(displayName);
        }
        for (const parts of names) {
          const displayName = parts.join('');
          const exact = await us.customers.page(
            select('Customer').where('DisplayName', '=', displayName),
          );
          expect(exact.rows.map((c) => c.DisplayName.toLowerCase())).toEqual([
            displayName.toLowerCase(),
          ]);
        }
        const chosen = names[pick] ?? names[0] ?? [];
        const start = Math.min(from, chosen.length - 1);
        const fragment = chosen.slice(start, start + length).join('');
        const lower = fragment.toLowerCase();
        const contains = await us.customers.page(
          select('Customer').contains('DisplayName', fragment),
        );
        const expected = activeNames()
          .filter((c) => c.DisplayName.toLowerCase().includes(lower))
          .map((c) => c.Id)
          .sort();
        expect(contains.rows.map((c) => c.Id).sort()).toEqual(expected);
        const prefix = chosen.slice(0, length).join('');
        const startsWith = await us.customers.page(
          select('Customer').startsWith('DisplayName', prefix),
        );
        expect(startsWith.rows.map((c) => c.Id).sort()).toEqual(
          activeNames()
            .filter((c) => c.DisplayName.toLowerCase().startsWith(prefix.toLowerCase()))
            .map((c) => c.Id)
            .sort(),
        );
      }),
      { numRuns: 60 },
    );
  });
});
