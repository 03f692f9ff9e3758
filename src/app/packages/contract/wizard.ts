import * as z from 'zod';
import { invoiceSummarySchema } from './invoices';
import { newCustomerProblems } from './new-customer-rules';
import { currencyCode, decimalString, isoDate, timeZone } from './values';

/**
 * The invoice wizard's operations. All act on the deal the card is on (its id comes from
 * `propertiesToSend`), so none takes a deal id.
 */

const realmId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks company id (digits only)');
const qboId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks id');
/** Stable for one wizard run: it becomes QuickBooks' requestid, so a retry never creates twice. */
export const submissionId = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,40}$/, 'must be the wizard run’s submission id');

/** A quantity or rate: exact decimal, may carry more places than money. */
const quantity = decimalString;
/**
 * Text QuickBooks stores in a field of `max` characters, counted as QuickBooks counts them (UTF-16
 * units, as Java does; an emoji is two), which zod's own `.max` does not.
 */
const qboText = (max: number) =>
  z.string().refine((value) => value.length <= max, `must be at most ${max} characters`);

// ---------- wizard.start ----------

export const wizardCompanySchema = z.object({
  realmId: z.string(),
  companyName: z.string(),
  country: z.string(),
  homeCurrency: z.string(),
  /** False when the company needs reconnecting (or has an error); `reason` says why, in words. */
  usable: z.boolean(),
  reason: z.string().nullable(),
  /**
   * Whether the company can bill in currencies other than its home one (QuickBooks' multi-currency
   * preference, from its cached facts); null when the facts are not known yet. The wizard offers
   * only companies that can bill the deal's currency, and says why the others are not offered.
   */
  multiCurrency: z.boolean().nullable().default(null),
});

export const wizardQuoteSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** HubSpot's hs_status: only APPROVAL_NOT_NEEDED and APPROVED count as published. */
  status: z.string(),
  expiresOn: isoDate.nullable(),
  currency: z.string().nullable(),
  amount: decimalString.nullable(),
  selectable: z.boolean(),
  /** Why it cannot be chosen (not published, expired), when it cannot. */
  reason: z.string().nullable(),
});

export const wizardStartInput = z.object({ timeZone: timeZone.default('UTC') }).strict();
export const wizardStartOutput = z.object({
  deal: z.object({
    id: z.string(),
    name: z.string(),
    amount: decimalString.nullable(),
    currency: z.string().nullable(),
  }),
  companies: z.array(wizardCompanySchema),
  quotes: z.array(wizardQuoteSchema),
  /** Today in the portal's time zone: the default invoice date. */
  today: isoDate,
  submissionId,
});

// ---------- wizard.prepare ----------

export const quoteSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quote'), quoteId: z.string().regex(/^\d+$/) }).strict(),
  z.object({ kind: z.literal('scratch') }).strict(),
]);
export type InvoiceSource = z.infer<typeof quoteSourceSchema>;

export const customerSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  companyName: z.string().nullable(),
  email: z.string().nullable(),
  currency: z.string(),
  /** The customer's own payment term, the wizard's default when set. */
  termId: z.string().nullable(),
  active: z.boolean(),
});
export type CustomerSummary = z.infer<typeof customerSummarySchema>;

export const itemSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  sku: z.string().nullable(),
  type: z.string(),
  description: z.string().nullable(),
  unitPrice: decimalString.nullable(),
  taxable: z.boolean().nullable(),
  /** The item's default sales tax code (global companies), when it has one. */
  salesTaxCodeId: z.string().nullable(),
  active: z.boolean(),
});
export type ItemSummary = z.infer<typeof itemSummarySchema>;

export const termSchema = z.object({
  id: z.string(),
  name: z.string(),
  dueDays: z.number().int().nullable(),
  dayOfMonthDue: z.number().int().nullable(),
  dueNextMonthDays: z.number().int().nullable(),
});
export type TermSummary = z.infer<typeof termSchema>;

