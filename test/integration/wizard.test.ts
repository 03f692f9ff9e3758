import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../emulators/quickbooks';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { connectCompany, onDeal, ourHubSpotCalls, quickBooksApiCalls } from '../support/wizard';
import type {
  InvoiceDraft,
  PreflightCheck,
  ProposedLine,
  TaxCodeSummary,
  TermSummary,
} from '../../src/app/shared/contract';

let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let run: ReturnType<typeof functionsAgainst>['run'];

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
  run = functionsAgainst(hubspot, qboSecrets(qbo)).run;
  expect((await run('setup.run', {})).ok).toBe(true);
  await connectCompany(run, qbo.realms.us);
  await connectCompany(run, qbo.realms.global);
});
afterEach(() => {
  expect(qbo.conformanceViolations).toEqual([]);
});

interface Start {
  deal: { id: string; currency: string | null };
  companies: Array<{ realmId: string; usable: boolean }>;
  quotes: Array<{ id: string; selectable: boolean; reason: string | null; status: string }>;
  today: string;
  submissionId: string;
}
interface Prepare {
  profile: {
    taxModel: string;
    customTxnNumbers: boolean;
    defaultTermId: string | null;
    defaultCustomerMessage: string | null;
    homeCurrency: string;
  };
  terms: TermSummary[];
  taxCodes: TaxCodeSummary[];
  lines: ProposedLine[];
  customerMatch: {
    customer: { id: string; displayName: string; email: string | null };
    by: string;
    reason: string;
  } | null;
  customerPrefill: { displayName: string; email: string | null };
  dealCurrency: string | null;
  suggestedNumber: string | null;
}
interface Review {
  checks: PreflightCheck[];
  totals: { subtotal: string; tax: string | null; total: string; discount: string };
  exchangeRate: { rate: string; asOfDate: string } | null;
}
interface Created {
  invoice: {
    invoiceId: string;
    number: string | null;
    status: string;
    currency: string;
    total: string;
  };
  quickBooksUrl: string;
  dealPropertiesUpdated: boolean;
  notes: string[];
}

const dealProps = (dealId: string) => hubspot.store.get('0-3', dealId)?.properties ?? {};
const invoiceType = () =>
  hubspot.store.schemas().find((s) => s.name === 'qbo_invoice')!.objectTypeId;
const invoicesIn = (realmId: string) => qbo.realm(realmId).invoices();

