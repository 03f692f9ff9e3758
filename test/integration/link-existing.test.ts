import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import type { LinkCandidate } from '@qbo-invoicing/contract';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { bookkeeper } from '../support/reconcile';
import { connectCompany, ourHubSpotCalls, quickBooksApiCalls } from '../support/wizard';

let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let fns: ReturnType<typeof functionsAgainst>;

beforeAll(async () => {
  [hubspot, qbo] = await Promise.all([
    startHubSpotEmulator({ seed: 'demo' }),
    startQuickBooksEmulator({ seed: 'demo' }),
  ]);
});
afterAll(async () => {
  await Promise.all([hubspot.close(), qbo.close()]);
});
beforeEach(async () => {
  hubspot.reset('demo');
  qbo.reset('demo');
  qbo.limits.enabled = false;
  fns = functionsAgainst(hubspot, qboSecrets(qbo));
  expect((await fns.run('setup.run', {})).ok).toBe(true);
  await connectCompany(fns.run, qbo.realms.us);
});
afterEach(() => {
  expect(qbo.conformanceViolations).toEqual([]);
});

const onDeal = () => ({ objectTypeId: '0-3', objectId: hubspot.demo.deals.publishedQuote });
const onContact = () => ({ objectTypeId: '0-1', objectId: hubspot.demo.contacts.amy });
const onCompany = () => ({ objectTypeId: '0-2', objectId: hubspot.demo.companies.amys });
type Record_ = ReturnType<typeof onDeal>;
const typeOf = (record: Record_) =>
  ({ '0-1': 'contacts', '0-2': 'companies', '0-3': 'deals' })[record.objectTypeId] as
    'contacts' | 'companies' | 'deals';

function data<T>(result: { ok: boolean; data?: unknown; error?: unknown }): T {
  expect(result.ok, JSON.stringify(result.error)).toBe(true);
  return result.data as T;
}

const search = async (filters: Record<string, unknown>, record = onContact(), startPosition = 1) =>
  data<{ invoices: LinkCandidate[]; nextStartPosition: number | null }>(
    await fns.run(
      'links.search',
      { objectType: typeOf(record), realmId: qbo.realms.us, filters, startPosition },
      record,
    ),
  );

const listed = async (record: Record_) =>
  data<{ invoices: Array<{ invoiceId: string }> }>(
    await fns.run('invoices.listForRecord', { objectType: typeOf(record) }, record),
  ).invoices.map((invoice) => invoice.invoiceId);

