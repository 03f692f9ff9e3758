import * as z from 'zod';
import { invoiceStatuses, recordObjectTypes } from './catalog';
import { currencyCode, decimalString, isoDate, isoInstant, timeZone } from './values';

export const invoiceStatusSchema = z.enum(invoiceStatuses);
export const recordObjectTypeSchema = z.enum(recordObjectTypes);

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
});
export type InvoiceSummary = z.infer<typeof invoiceSummarySchema>;

export const listForRecordInput = z
  .object({
    objectType: recordObjectTypeSchema,
    /** The portal's time zone (the card's context), which decides what "today" and so "overdue" mean. */
    timeZone: timeZone.default('UTC'),
  })
  .strict();
export const listForRecordOutput = z.object({ invoices: z.array(invoiceSummarySchema) });
