import { describe, expect, it } from 'vitest';
import type { CustomerSummary, InvoiceDraft, ItemSummary } from '@qbo-invoicing/contract';
import { matchCustomer } from '../../serverless/invoicing/customer-matching';
import { dealInvoiceProperties } from '../../serverless/invoices/deal-properties';
import { candidateNames, firstFreeName } from '../../serverless/invoicing/display-name';
import { toInvoiceCreate, type MappingContext } from '../../serverless/wizard/invoice-mapping';
import { matchLines, netUnitPrice } from '../../serverless/invoicing/line-matching';
import { quickBooksInvoiceUrl } from '../../serverless/invoices/links';
import { preflightChecks, type PreflightInput } from '../../serverless/invoicing/preflight';
import { expiryDate, quoteSelectability } from '../../serverless/invoicing/quote-selectability';
import { taxCodeSummaries } from '../../serverless/wizard/summaries';
import type { InvoiceLink } from '../../serverless/hubspot/stores/invoice-links';
import { isCalendarDate } from '@qbo-invoicing/contract/catalog';
import { english } from '../../serverless/lib/text';

const item = (over: Partial<ItemSummary>): ItemSummary => ({
  id: '1',
  name: 'Pump',
  sku: null,
  type: 'Service',
  description: null,
  unitPrice: null,
  taxable: null,
  salesTaxCodeId: null,
  active: true,
  ...over,
});
const line = (over: Partial<Parameters<typeof matchLines>[0][0]>) => ({
  id: '1',
  name: 'Pump',
  sku: null,
  description: null,
  quantity: '1',
  price: '10',
  ...over,
});

describe('quote selectability', () => {
  const tz = 'America/Los_Angeles';
  it('accepts published and approved quotes until the end of their expiry day in the portal’s zone', () => {
    expect(
      quoteSelectability(
        { status: 'APPROVAL_NOT_NEEDED', expiration: null },
        '2026-03-10',
        tz,
        english,
      ),
    ).toMatchObject({ selectable: true });
    // 06:59 UTC on the 11th (PDT, UTC−7) is still the 10th in Los Angeles: expires today, still valid.
    const edge = { status: 'APPROVED', expiration: '2026-03-11T06:59:00Z' };
    expect(quoteSelectability(edge, '2026-03-10', tz, english)).toMatchObject({
      selectable: true,
      expiresOn: '2026-03-10',
    });
    expect(quoteSelectability(edge, '2026-03-11', tz, english)).toMatchObject({
      selectable: false,
    });
    expect(quoteSelectability(edge, '2026-03-11', tz, english).reason).toMatch(
      /expired on Mar 10, 2026\./,
    );
  });
  it('refuses drafts, pending and rejected quotes with the reason in words', () => {
    for (const [status, words] of [
      ['DRAFT', 'a draft'],
      ['PENDING_APPROVAL', 'waiting for approval'],
      ['REJECTED', 'rejected'],
      ['', 'has no status'],
    ] as const) {
      const verdict = quoteSelectability(
        { status: status ?? null, expiration: null },
        '2026-03-10',
        tz,
        english,
      );
      expect(verdict.selectable).toBe(false);
      expect(verdict.reason).toContain(words);
    }
  });
  it('reads expiry as an instant, epoch milliseconds or a bare date', () => {
    expect(expiryDate('2026-03-10', 'Asia/Tokyo')).toBe('2026-03-10');
    expect(expiryDate(String(Date.UTC(2026, 2, 10, 20)), 'Asia/Tokyo')).toBe('2026-03-11');
    expect(expiryDate('nonsense', 'UTC')).toBeNull();
    expect(expiryDate(null, 'UTC')).toBeNull();
  });
});