describe('links.suggest', () => {
  it('suggests the invoices of the QuickBooks customers matching the record, with the reason', async () => {
    for (const [record, reason] of [
      [onCompany(), /Customer company “Amy's Bird Sanctuary” matches/],
      [onContact(), /Customer name Amy Lauterbach matches/],
      [onDeal(), /Amy/],
    ] as const) {
      const { suggestions } = data<{
        suggestions: Array<{ invoice: LinkCandidate; reason: string }>;
      }>(
        await fns.run(
          'links.suggest',
          { objectType: typeOf(record), realmId: qbo.realms.us },
          record,
        ),
      );
      expect(suggestions.length, typeOf(record)).toBeGreaterThan(0);
      for (const suggestion of suggestions) {
        expect(suggestion.invoice.customerName).toBe("Amy's Bird Sanctuary");
        expect(suggestion.reason).toMatch(reason);
      }
      // Open invoices first.
      const open = suggestions.map((s) => Number(s.invoice.balance) > 0);
      expect(open).toEqual([...open].sort((a, b) => Number(b) - Number(a)));
    }
  });
});

describe('links.search', () => {
  it('filters by customer name (escaped), number, dates, status and total, a page at a time', async () => {
    const byName = await search({ customerName: "Amy's Bird" });
    expect(byName.invoices.length).toBeGreaterThan(0);
    expect(new Set(byName.invoices.map((i) => i.customerName))).toEqual(
      new Set(["Amy's Bird Sanctuary"]),
    );
    expect((await search({ customerName: "No such 'customer' \\ %" })).invoices).toEqual([]);

    const first = (await search({})).invoices[0]!;
    const byNumber = await search({ number: first.number });
    expect(byNumber.invoices.map((i) => i.invoiceId)).toContain(first.invoiceId);
    expect(byNumber.invoices.every((i) => i.number?.includes(first.number!))).toBe(true);

    const byDate = await search({ from: first.txnDate, to: first.txnDate });
    expect(byDate.invoices.every((i) => i.txnDate === first.txnDate)).toBe(true);

    for (const [status, expected] of [
      ['open', ['AWAITING_SEND', 'SENT', 'PARTIALLY_PAID', 'OVERDUE']],
      ['overdue', ['OVERDUE']],
      ['paid', ['PAID']],
      ['voided', ['VOIDED']],
    ] as const) {
      const found = await search({ status });
      expect(found.invoices.length, status).toBeGreaterThan(0);
      for (const invoice of found.invoices) expect(expected, status).toContain(invoice.status);
    }

    const byTotal = await search({ minTotal: '100.00', maxTotal: '500.00' });
    expect(byTotal.invoices.length).toBeGreaterThan(0);
    for (const invoice of byTotal.invoices) {
      expect(Number(invoice.total)).toBeGreaterThanOrEqual(100);
      expect(Number(invoice.total)).toBeLessThanOrEqual(500);
    }

    const page1 = await search({});
    expect(page1.invoices).toHaveLength(20);
    expect(page1.nextStartPosition).toBe(21);
    const page2 = await search({}, onContact(), 21);
    const ids1 = new Set(page1.invoices.map((i) => i.invoiceId));
    expect(page2.invoices.some((i) => ids1.has(i.invoiceId))).toBe(false);
  });

  it('refuses a company that is not connected', async () => {
    const result = await fns.run(
      'links.search',
      { objectType: 'contacts', realmId: '999', filters: {} },
      onContact(),
    );
    expect(result.error).toMatchObject({ code: 'NOT_FOUND', field: 'input.realmId' });
  });
});

describe('links.link and links.unlink', () => {
  it('links from a deal to the deal, its primary contact and company; twice changes nothing', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('250.00');
    const other = await books.createInvoice('40.00');
    const record = onDeal();
    const linked = data<{
      linked: Array<{ invoiceId: string; status: string }>;
      alreadyLinked: string[];
    }>(
      await fns.run(
        'links.link',
        { objectType: 'deals', realmId: qbo.realms.us, invoiceIds: [invoice.Id, other.Id] },
        record,
      ),
    );
    expect(linked.linked.map((l) => l.invoiceId).sort()).toEqual([invoice.Id, other.Id].sort());
    expect(linked.alreadyLinked).toEqual([]);
    for (const on of [onDeal(), onContact(), onCompany()])
      expect(await listed(on)).toEqual(expect.arrayContaining([invoice.Id, other.Id]));
    // The reconcile ran: the deal's invoice properties follow its latest invoice.
    const deal = hubspot.store.get('deals', record.objectId)!;
    expect(deal.properties.qbo_invoice_status).toBeTruthy();
    expect([invoice.DocNumber, other.DocNumber]).toContain(deal.properties.qbo_invoice_number);

    const linkRecords = () =>
      hubspot.store.list(
        hubspot.store.schemas().find((s) => s.name === 'qbo_invoice')!.objectTypeId,
      ).length;
    const before = linkRecords();
    const again = data<{ linked: unknown[]; alreadyLinked: string[] }>(
      await fns.run(
        'links.link',
        { objectType: 'deals', realmId: qbo.realms.us, invoiceIds: [invoice.Id] },
        record,
      ),
    );
    expect(again).toEqual({ linked: [], alreadyLinked: [invoice.Id] });
    expect(linkRecords()).toBe(before);

    // The search shows where each is linked.
    const found = (await search({ number: invoice.DocNumber }, record)).invoices.find(
      (i) => i.invoiceId === invoice.Id,
    )!;
    expect(found.onThisRecord).toBe(true);
    expect(found.linkedToNames).toEqual([
      `Deal ${hubspot.store.get('deals', record.objectId)!.properties.dealname}`,
      'Contact Amy Lauterbach',
      "Company Amy's Bird Sanctuary",
    ]);
    expect(found.linkedTo).toEqual({
      deals: [record.objectId],
      contacts: [hubspot.demo.contacts.amy],
      companies: [hubspot.demo.companies.amys],
    });
  });

  it('costs a bounded number of calls per link action', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoices = [await books.createInvoice('10.00'), await books.createInvoice('20.00')];
    await books.pay([invoices[0]!.Id], ['10.00']);
    const record = onDeal();
    // A warm function: the record's type is already verified and the connection known.
    data(await fns.run('invoices.listForRecord', { objectType: 'deals' }, record));
    const [qbFrom, hsFrom] = [qbo.requests.length, hubspot.requests.length];
    data(
      await fns.run(
        'links.link',
        { objectType: 'deals', realmId: qbo.realms.us, invoiceIds: invoices.map((i) => i.Id) },
        record,
      ),
    );
    const quickbooksCalls = quickBooksApiCalls(qbo, qbFrom).length;
    const hubspotCalls = ourHubSpotCalls(hubspot, hsFrom).length;
    console.info(
      `link 2 invoices on a deal: ${quickbooksCalls} QuickBooks calls, ${hubspotCalls} HubSpot calls`,
    );
    // Read the invoices, then their payments (to note them); never one call per invoice.
    expect(quickbooksCalls).toBeLessThanOrEqual(2);
    // Links read, upserted and associated in batches (one per record: deal, contact, company),
    // their records read, the payment note (under its write claim: taken and given back), the
    // status written, the deal's properties: the same for 1 or 20 invoices, but for each payment.
    expect(hubspotCalls).toBeLessThanOrEqual(19);
  });

  it('links from a contact or a company to that record only', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    for (const record of [onContact(), onCompany()]) {
      const invoice = await books.createInvoice('75.00');
      data(
        await fns.run(
          'links.link',
          { objectType: typeOf(record), realmId: qbo.realms.us, invoiceIds: [invoice.Id] },
          record,
        ),
      );
      const found = (await search({ number: invoice.DocNumber }, record)).invoices.find(
        (i) => i.invoiceId === invoice.Id,
      )!;
      expect(found.linkedTo[typeOf(record)]).toEqual([record.objectId]);
      const others = (['deals', 'contacts', 'companies'] as const).filter(
        (type) => type !== typeOf(record),
      );
      for (const type of others) expect(found.linkedTo[type]).toEqual([]);
    }
  });

  it('unlinks from the record only, leaves QuickBooks alone, and empties the deal’s properties', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('120.00');
    const record = onDeal();
    data(
      await fns.run(
        'links.link',
        { objectType: 'deals', realmId: qbo.realms.us, invoiceIds: [invoice.Id] },
        record,
      ),
    );
    const inQuickBooks = JSON.stringify(qbo.realm(qbo.realms.us).get('Invoice', invoice.Id));
    const result = await fns.run(
      'links.unlink',
      { objectType: 'deals', realmId: qbo.realms.us, invoiceId: invoice.Id },
      record,
    );
    expect(data(result)).toEqual({ unlinked: true });
    expect(await listed(record)).not.toContain(invoice.Id);
    expect(await listed(onContact())).toContain(invoice.Id);
    expect(JSON.stringify(qbo.realm(qbo.realms.us).get('Invoice', invoice.Id))).toBe(inQuickBooks);
    const deal = hubspot.store.get('deals', record.objectId)!;
    expect(deal.properties.qbo_invoice_number ?? '').toBe('');
    expect(deal.properties.qbo_invoice_status ?? '').toBe('');

    const twice = await fns.run(
      'links.unlink',
      { objectType: 'deals', realmId: qbo.realms.us, invoiceId: invoice.Id },
      record,
    );
    expect(twice.error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to link an invoice QuickBooks does not have, or on a record named with another type', async () => {
    const missing = await fns.run(
      'links.link',
      { objectType: 'contacts', realmId: qbo.realms.us, invoiceIds: ['987654'] },
      onContact(),
    );
    expect(missing.error).toMatchObject({ code: 'NOT_FOUND', field: 'input.invoiceIds' });
    const wrongType = await fns.run(
      'links.link',
      { objectType: 'deals', realmId: qbo.realms.us, invoiceIds: ['1'] },
      onContact(),
    );
    expect(wrongType.error).toMatchObject({ code: 'INVALID_INPUT', field: 'input.objectType' });
    expect(await listed(onContact())).toEqual([]);
  });
});