function usDraft(
  start: Start,
  prepared: Prepare,
  overrides: Partial<InvoiceDraft> = {},
): InvoiceDraft {
  const net30 = prepared.terms.find((t) => t.name === 'Net 30')!;
  const matched = prepared.lines.filter((line) => line.match);
  return {
    realmId: qbo.realms.us,
    source: { kind: 'quote', quoteId: start.quotes.find((q) => q.selectable)!.id },
    customerId: prepared.customerMatch!.customer.id,
    currency: 'USD',
    lines: matched.map((line) => ({
      itemId: line.match!.item.id,
      description: line.description ?? line.name,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      serviceDate: null,
      taxCodeId: null,
      taxable: true,
    })),
    discount: null,
    txnTaxCodeId: prepared.taxCodes.find((code) => code.name === 'California')!.id,
    globalTaxCalculation: null,
    termId: net30.id,
    txnDate: start.today,
    dueDate: addDays(start.today, 30),
    customerMemo: 'Thank you for choosing Cedar & Pine.',
    docNumber: null,
    ...overrides,
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function usRun() {
  const call = onDeal(run, hubspot.demo.deals.publishedQuote);
  const start = (await call<Start>('wizard.start', { timeZone: 'America/Los_Angeles' })).data!;
  const quoteId = start.quotes.find((q) => q.selectable)!.id;
  const prepared = await call<Prepare>('wizard.prepare', {
    realmId: qbo.realms.us,
    source: { kind: 'quote', quoteId },
  });
  expect(prepared.ok, JSON.stringify(prepared.error)).toBe(true);
  return { call, start, prepared: prepared.data! };
}

describe('invoice wizard: from a published quote in the US company', () => {
  it('offers the deal’s quotes with reasons, the companies, today and a submission id', async () => {
    const call = onDeal(run, hubspot.demo.deals.publishedQuote);
    const started = await call<Start>('wizard.start', { timeZone: 'America/Los_Angeles' });
    expect(started.ok).toBe(true);
    const data = started.data!;
    expect(data.deal).toMatchObject({ id: hubspot.demo.deals.publishedQuote, currency: 'USD' });
    expect(data.quotes).toEqual([
      expect.objectContaining({
        id: hubspot.demo.quotes.published,
        selectable: true,
        reason: null,
      }),
    ]);
    expect(data.companies.map((c) => c.usable)).toEqual([true, true]);
    expect(data.submissionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(data.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const expired = await onDeal(run, hubspot.demo.deals.expiredQuote)<Start>('wizard.start', {});
    expect(expired.data!.quotes[0]).toMatchObject({ selectable: false });
    expect(expired.data!.quotes[0]!.reason).toMatch(/expired on \d{4}-\d{2}-\d{2}/);
    const draft = await onDeal(run, hubspot.demo.deals.draftQuote)<Start>('wizard.start', {});
    expect(draft.data!.quotes[0]).toMatchObject({ selectable: false, status: 'DRAFT' });
    expect(draft.data!.quotes[0]!.reason).toMatch(/draft, not published/);
  });

  it('refuses to prepare from an expired quote or a quote of another deal', async () => {
    const call = onDeal(run, hubspot.demo.deals.expiredQuote);
    await call('wizard.start', {});
    const expired = await call('wizard.prepare', {
      realmId: qbo.realms.us,
      source: { kind: 'quote', quoteId: hubspot.demo.quotes.expired },
    });
    expect(expired.error).toMatchObject({ code: 'INVALID_INPUT', field: 'input.source.quoteId' });
    const foreign = await call('wizard.prepare', {
      realmId: qbo.realms.us,
      source: { kind: 'quote', quoteId: hubspot.demo.quotes.published },
    });
    expect(foreign.error).toMatchObject({ code: 'INVALID_INPUT', field: 'input.source.quoteId' });
    expect(foreign.error!.message).toMatch(/not one of this deal’s quotes/);
  });

  it('proposes matched lines (by SKU, by name), flags the unmatched one, and matches the customer with a reason', async () => {
    const { prepared } = await usRun();
    expect(prepared.profile).toMatchObject({
      taxModel: 'us',
      customTxnNumbers: false,
      homeCurrency: 'USD',
    });
    expect(
      prepared.lines.map((l) => [l.name, l.match?.item.name ?? null, l.match?.by ?? null]),
    ).toEqual([
      ['Rock Fountain', 'Rock Fountain', 'sku'],
      ['Pump', 'Pump', 'name'],
      ['Custom birdbath engraving', null, null],
    ]);
    expect(prepared.lines[1]).toMatchObject({ quantity: '2', unitPrice: '15' });
    expect(prepared.customerMatch).toMatchObject({
      by: 'company',
      customer: { displayName: "Amy's Bird Sanctuary" },
    });
    expect(prepared.customerMatch!.reason).toContain("Amy's Bird Sanctuary");
    expect(prepared.taxCodes.find((c) => c.name === 'California')?.ratePercent).toBe('8.25');
    expect(prepared.terms.map((t) => t.name)).toContain('Net 30');
    expect(prepared.suggestedNumber).toBeNull();
    expect(prepared.dealCurrency).toBe('USD');
  });

  it('creates exactly the invoice chosen, links it, updates the deal, within the call budget', async () => {
    const hsFrom = hubspot.requests.length;
    const qbFrom = qbo.requests.length;
    const { call, start, prepared } = await usRun();
    const unmatched = prepared.lines.find((l) => !l.match)!;
    const draft = usDraft(start, prepared);
    // The unmatched engraving line is resolved by picking the Design service for it.
    draft.lines.push({
      itemId: '4',
      description: unmatched.name,
      quantity: unmatched.quantity,
      unitPrice: unmatched.unitPrice,
      serviceDate: addDays(start.today, 3),
      taxCodeId: null,
      taxable: false,
    });
    const reviewed = await call<Review>('wizard.review', { draft });
    expect(reviewed.ok, JSON.stringify(reviewed.error)).toBe(true);
    expect(reviewed.data!.checks).toEqual([]);
    // 275 + 30 taxable at 8.25 % = 25.16; 45.50 not taxable.
    expect(reviewed.data!.totals).toMatchObject({
      subtotal: '350.50',
      tax: '25.16',
      total: '375.66',
    });
    expect(reviewed.data!.exchangeRate).toBeNull();

    const created = await call<Created>('invoices.createDraft', {
      submissionId: start.submissionId,
      draft,
    });
    expect(created.ok, JSON.stringify(created.error)).toBe(true);
    const data = created.data!;
    const hubspotCalls = ourHubSpotCalls(hubspot, hsFrom).length;
    const quickbooksCalls = quickBooksApiCalls(qbo, qbFrom).length;

    const invoice = qbo.realm(qbo.realms.us).get('Invoice', data.invoice.invoiceId) as Record<
      string,
      any
    >;
    expect(invoice.CustomerRef.value).toBe(prepared.customerMatch!.customer.id);
    expect(invoice.TxnDate).toBe(start.today);
    expect(invoice.DueDate).toBe(addDays(start.today, 30));
    expect(invoice.SalesTermRef.value).toBe(draft.termId);
    expect(invoice.CustomerMemo.value).toBe('Thank you for choosing Cedar & Pine.');
    expect(invoice.EmailStatus).toBe('NotSet');
    expect(invoice.BillEmail.Address).toBe('birds@intuit.example');
    expect(invoice.TxnTaxDetail.TxnTaxCodeRef.value).toBe(draft.txnTaxCodeId);
    const sales = (invoice.Line as any[]).filter((l) => l.DetailType === 'SalesItemLineDetail');
    expect(
      sales.map((l) => [
        l.SalesItemLineDetail.ItemRef.value,
        String(l.SalesItemLineDetail.Qty),
        String(l.SalesItemLineDetail.UnitPrice),
        String(l.Amount),
        l.SalesItemLineDetail.TaxCodeRef.value,
        l.SalesItemLineDetail.ServiceDate ?? null,
      ]),
    ).toEqual([
      ['10', '1', '275', '275', 'TAX', null],
      ['11', '2', '15', '30', 'TAX', null],
      ['4', '1', '45.5', '45.5', 'NON', addDays(start.today, 3)],
    ]);
    expect(String(invoice.TotalAmt)).toBe('375.66');

    expect(data.invoice).toMatchObject({
      status: 'AWAITING_SEND',
      currency: 'USD',
      total: '375.66',
    });
    expect(data.quickBooksUrl).toBe(
      `https://app.sandbox.qbo.intuit.com/app/invoice?txnId=${data.invoice.invoiceId}`,
    );
    expect(data.dealPropertiesUpdated).toBe(true);
    expect(dealProps(hubspot.demo.deals.publishedQuote)).toMatchObject({
      qbo_invoice_amount_billed: '375.66',
      qbo_invoice_recipient: "Amy's Bird Sanctuary",
      qbo_invoice_status: 'AWAITING_SEND',
      qbo_invoice_due_date: addDays(start.today, 30),
    });
    const links = hubspot.store.list(invoiceType());
    expect(links).toHaveLength(1);
    const linkId = links[0]!.id;
    for (const [type, id] of [
      ['0-3', hubspot.demo.deals.publishedQuote],
      ['0-1', hubspot.demo.contacts.amy],
      ['0-2', hubspot.demo.companies.amys],
    ] as const) {
      expect(
        hubspot.store
          .associations(invoiceType(), linkId, type)
          .map((a: any) => String(a.toId ?? a.id ?? a)),
      ).toContain(id);
    }
    const listed = await call<{ invoices: Array<{ invoiceId: string }> }>(
      'invoices.listForRecord',
      { objectType: 'deals' },
    );
    expect(listed.data!.invoices.map((i) => i.invoiceId)).toEqual([data.invoice.invoiceId]);

    // The whole run (start, prepare, review, create) on a warm connection.
    console.info(
      `wizard run, US from quote: ${quickbooksCalls} QuickBooks calls, ${hubspotCalls} HubSpot calls`,
    );
    expect(quickbooksCalls).toBeLessThanOrEqual(5);
    expect(hubspotCalls).toBeLessThanOrEqual(9);
  });
});