describe('line matching', () => {
  it('matches by SKU first, then by name, case-insensitively, never an inactive item', () => {
    const items = [
      item({ id: '1', name: 'Rock Fountain', sku: 'RF-100' }),
      item({ id: '2', name: 'Pump', sku: 'PMP-15' }),
      item({ id: '3', name: 'Lamp', sku: 'LMP', active: false }),
      item({ id: '4', name: 'Other', sku: 'rf-200' }),
    ];
    const lines = matchLines(
      [
        line({ id: '10', name: 'Fountain (renamed)', sku: 'rf-100' }),
        line({ id: '11', name: '  pump ', sku: 'PMP-015' }),
        line({ id: '12', name: 'Lamp', sku: 'LMP' }),
        line({ id: '13', name: 'Other thing', sku: 'RF-200' }),
      ],
      items,
    );
    expect(lines.map((l) => [l.match?.item.id ?? null, l.match?.by ?? null])).toEqual([
      ['1', 'sku'],
      ['2', 'name'],
      [null, null],
      ['4', 'sku'],
    ]);
  });
  it('keeps quote order, and applies line discounts to the unit price exactly', () => {
    const lines = matchLines(
      [
        line({ id: '2', position: 1 }),
        line({ id: '1', position: 0, quantity: '2.5', price: '4.00', discountPercent: '10' }),
      ],
      [],
    );
    expect(lines.map((l) => [l.sourceLineId, l.quantity, l.unitPrice])).toEqual([
      ['1', '2.5', '3.6'],
      ['2', '1', '10'],
    ]);
    expect(netUnitPrice(line({ price: '10', discountAmount: '1.25' }))).toBe('8.75');
    expect(netUnitPrice(line({ price: '1', discountPercent: '33.333' }))).toBe('0.66667');
    expect(netUnitPrice(line({ price: null }))).toBe('0');
  });
});

describe('customer matching', () => {
  const customer = (over: Partial<CustomerSummary>): CustomerSummary => ({
    id: '1',
    displayName: 'X',
    companyName: null,
    email: null,
    currency: 'USD',
    termId: null,
    active: true,
    ...over,
  });
  const customers = [
    customer({ id: '1', displayName: 'Amy Lauterbach', email: 'other@example.com' }),
    customer({ id: '2', displayName: "Amy's Bird Sanctuary", companyName: "Amy's Bird Sanctuary" }),
    customer({ id: '3', displayName: 'Birds Inc', email: 'BIRDS@example.com' }),
  ];
  it('prefers email, then company, then person name, and says why', () => {
    const facts = {
      email: 'birds@example.com ',
      firstName: 'Amy',
      lastName: 'Lauterbach',
      companyName: "amy's bird  sanctuary",
    };
    expect(matchCustomer(facts, customers, english)).toMatchObject({
      by: 'email',
      customer: { id: '3' },
    });
    expect(matchCustomer({ ...facts, email: null }, customers, english)).toMatchObject({
      by: 'company',
      customer: { id: '2' },
    });
    const byName = matchCustomer({ ...facts, email: null, companyName: null }, customers, english);
    expect(byName).toMatchObject({ by: 'name', customer: { id: '1' } });
    expect(byName!.reason).toContain('Amy Lauterbach');
    expect(
      matchCustomer(
        { email: null, firstName: null, lastName: null, companyName: null },
        customers,
        english,
      ),
    ).toBeNull();
  });
  it('matches given and family names, and prefers an active customer', () => {
    const both = [
      customer({ id: '5', displayName: 'A. L.', active: false }),
      customer({ id: '9', displayName: 'Lauterbach, Amy' }),
    ];
    const names = new Map([
      ['9', { given: 'amy', family: 'LAUTERBACH' }],
      ['5', { given: 'Amy', family: 'Lauterbach' }],
    ]);
    expect(
      matchCustomer(
        { email: null, firstName: 'Amy', lastName: 'Lauterbach', companyName: null },
        both,
        english,
        names,
      ),
    ).toMatchObject({ customer: { id: '9' } });
  });
});

