import type * as z from 'zod';
import {
  createDraftOutput,
  customerSummarySchema,
  invoiceDraftSchema,
  itemSummarySchema,
  preflightCheckSchema,
  wizardCompanySchema,
  wizardQuoteSchema,
  wizardPrepareOutput,
  wizardReviewOutput,
  wizardStartOutput,
  type CustomerSummary,
  type InvoiceDraft,
  type ItemSummary,
  type PreflightCheck,
} from '@qbo-invoicing/contract';

/**
 * Answers of the wizard's operations for UI tests. Each factory parses its result with the
 * contract's schema, so a fixture can never drift from what the functions may answer.
 */
type StartData = z.infer<typeof wizardStartOutput>;
type PrepareData = z.infer<typeof wizardPrepareOutput>;
type ReviewData = z.infer<typeof wizardReviewOutput>;

export function startData(overrides: Partial<StartData> = {}): StartData {
  return wizardStartOutput.parse({
    deal: { id: '1032', name: 'Cool Cars: fleet graphics', amount: '1375.00', currency: 'USD' },
    companies: [company()],
    quotes: [
      {
        id: '501',
        title: 'Fleet graphics',
        status: 'APPROVAL_NOT_NEEDED',
        expiresOn: '2026-12-31',
        currency: 'USD',
        amount: '1375.00',
        selectable: true,
        reason: null,
      },
      {
        id: '502',
        title: 'Old offer',
        status: 'APPROVAL_NOT_NEEDED',
        expiresOn: '2026-10-01',
        currency: 'USD',
        amount: '900.00',
        selectable: false,
        reason: 'It expired on Oct 1, 2026.',
      },
    ],
    today: '2026-11-26',
    submissionId: 'run-0001-abcd',
    ...overrides,
  });
}

export const customer = (overrides: Partial<CustomerSummary> = {}): CustomerSummary =>
  customerSummarySchema.parse({
    id: '58',
    displayName: 'Cool Cars',
    companyName: 'Cool Cars',
    email: 'grace@coolcars.example',
    currency: 'USD',
    termId: '3',
    active: true,
    ...overrides,
  });

export const item = (overrides: Partial<ItemSummary> = {}): ItemSummary =>
  itemSummarySchema.parse({
    id: '11',
    name: 'Design',
    sku: 'DES-100',
    type: 'Service',
    description: 'Custom design',
    unitPrice: '75.00',
    taxable: true,
    salesTaxCodeId: null,
    active: true,
    ...overrides,
  });

type Company = z.infer<typeof wizardCompanySchema>;
type Quote = z.infer<typeof wizardQuoteSchema>;

/** A connected QuickBooks company as wizard.start lists it (the US demo company by default). */
export const company = (overrides: Partial<Company> = {}): Company =>
  wizardCompanySchema.parse({
    realmId: '9130001',
    companyName: 'Craig’s Design',
    country: 'US',
    homeCurrency: 'USD',
    usable: true,
    reason: null,
    ...overrides,
  });

/** The GB demo company: global tax model, multi-currency, custom transaction numbers. */
export const gbCompany = (overrides: Partial<Company> = {}): Company =>
  company({
    realmId: '9130002',
    companyName: 'Brightwater Ltd',
    country: 'GB',
    homeCurrency: 'GBP',
    ...overrides,
  });

export const quote = (overrides: Partial<Quote> = {}): Quote =>
  wizardQuoteSchema.parse({
    id: '501',
    title: 'Fleet graphics',
    status: 'APPROVAL_NOT_NEEDED',
    expiresOn: '2026-12-31',
    currency: 'USD',
    amount: '1375.00',
    selectable: true,
    reason: null,
    ...overrides,
  });

/** One pre-flight check of each kind wizard.review can answer, with a message and a fix. */
export const everyCheck: PreflightCheck[] = [
  ['customerEmail', 'error', 'Cool Cars has no email address.', 'Add one in QuickBooks.'],
  ['inactiveItem', 'error', 'Design is inactive in QuickBooks.', 'Pick another product.'],
  ['missingTaxCode', 'error', 'Line 1 has no tax code.', 'Choose one on Products and tax.'],
  [
    'currencyMismatch',
    'warning',
    'The invoice is in EUR and the deal in USD.',
    'The deal’s invoice properties will not follow this invoice.',
  ],
  [
    'closedPeriod',
    'error',
    'The books are closed until Oct 31, 2026.',
    'Date the invoice after Oct 31, 2026.',
  ],
  ['numberTaken', 'error', 'Invoice number INV-0043 is already used.', 'Use INV-0044.'],
  ['customerInactive', 'error', 'Cool Cars is inactive.', 'Make the customer active.'],
  [
    'exchangeRate',
    'warning',
    'No EUR rate is recorded for Nov 26, 2026.',
    'The latest rate (Nov 25) will be sent.',
  ],
].map(([id, severity, message, fix]) => preflightCheckSchema.parse({ id, severity, message, fix }));