export const taxCodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  /** Combined sales rate in percent ("20", "8.25"); null when unknown. */
  ratePercent: decimalString.nullable(),
  taxable: z.boolean(),
});
export type TaxCodeSummary = z.infer<typeof taxCodeSchema>;

export const companyProfileSchema = z.object({
  realmId: z.string(),
  companyName: z.string(),
  country: z.string(),
  taxModel: z.enum(['us', 'global']),
  homeCurrency: z.string(),
  multiCurrency: z.boolean(),
  customTxnNumbers: z.boolean(),
  allowDiscount: z.boolean(),
  allowServiceDate: z.boolean(),
  /** US companies: QuickBooks' TaxPrefs.UsingSalesTax. Off: lines are not taxable, no rate is chosen. */
  usingSalesTax: z.boolean().default(true),
  defaultTermId: z.string().nullable(),
  defaultCustomerMessage: z.string().nullable(),
});
/** The profile as the functions build it (fields with a default may be left out). */
export type CompanyProfileView = z.input<typeof companyProfileSchema>;

/** A line proposed from the quote (or deal) line items, matched to a QuickBooks item or not. */
export const proposedLineSchema = z.object({
  sourceLineId: z.string(),
  name: z.string(),
  sku: z.string().nullable(),
  description: z.string().nullable(),
  quantity,
  unitPrice: decimalString,
  /** null: no QuickBooks item matched; the rep must pick one or drop the line. */
  match: z.object({ item: itemSummarySchema, by: z.enum(['sku', 'name']) }).nullable(),
});
export type ProposedLine = z.infer<typeof proposedLineSchema>;

export const customerMatchSchema = z.object({
  customer: customerSummarySchema,
  by: z.enum(['email', 'company', 'name']),
  /** In words, e.g. 'Email amy@example.com matches this customer'. */
  reason: z.string(),
});

export const addressSchema = z.object({
  line1: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string().nullable(),
});

/** The shape here; the rules (lengths, email, currency) in `new-customer-rules.ts`, shared with the form. */
export const newCustomerSchema = z
  .object({
    displayName: z.string().trim(),
    companyName: z.string().trim().nullable(),
    givenName: z.string().trim().nullable(),
    familyName: z.string().trim().nullable(),
    email: z.string().nullable(),
    billAddr: addressSchema.nullable(),
    /** Only for multi-currency companies; fixed once the customer exists. */
    currency: z.string().nullable(),
  })
  .strict()
  .superRefine((customer, context) => {
    for (const problem of newCustomerProblems(customer)) {
      context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });
export type NewCustomer = z.infer<typeof newCustomerSchema>;

/**
 * The portal's time zone travels with every call that decides what "today" is (quote expiry, the
 * created invoice's status), never kept from an earlier call: a cold function has no memory.
 */
export const wizardPrepareInput = z
  .object({ realmId, source: quoteSourceSchema, timeZone: timeZone.default('UTC') })
  .strict();
export const wizardPrepareOutput = z.object({
  profile: companyProfileSchema,
  terms: z.array(termSchema),
  taxCodes: z.array(taxCodeSchema),
  lines: z.array(proposedLineSchema),
  customerMatch: customerMatchSchema.nullable(),
  /** What HubSpot knows, to prefill "create a new customer". */
  customerPrefill: newCustomerSchema,
  /**
   * What was changed from HubSpot's values so QuickBooks accepts them (a name too long, a colon in
   * a customer's name, a line description cut), in words for the rep.
   */
  adjustments: z.array(z.string()).default([]),
  /** The deal's currency (deal_currency_code), to warn when the invoice differs. */
  dealCurrency: z.string().nullable(),
  /** Custom transaction numbers on: the next number in the company's own format. */
  suggestedNumber: z.string().nullable(),
});

// ---------- searches ----------

export const searchInput = z
  .object({
    realmId,
    text: z.string().trim().max(100),
    startPosition: z.number().int().min(1).default(1),
  })
  .strict();
export const customerSearchOutput = z.object({
  customers: z.array(customerSummarySchema),
  nextStartPosition: z.number().int().nullable(),
});
export const itemSearchOutput = z.object({
  items: z.array(itemSummarySchema),
  nextStartPosition: z.number().int().nullable(),
});

// ---------- customers.create ----------

export const customerCreateInput = z
  .object({ realmId, submissionId, customer: newCustomerSchema })
  .strict();
export const customerCreateOutput = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('created'), customer: customerSummarySchema }),
  /** The display name is taken (QuickBooks names are unique across customers, vendors, employees). */
  z.object({
    outcome: z.literal('nameTaken'),
    takenBy: z.enum(['customer', 'vendor', 'employee']),
    suggestedName: z.string(),
    message: z.string(),
  }),
]);