const draft = (over: Partial<InvoiceDraft> = {}): InvoiceDraft => ({
  realmId: '1',
  source: { kind: 'scratch' },
  customerId: '7',
  currency: 'USD',
  lines: [
    {
      itemId: '10',
      description: 'Fountain',
      quantity: '1',
      unitPrice: '275',
      serviceDate: '2026-03-01',
      taxCodeId: null,
      taxable: true,
    },
    {
      itemId: '11',
      description: null,
      quantity: '3',
      unitPrice: '0.335',
      serviceDate: null,
      taxCodeId: null,
      taxable: false,
    },
  ],
  discount: null,
  txnTaxCodeId: '1',
  globalTaxCalculation: null,
  termId: '3',
  txnDate: '2026-03-10',
  dueDate: '2026-04-09',
  customerMemo: ' Thanks ',
  docNumber: null,
  ...over,
});
const us: MappingContext = {
  taxModel: 'us',
  homeCurrency: 'USD',
  multiCurrency: false,
  customTxnNumbers: false,
  allowDiscount: true,
  allowServiceDate: true,
  customerEmail: 'a@example.com',
  exchangeRate: null,
};

describe('mapping a draft to a QuickBooks invoice', () => {
  it('US: TAX/NON per line, the transaction tax code, term, dates, memo, email, not yet sent', () => {
    const body = toInvoiceCreate(draft({ docNumber: 'X-1' }), us);
    expect(body).toMatchObject({
      CustomerRef: { value: '7' },
      TxnDate: '2026-03-10',
      DueDate: '2026-04-09',
      SalesTermRef: { value: '3' },
      TxnTaxDetail: { TxnTaxCodeRef: { value: '1' } },
      CustomerMemo: { value: 'Thanks' },
      BillEmail: { Address: 'a@example.com' },
      EmailStatus: 'NotSet',
    });
    expect(body).not.toHaveProperty('DocNumber');
    expect(body).not.toHaveProperty('CurrencyRef');
    expect(body).not.toHaveProperty('GlobalTaxCalculation');
    expect(
      body.Line.map((l) =>
        l.DetailType === 'SalesItemLineDetail'
          ? [
              l.Amount,
              l.SalesItemLineDetail.TaxCodeRef?.value,
              l.SalesItemLineDetail.ServiceDate ?? null,
            ]
          : null,
      ),
    ).toEqual([
      ['275.00', 'TAX', '2026-03-01'],
      ['1.01', 'NON', null], // 3 × 0.335 = 1.005 → 1.01, half up
    ]);
  });
  it('leaves out service dates and discounts the company does not use', () => {
    const body = toInvoiceCreate(draft({ discount: { kind: 'percent', value: '10' } }), {
      ...us,
      allowServiceDate: false,
      allowDiscount: false,
    });
    expect(JSON.stringify(body)).not.toContain('ServiceDate');
    expect(body.Line).toHaveLength(2);
  });
  it('adds a discount line, by percent or amount', () => {
    const percent = toInvoiceCreate(draft({ discount: { kind: 'percent', value: '10' } }), us)
      .Line[2];
    expect(percent).toEqual({
      DetailType: 'DiscountLineDetail',
      Amount: '27.60',
      DiscountLineDetail: { PercentBased: true, DiscountPercent: '10' },
    });
    const amount = toInvoiceCreate(draft({ discount: { kind: 'amount', value: '5' } }), us).Line[2];
    expect(amount).toMatchObject({ Amount: '5.00', DiscountLineDetail: { PercentBased: false } });
  });
  it('never sends a discount larger than the subtotal, as the review estimated it', () => {
    const big = draft({ discount: { kind: 'amount', value: '100000' } });
    const line = toInvoiceCreate(big, us).Line[2];
    // 276.01 is the two lines' subtotal: the same cap the review's totals apply.
    expect(line).toMatchObject({ Amount: '276.01', DiscountLineDetail: { PercentBased: false } });
  });
  it('global: per-line codes, inclusive or exclusive, currency, explicit rate and the custom number', () => {
    const global: MappingContext = {
      ...us,
      taxModel: 'global',
      homeCurrency: 'GBP',
      multiCurrency: true,
      customTxnNumbers: true,
      exchangeRate: '0.8512',
      customerEmail: null,
    };
    const body = toInvoiceCreate(
      draft({
        currency: 'EUR',
        txnTaxCodeId: null,
        globalTaxCalculation: 'TaxInclusive',
        docNumber: 'INV-0043',
        lines: [{ ...draft().lines[0]!, taxCodeId: '4' }],
      }),
      global,
    );
    expect(body).toMatchObject({
      CurrencyRef: { value: 'EUR' },
      ExchangeRate: '0.8512',
      GlobalTaxCalculation: 'TaxInclusive',
      DocNumber: 'INV-0043',
    });
    expect(body).not.toHaveProperty('TxnTaxDetail');
    expect(body).not.toHaveProperty('BillEmail');
    expect(body.Line[0]).toMatchObject({ SalesItemLineDetail: { TaxCodeRef: { value: '4' } } });
    const home = toInvoiceCreate(draft({ currency: 'GBP', txnTaxCodeId: null }), global);
    expect(home).not.toHaveProperty('ExchangeRate');
    expect(home.GlobalTaxCalculation).toBe('TaxExcluded');
  });
  it('refuses a foreign currency without multi-currency or without a rate, never assuming 1', () => {
    expect(() => toInvoiceCreate(draft({ currency: 'EUR' }), us)).toThrow(/multi-currency/);
    expect(() =>
      toInvoiceCreate(draft({ currency: 'EUR' }), { ...us, multiCurrency: true }),
    ).toThrow(/exchange rate/);
  });
});

