import * as z from 'zod';
import { linkSearchStatuses } from './catalog';
import { invoiceStatusSchema, invoiceSummarySchema, recordObjectTypeSchema } from './invoices';
import { currencyCode, decimalString, isoDate, timeZone } from './values';

const realmId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks company id (digits only)');
const qboId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks id');

/** The HubSpot records an existing invoice is already linked to. */
export const linkedRecordsSchema = z.object({
  deals: z.array(z.string()),
  contacts: z.array(z.string()),
  companies: z.array(z.string()),
});

/** An invoice of the QuickBooks company, as the link panel lists it. */
export const linkCandidateSchema = z.object({
  realmId: z.string(),
  invoiceId: z.string(),
  number: z.string().nullable(),
  customerName: z.string(),
  txnDate: isoDate,
  currency: currencyCode,
  total: decimalString,
  balance: decimalString,
  status: invoiceStatusSchema,
  /** Already linked to these records (all empty: never linked). */
  linkedTo: linkedRecordsSchema,
  /** The same records by name, for the rep ("Deal Amy’s renewal", "Contact Amy Lauterbach"). */
  linkedToNames: z.array(z.string()),
  /** Already linked to the record the card is on. */
  onThisRecord: z.boolean(),
});
export type LinkCandidate = z.infer<typeof linkCandidateSchema>;

export const linkSuggestInput = z
  .object({
    objectType: recordObjectTypeSchema,
    /** The QuickBooks company to suggest from; null: the first connected one. */
    realmId: realmId.nullable().default(null),
    timeZone: timeZone.default('UTC'),
  })
  .strict();
export const linkSuggestOutput = z.object({
  /** The connected QuickBooks companies, to choose from (as the wizard offers them). */
  companies: z.array(z.object({ realmId: z.string(), companyName: z.string() })),
  /** The company the suggestions come from (null: none is connected). */
  realmId: z.string().nullable(),
  suggestions: z.array(z.object({ invoice: linkCandidateSchema, reason: z.string() })),
});

export const linkSearchFiltersSchema = z
  .object({
    /** Part of the invoice number. */
    number: z.string().trim().max(21).default(''),
    /** Part of the customer's display name. */
    customerName: z.string().trim().max(100).default(''),
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    status: z.enum(linkSearchStatuses).nullable().default(null),
    minTotal: decimalString.nullable().default(null),
    maxTotal: decimalString.nullable().default(null),
  })
  .strict();
export type LinkSearchFilters = z.infer<typeof linkSearchFiltersSchema>;

export const linkSearchInput = z
  .object({
    objectType: recordObjectTypeSchema,
    realmId,
    timeZone: timeZone.default('UTC'),
    filters: linkSearchFiltersSchema.default({
      number: '',
      customerName: '',
      from: null,
      to: null,
      status: null,
      minTotal: null,
      maxTotal: null,
    }),
    startPosition: z.number().int().min(1).max(100_000).default(1),
  })
  .strict();
export const linkSearchOutput = z.object({
  invoices: z.array(linkCandidateSchema),
  nextStartPosition: z.number().int().nullable(),
});

export const linkInput = z
  .object({
    objectType: recordObjectTypeSchema,
    realmId,
    invoiceIds: z.array(qboId).min(1).max(20),
    timeZone: timeZone.default('UTC'),
  })
  .strict();
export const linkOutput = z.object({
  /** The invoices now on the record, read from QuickBooks just now. */
  linked: z.array(invoiceSummarySchema),
  /** Those that were already on the record (nothing changed for them). */
  alreadyLinked: z.array(z.string()),
});

export const unlinkInput = z
  .object({
    objectType: recordObjectTypeSchema,
    realmId,
    invoiceId: qboId,
    timeZone: timeZone.default('UTC'),
  })
  .strict();
export const unlinkOutput = z.object({ unlinked: z.boolean() });
