import * as z from 'zod';
import { currencyCode, decimalString, isoDate, isoInstant } from './values';

const realmId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks company id (digits only)');
const qboId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks id');
const hubspotId = z.string().regex(/^\d{1,20}$/, 'must be a HubSpot record id');

/** The invoice dates a backfill covers (both included). */
const range = { realmId, from: isoDate, to: isoDate };

/** What linking past invoices would do (dry run) or did (run), in counts. */
export const backfillCountsSchema = z.object({
  invoices: z.number().int().nonnegative(),
  /** Linked by this run (dry run: would be linked), to a contact or a company. */
  toContacts: z.number().int().nonnegative(),
  toCompanies: z.number().int().nonnegative(),
  /** Several HubSpot records match the customer: a person chooses. */
  ambiguous: z.number().int().nonnegative(),
  /** No HubSpot contact or company matches the customer. */
  unmatched: z.number().int().nonnegative(),
  /** Linked before (by anyone): left as they are. */
  alreadyLinked: z.number().int().nonnegative(),
});
export type BackfillCounts = z.infer<typeof backfillCountsSchema>;

export const backfillCandidateSchema = z.object({
  type: z.enum(['contacts', 'companies']),
  id: z.string(),
  name: z.string(),
});

/** An invoice whose customer matches several HubSpot records, for a person to resolve. */
export const ambiguousInvoiceSchema = z.object({
  invoiceId: z.string(),
  number: z.string().nullable(),
  customerName: z.string(),
  txnDate: isoDate,
  total: decimalString,
  currency: currencyCode,
  reason: z.string(),
  candidates: z.array(backfillCandidateSchema),
});
export type AmbiguousInvoice = z.infer<typeof ambiguousInvoiceSchema>;

export const backfillProgressSchema = z.object({
  realmId: z.string(),
  from: isoDate,
  to: isoDate,
  state: z.enum(['running', 'complete']),
  /** Invoices in the range when the run started, and how many were gone through. */
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  counts: backfillCountsSchema,
  /** Time spent working (calls only, pauses excluded), for the rate and the time left. */
  workedMs: z.number().int().nonnegative(),
  startedAt: isoInstant,
  updatedAt: isoInstant,
  /** Still to resolve (at most 200 kept; `ambiguousMore` counts the rest). */
  ambiguousInvoices: z.array(ambiguousInvoiceSchema),
  ambiguousMore: z.number().int().nonnegative(),
});
export type BackfillProgress = z.infer<typeof backfillProgressSchema>;

export const backfillDryRunInput = z.object(range).strict();
export const backfillDryRunOutput = z.object({ counts: backfillCountsSchema });

export const backfillRunInput = z
  .object({ ...range, restart: z.boolean().default(false) })
  .strict();
export const backfillStatusInput = z.object({ realmId }).strict();
export const backfillProgressOutput = z.object({ progress: backfillProgressSchema.nullable() });

export const backfillResolveInput = z
  .object({
    realmId,
    invoiceId: qboId,
    target: z.object({ type: z.enum(['contacts', 'companies']), id: hubspotId }).strict(),
  })
  .strict();