describe('pre-flight checks', () => {
  const base: PreflightInput = {
    draft: draft(),
    taxModel: 'us',
    homeCurrency: 'USD',
    customTxnNumbers: false,
    customer: {
      id: '7',
      displayName: 'Amy',
      companyName: null,
      email: 'a@example.com',
      currency: 'USD',
      termId: null,
      active: true,
    },
    items: new Map([
      ['10', item({ id: '10' })],
      ['11', item({ id: '11' })],
    ]),
    taxCodes: [
      { id: '1', name: 'California', description: null, ratePercent: '8.25', taxable: true },
    ],
    dealCurrency: 'USD',
    bookCloseDate: null,
    numberTakenBy: null,
    nextFreeNumber: null,
    exchangeRateFound: false,
  };
  const ids = (input: Partial<PreflightInput>) =>
    preflightChecks({ ...base, ...input }, english).map((c) => `${c.id}:${c.severity}`);
  it('passes a clean draft', () => expect(ids({})).toEqual([]));
  it('flags each problem', () => {
    expect(ids({ customer: null })).toEqual(['customerInactive:error']);
    expect(ids({ customer: { ...base.customer!, active: false, email: null } })).toEqual([
      'customerInactive:error',
      'customerEmail:warning',
    ]);
    expect(ids({ customer: { ...base.customer!, currency: 'EUR' } })).toEqual([
      'currencyMismatch:error',
    ]);
    expect(ids({ items: new Map([['10', item({ id: '10', active: false })]]) })).toEqual([
      'inactiveItem:error',
      'inactiveItem:error',
    ]);
    expect(ids({ draft: draft({ txnTaxCodeId: null }) })).toEqual(['missingTaxCode:warning']);
    expect(ids({ dealCurrency: 'EUR' })).toEqual(['currencyMismatch:warning']);
    expect(
      ids({
        customTxnNumbers: true,
        draft: draft({ docNumber: '9' }),
        numberTakenBy: { invoiceId: '3' },
        nextFreeNumber: '10',
      }),
    ).toEqual(['numberTaken:error']);
    expect(
      ids({
        draft: draft({ currency: 'EUR' }),
        customer: { ...base.customer!, currency: 'EUR' },
        dealCurrency: 'EUR',
      }),
    ).toEqual(['exchangeRate:error']);
  });
  it('closed period: the closing date itself is closed, the day after is open', () => {
    expect(ids({ bookCloseDate: '2026-03-10' })).toEqual(['closedPeriod:error']);
    expect(ids({ bookCloseDate: '2026-03-09' })).toEqual([]);
  });
  it('global: every line needs a known tax code', () => {
    const global = {
      taxModel: 'global' as const,
      taxCodes: [{ id: '4', name: '20.0% S', description: null, ratePercent: '20', taxable: true }],
    };
    expect(
      ids({
        ...global,
        draft: draft({
          lines: [
            { ...draft().lines[0]!, taxCodeId: '4' },
            { ...draft().lines[1]!, taxCodeId: '99' },
          ],
        }),
      }),
    ).toEqual(['missingTaxCode:error']);
    const fix = preflightChecks({ ...base, ...global }, english).find(
      (c) => c.id === 'missingTaxCode',
    )!;
    expect(fix.fix).toMatch(/Choose a tax code/);
  });
});

