import * as z from 'zod';
import { currencyCode, decimalString, isoDate, isoInstant, timeZone } from './values';

/** The statuses a rep sees; one pure function on the server decides which applies. */
export const invoiceStatuses = [
  'AWAITING_SEND',
  'SENT',
  'PARTIALLY_PAID',
  'PAID',
  'OVERDUE',
  'VOIDED',
] as const;
export const invoiceStatusSchema = z.enum(invoiceStatuses);
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

export const invoiceStatusLabels: Record<InvoiceStatus, string> = {
  AWAITING_SEND: 'Awaiting send',
  SENT: 'Sent to customer',
  PARTIALLY_PAID: 'Partial payment',
  PAID: 'Paid in full',
  OVERDUE: 'Overdue',
  VOIDED: 'Voided',
};

/** The CRM records the card can sit on. */
export const recordObjectTypes = ['deals', 'contacts', 'companies'] as const;
export const recordObjectTypeSchema = z.enum(recordObjectTypes);
export type RecordObjectType = z.infer<typeof recordObjectTypeSchema>;

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