// ---------- the draft, review and create ----------

export const draftLineSchema = z
  .object({
    itemId: qboId,
    description: qboText(4000).nullable(),
    quantity,
    unitPrice: decimalString,
    serviceDate: isoDate.nullable(),
    /** Global tax model: the line's tax code id. */
    taxCodeId: z.string().max(20).nullable(),
    /** US tax model: whether sales tax applies to the line. */
    taxable: z.boolean(),
  })
  .strict();
export type DraftLine = z.infer<typeof draftLineSchema>;

export const invoiceDraftSchema = z
  .object({
    realmId,
    source: quoteSourceSchema,
    customerId: qboId,
    currency: currencyCode,
    lines: z.array(draftLineSchema).min(1, 'needs at least one line').max(750),
    discount: z
      .object({ kind: z.enum(['percent', 'amount']), value: decimalString })
      .strict()
      .nullable(),
    /** US tax model: the transaction tax code that picks the rate. */
    txnTaxCodeId: z.string().max(20).nullable(),
    globalTaxCalculation: z.enum(['TaxExcluded', 'TaxInclusive']).nullable(),
    termId: z.string().max(20).nullable(),
    txnDate: isoDate,
    dueDate: isoDate,
    customerMemo: qboText(1000),
    /** Only when the company uses custom transaction numbers. */
    docNumber: z
      .string()
      .trim()
      .refine((value) => value.length <= 21, 'must be at most 21 characters')
      .nullable(),
  })
  .strict();
export type InvoiceDraft = z.infer<typeof invoiceDraftSchema>;

export const preflightCheckSchema = z.object({
  id: z.enum([
    'customerEmail',
    'inactiveItem',
    'missingTaxCode',
    'currencyMismatch',
    'closedPeriod',
    'numberTaken',
    'customerInactive',
    'exchangeRate',
  ]),
  /** Errors block "Create draft invoice"; warnings only inform. */
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  fix: z.string(),
});
export type PreflightCheck = z.infer<typeof preflightCheckSchema>;

export const totalsSchema = z.object({
  currency: z.string(),
  subtotal: decimalString,
  discount: decimalString,
  /** null when tax can only be known once QuickBooks computes it. */
  tax: decimalString.nullable(),
  total: decimalString,
});
export type Totals = z.infer<typeof totalsSchema>;

export const exchangeRateSchema = z.object({
  sourceCurrency: z.string(),
  homeCurrency: z.string(),
  rate: decimalString,
  asOfDate: isoDate,
});

export const wizardReviewInput = z.object({ draft: invoiceDraftSchema }).strict();
export const wizardReviewOutput = z.object({
  checks: z.array(preflightCheckSchema),
  totals: totalsSchema,
  exchangeRate: exchangeRateSchema.nullable(),
});

export const createDraftInput = z
  .object({ submissionId, draft: invoiceDraftSchema, timeZone: timeZone.default('UTC') })
  .strict();
export const createDraftOutput = z.object({
  invoice: invoiceSummarySchema,
  /** Opens the invoice in QuickBooks. */
  quickBooksUrl: z.url(),
  /** False when the invoice's currency differs from the deal's, so the deal properties were left alone. */
  dealPropertiesUpdated: z.boolean(),
  /** Warnings that did not block (e.g. the number was taken meanwhile and the next free one used). */
  notes: z.array(z.string()),
});
