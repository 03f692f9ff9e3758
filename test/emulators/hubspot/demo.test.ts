import { describe, expect, it } from 'vitest';
import { call, useEmulator } from './test-helpers.js';

const ctx = useEmulator('demo');

describe('demo seed', () => {
  it('has companies, contacts with emails (one with an apostrophe and accent) and products with SKUs', () => {
    const { store } = ctx.emu;
    expect(store.list('companies').length).toBeGreaterThanOrEqual(3);
    const contacts = store.list('contacts');
    expect(contacts.length).toBeGreaterThanOrEqual(6);
    expect(contacts.every((c) => /@/.test(c.properties.email ?? ''))).toBe(true);
    expect(
      contacts.some(
        (c) => /'/.test(c.properties.lastname ?? '') && /[À-ÿ]/.test(c.properties.firstname ?? ''),
      ),
    ).toBe(true);
    const products = store.list('products');
    expect(products.length).toBeGreaterThanOrEqual(8);
    expect(products.every((p) => p.properties.hs_sku && p.properties.price)).toBe(true);
  });

  it('has a deal with a published unexpired quote and three line items', async () => {
    const { emu } = ctx;
    const { deals, quotes } = emu.demo;
    const linked = await call(
      emu,
      'GET',
      `/crm/v4/objects/deals/${deals.publishedQuote}/associations/quotes`,
    );
    expect(linked.body.results.map((r: { toObjectId: number }) => String(r.toObjectId))).toEqual([
      quotes.published,
    ]);
    const quote = await call(
      emu,
      'GET',
      `/crm/v3/objects/quotes/${quotes.published}?properties=hs_status,hs_expiration_date,hs_quote_link&associations=line_items,contacts,companies`,
    );
    expect(quote.body.properties.hs_status).toBe('APPROVAL_NOT_NEEDED');
    expect(Date.parse(quote.body.properties.hs_expiration_date)).toBeGreaterThan(Date.now());
    expect(quote.body.properties.hs_quote_link).toMatch(/^https:\/\//);
    expect(quote.body.associations['line items'].results).toHaveLength(3);
    expect(quote.body.associations.contacts.results).toHaveLength(1);
    const skus = emu.demo.lineItems.publishedQuote.map(
      (id) => emu.store.get('line_items', id)?.properties.hs_sku,
    );
    const productSkus = new Set(emu.store.list('products').map((p) => p.properties.hs_sku));
    expect(skus.filter((s) => productSkus.has(s))).toHaveLength(2);
  });

  it('has expired, draft, quote-less and foreign-currency deals', () => {
    const { store, demo } = ctx.emu;
    expect(
      Date.parse(store.get('quotes', demo.quotes.expired)?.properties.hs_expiration_date ?? ''),
    ).toBeLessThan(Date.now());
    expect(store.get('quotes', demo.quotes.draft)?.properties.hs_status).toBe('DRAFT');
    expect(store.associations('deals', demo.deals.lineItemsOnly, 'quotes')).toEqual([]);
    expect(store.associations('deals', demo.deals.lineItemsOnly, 'line_items')).toHaveLength(2);
    expect(store.get('deals', demo.deals.foreignCurrency)?.properties.deal_currency_code).toBe(
      'GBP',
    );
    expect(store.get('deals', demo.deals.publishedQuote)?.properties.amount).toBe('350.50');
    expect(store.associations('deals', demo.deals.publishedQuote, 'companies')[0]?.typeIds).toEqual(
      [5, 341],
    );
  });

  it('is restored by reset after changes', async () => {
    const { emu } = ctx;
    await call(emu, 'DELETE', `/crm/v3/objects/deals/${emu.demo.deals.publishedQuote}`);
    expect(emu.store.get('deals', emu.demo.deals.publishedQuote)).toBeUndefined();
    emu.reset('demo');
    expect(emu.store.get('deals', emu.demo.deals.publishedQuote)?.properties.dealname).toContain(
      'Fountain',
    );
  });
});