export function usPrepared(overrides: Partial<PrepareData> = {}): PrepareData {
  return wizardPrepareOutput.parse({
    profile: {
      realmId: '9130001',
      companyName: 'Craig’s Design',
      country: 'US',
      taxModel: 'us',
      homeCurrency: 'USD',
      multiCurrency: false,
      customTxnNumbers: false,
      allowDiscount: true,
      allowServiceDate: true,
      defaultTermId: '3',
      defaultCustomerMessage: 'Thank you for your business.',
    },
    terms: [
      { id: '1', name: 'Due on receipt', dueDays: 0, dayOfMonthDue: null, dueNextMonthDays: null },
      { id: '3', name: 'Net 30', dueDays: 30, dayOfMonthDue: null, dueNextMonthDays: null },
    ],
    taxCodes: [
      { id: 'TAX', name: 'TAX', description: null, ratePercent: null, taxable: true },
      { id: '2', name: 'California', description: null, ratePercent: '8.25', taxable: true },
    ],
    lines: [
      {
        sourceLineId: 'li-1',
        name: 'Design',
        sku: 'DES-100',
        description: 'Custom design',
        quantity: '10',
        unitPrice: '75.00',
        match: { item: item(), by: 'sku' },
      },
      {
        sourceLineId: 'li-2',
        name: 'Custom engraving',
        sku: 'ENG-CUSTOM',
        description: 'Engraving',
        quantity: '1',
        unitPrice: '625.00',
        match: null,
      },
    ],
    customerMatch: {
      customer: customer(),
      by: 'email',
      reason: 'Email grace@coolcars.example matches this customer.',
    },
    customerPrefill: {
      displayName: 'Cool Cars',
      companyName: 'Cool Cars',
      givenName: 'Grace',
      familyName: 'Pariseau',
      email: 'grace@coolcars.example',
      billAddr: null,
      currency: null,
    },
    dealCurrency: 'USD',
    suggestedNumber: null,
    ...overrides,
  });
}

export function globalPrepared(overrides: Partial<PrepareData> = {}): PrepareData {
  return wizardPrepareOutput.parse({
    profile: {
      realmId: '9130002',
      companyName: 'Brightwater Ltd',
      country: 'GB',
      taxModel: 'global',
      homeCurrency: 'GBP',
      multiCurrency: true,
      customTxnNumbers: true,
      allowDiscount: false,
      allowServiceDate: false,
      defaultTermId: '3',
      defaultCustomerMessage: null,
    },
    terms: [{ id: '3', name: 'Net 30', dueDays: 30, dayOfMonthDue: null, dueNextMonthDays: null }],
    taxCodes: [
      { id: '20', name: '20.0% S', description: 'Standard', ratePercent: '20', taxable: true },
      { id: '21', name: '5.0% R', description: 'Reduced', ratePercent: '5', taxable: true },
    ],
    lines: [],
    customerMatch: null,
    customerPrefill: {
      displayName: 'Société Générale',
      companyName: 'Société Générale',
      givenName: null,
      familyName: null,
      email: 'ap@sg.example',
      billAddr: null,
      currency: 'EUR',
    },
    dealCurrency: 'GBP',
    suggestedNumber: 'INV-0043',
    ...overrides,
  });
}

export function review(overrides: Partial<ReviewData> = {}): ReviewData {
  return wizardReviewOutput.parse({
    checks: [],
    totals: {
      currency: 'USD',
      subtotal: '1375.00',
      discount: '0.00',
      tax: '113.44',
      total: '1488.44',
    },
    exchangeRate: null,
    ...overrides,
  });
}

export function created(overrides: Partial<z.infer<typeof createDraftOutput>> = {}) {
  return createDraftOutput.parse({
    invoice: {
      realmId: '9130001',
      invoiceId: '145',
      number: '1038',
      customerName: 'Cool Cars',
      currency: 'USD',
      total: '1488.44',
      balance: '1488.44',
      txnDate: '2026-11-26',
      dueDate: '2026-12-26',
      status: 'AWAITING_SEND',
      daysOverdue: null,
      lastUpdated: '2026-11-26T18:00:00.000Z',
      confirmedAt: '2026-11-26T18:00:00.000Z',
    },
    quickBooksUrl: 'https://app.sandbox.qbo.intuit.com/app/invoice?txnId=145',
    dealPropertiesUpdated: true,
    notes: [],
    ...overrides,
  });
}

/** The draft the US run from quote 501 sends once the unmatched engraving line is resolved with item 12. */
export function usQuoteDraft(overrides: Partial<InvoiceDraft> = {}): InvoiceDraft {
  return invoiceDraftSchema.parse({
    realmId: '9130001',
    source: { kind: 'quote', quoteId: '501' },
    customerId: '58',
    currency: 'USD',
    lines: [
      {
        itemId: '11',
        description: 'Custom design',
        quantity: '10',
        unitPrice: '75.00',
        serviceDate: null,
        taxCodeId: null,
        taxable: true,
      },
      {
        itemId: '12',
        description: 'Engraving',
        quantity: '1',
        unitPrice: '625.00',
        serviceDate: null,
        taxCodeId: null,
        taxable: true,
      },
    ],
    discount: null,
    txnTaxCodeId: '2',
    globalTaxCalculation: null,
    termId: '3',
    txnDate: '2026-11-26',
    dueDate: '2026-12-26',
    customerMemo: 'Thank you for your business.',
    docNumber: null,
    ...overrides,
  });
}