describe('deal invoice properties', () => {
  const link = (over: Partial<InvoiceLink>): InvoiceLink => ({
    recordId: null,
    realmId: '1',
    invoiceId: '1',
    number: 'INV-1',
    customerId: '7',
    customerName: 'Amy',
    currency: 'USD',
    total: '100.00',
    balance: '100.00',
    txnDate: '2026-03-01',
    dueDate: '2026-03-31',
    emailStatus: 'NotSet',
    voided: false,
    deleted: false,
    lastUpdated: '2026-03-01T10:00:00Z',
    confirmedAt: null,
    storedStatus: null,
    paymentsNoted: [],
    remindersSent: [],
    ...over,
  });
  it('takes the most recently updated invoice in the deal’s currency', () => {
    const props = dealInvoiceProperties(
      [
        link({ invoiceId: '1' }),
        link({
          invoiceId: '2',
          number: 'INV-2',
          total: '50.00',
          lastUpdated: '2026-03-02T10:00:00Z',
        }),
        link({ invoiceId: '3', currency: 'EUR', lastUpdated: '2026-03-05T10:00:00Z' }),
      ],
      'USD',
      '2026-03-10',
    );
    expect(props).toEqual({
      qbo_invoice_amount_billed: '50.00',
      qbo_invoice_recipient: 'Amy',
      qbo_invoice_number: 'INV-2',
      qbo_invoice_status: 'AWAITING_SEND',
      qbo_invoice_due_date: '2026-03-31',
    });
  });
  it('leaves the deal alone when no invoice is in its currency or it has none', () => {
    expect(dealInvoiceProperties([link({ currency: 'EUR' })], 'USD', '2026-03-10')).toBeNull();
    expect(dealInvoiceProperties([link({})], null, '2026-03-10')).toBeNull();
    expect(
      dealInvoiceProperties([link({ dueDate: '2026-03-09' })], 'USD', '2026-03-10')
        ?.qbo_invoice_status,
    ).toBe('OVERDUE');
  });
});

describe('small helpers', () => {
  it('suggests free display names', () => {
    expect(candidateNames('Hicks Hardware', 2)).toEqual([
      'Hicks Hardware (2)',
      'Hicks Hardware (3)',
    ]);
    expect(candidateNames('Acme (2)', 1)).toEqual(['Acme (3)']);
    expect(candidateNames('x'.repeat(500), 1)[0]!.length).toBe(500);
    expect(firstFreeName(['A (2)', 'A (3)'], ['a  (2)'])).toBe('A (3)');
    expect(firstFreeName(['A (2)'], ['A (2)'])).toBeNull();
  });
  it('builds QuickBooks links per environment', () => {
    expect(quickBooksInvoiceUrl('production', '42')).toBe(
      'https://app.qbo.intuit.com/app/invoice?txnId=42',
    );
    expect(quickBooksInvoiceUrl('sandbox', '42')).toBe(
      'https://app.sandbox.qbo.intuit.com/app/invoice?txnId=42',
    );
  });
  it('adds up combined tax rates exactly; codes without rates charge nothing, TAX takes the transaction’s', () => {
    const rate = (Id: string, RateValue: string) => ({ Id, SyncToken: '0', Name: Id, RateValue });
    const code = (Id: string, rates: string[]) => ({
      Id,
      SyncToken: '0',
      Name: Id,
      SalesTaxRateList: { TaxRateDetail: rates.map((value) => ({ TaxRateRef: { value } })) },
    });
    const summaries = taxCodeSummaries(
      [code('1', ['a', 'b']), code('TAX', []), code('NON', []), code('9', ['missing'])],
      [rate('a', '7.25'), rate('b', '1')],
    );
    expect(summaries.map((s) => [s.id, s.ratePercent])).toEqual([
      ['1', '8.25'],
      ['TAX', null],
      ['NON', '0'],
      ['9', null],
    ]);
  });
  it('knows real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
  });
});
