import * as z from 'zod';
import { invoiceStatuses, recordObjectTypes } from './catalog';
import { currencyCode, decimalString, isoDate, isoInstant, timeZone } from './values';

export const invoiceStatusSchema = z.enum(invoiceStatuses);
export const recordObjectTypeSchema = z.enum(recordObjectTypes);

const realmId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks company id (digits only)');
const qboId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks id');

/** One linked QuickBooks invoice as the card lists it. */
export const invoiceSummarySchema = z.object({
  realmId: z.string(),
  invoiceId: z.string(),
  number: z.string().nullable(),
  customerName: z.string(),
  currency: currencyCode,
  total: decimalString,
  balance: decimalString,
  txnDate: isoDate,
  dueDate: isoDate.nullable(),
  status: invoiceStatusSchema,
  daysOverdue: z.number().int().nonnegative().nullable(),
  lastUpdated: isoInstant,
  /** When QuickBooks last confirmed these values (null: never read back since it was linked). */
  confirmedAt: isoInstant.nullable(),
});
export type InvoiceSummary = z.infer<typeof invoiceSummarySchema>;

/** Billed, outstanding and overdue amounts of a record's invoices in one currency. */
export const invoiceTotalsSchema = z.object({
  currency: currencyCode,
  billed: decimalString,
  outstanding: decimalString,
  overdue: decimalString,
  count: z.number().int().nonnegative(),
});
export type InvoiceTotals = z.infer<typeof invoiceTotalsSchema>;

/**
 * Whether a company's invoices were just read back from QuickBooks (`fresh`) or are the stored
 * values because QuickBooks could not be reached in time (`stale`, with why and since when).
 */
export const freshnessSchema = z.object({
  realmId: z.string(),
  companyName: z.string(),
  state: z.enum(['fresh', 'stale']),
  /** The oldest confirmation among the company's invoices on this record. */
  confirmedAt: isoInstant.nullable(),
  reason: z.string().nullable(),
});
export type Freshness = z.infer<typeof freshnessSchema>;

export const listForRecordInput = z
  .object({
    objectType: recordObjectTypeSchema,
    /** The portal's time zone (the card's context), which decides what "today" and so "overdue" mean. */
    timeZone: timeZone.default('UTC'),
  })
  .strict();
export const listForRecordOutput = z.object({
  invoices: z.array(invoiceSummarySchema),
  totals: z.array(invoiceTotalsSchema),
  freshness: z.array(freshnessSchema),
  /**
   * Whether invoices can be made or linked at all: a QuickBooks company is connected (`usable`),
   * the connected ones all need an admin (`needs_attention`: reconnect or an error), or none is
   * connected (`none`). The card's next step when it is not `usable`.
   */
  companies: z.enum(['usable', 'needs_attention', 'none']),
});

/** An invoice linked to the record the card is on. */
const linkedInvoiceInput = {
  objectType: recordObjectTypeSchema,
  realmId,
  invoiceId: qboId,
  timeZone: timeZone.default('UTC'),
};

export const previewInput = z.object(linkedInvoiceInput).strict();

export const invoiceDetailSchema = z.object({
  invoice: invoiceSummarySchema,
  companyName: z.string(),
  customer: z.object({ id: z.string(), name: z.string(), email: z.string().nullable() }),
  /** Where QuickBooks sends the invoice by default. */
  billEmail: z.string().nullable(),
  terms: z.string().nullable(),
  lines: z.array(
    z.object({
      description: z.string().nullable(),
      item: z.string().nullable(),
      quantity: decimalString.nullable(),
      unitPrice: decimalString.nullable(),
      amount: decimalString,
      taxCode: z.string().nullable(),
    }),
  ),
  subtotal: decimalString,
  tax: decimalString.nullable(),
  discount: decimalString.nullable(),
  payments: z.array(
    z.object({
      id: z.string(),
      date: isoDate.nullable(),
      amount: decimalString,
      method: z.string().nullable(),
      reference: z.string().nullable(),
    }),
  ),
  message: z.string().nullable(),
  /** QuickBooks' EmailStatus: NotSet, NeedToSend or EmailSent. */
  emailStatus: z.string().nullable(),
  quickBooksUrl: z.url(),
  /** The customer-facing link to view and pay, where the company takes online payments. */
  paymentLink: z.url().nullable(),
});
export type InvoiceDetail = z.infer<typeof invoiceDetailSchema>;
export const previewOutput = invoiceDetailSchema;

export const sendInput = z
  .object({
    ...linkedInvoiceInput,
    /** Another address than the invoice's billing email; null sends to the billing email. */
    sendTo: z.email('must be an email address such as ana@example.com').max(100).nullable(),
    /** The rep confirmed sending an invoice QuickBooks has already emailed. */
    confirmResend: z.boolean().default(false),
    /** One per click of Send: a retry of the same click never emails twice. */
    requestId: z.uuid(),
  })
  .strict();
export const sendOutput = z.object({
  invoice: invoiceSummarySchema,
  sentTo: z.string(),
  /** Whether the timeline note about the email was written. */
  noted: z.boolean(),
});

export const syncNowInput = z.object({ realmId }).strict();
export const syncNowOutput = z.object({
  realmId: z.string(),
  /** `changes`: QuickBooks' change feed since the cursor; `full`: every linked invoice re-read. */
  mode: z.enum(['changes', 'full']),
  invoicesChecked: z.number().int().nonnegative(),
  invoicesUpdated: z.number().int().nonnegative(),
  paymentsNoted: z.number().int().nonnegative(),
  /** False when there is more to catch up than one call could do; Sync now again continues. */
  complete: z.boolean(),
  syncedThrough: isoInstant.nullable(),
});

/**
 * HubSpot tasks for the deal's owner, per connected company: a draft still unsent some days after
 * its invoice date, an invoice that became overdue, an invoice paid in full. All off by default.
 */
export const reminderSettingsSchema = z
  .object({
    unsentAfterDays: z.number().int().min(1).max(90).nullable(),
    overdue: z.boolean(),
    paidInFull: z.boolean(),
  })
  .strict();
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const remindersGetInput = z.object({ realmId }).strict();
export const remindersSaveInput = z.object({ realmId, settings: reminderSettingsSchema }).strict();
export const remindersOutput = z.object({ realmId: z.string(), settings: reminderSettingsSchema });
