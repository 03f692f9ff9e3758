import type { InvoiceLink } from '../hubspot/stores/invoice-links';
import { invoiceStatus } from '../invoicing/status';

/** The deal properties setup installs (see hubspot/definitions.ts, dealProperties). */
export type DealInvoiceProperties = Record<
  | 'qbo_invoice_amount_billed'
  | 'qbo_invoice_recipient'
  | 'qbo_invoice_number'
  | 'qbo_invoice_status'
  | 'qbo_invoice_due_date',
  string
>;

/**
 * The deal's invoice properties, from its most recently updated linked invoice whose currency is
 * the deal's. An invoice in another currency never sets them (its amount would mean something
 * else in the deal's reports); with no such invoice the answer is null and the deal is left alone.
 */
export function dealInvoiceProperties(
  links: InvoiceLink[],
  dealCurrency: string | null,
  today: string,
): DealInvoiceProperties | null {
  if (!dealCurrency) return null;
  const latest = links
    .filter((link) => link.currency === dealCurrency)
    .sort(
      (a, b) =>
        Date.parse(b.lastUpdated) - Date.parse(a.lastUpdated) ||
        b.invoiceId.localeCompare(a.invoiceId, 'en', { numeric: true }),
    )[0];
  if (!latest) return null;
  const { status } = invoiceStatus({ ...latest, today });
  return {
    qbo_invoice_amount_billed: latest.total,
    qbo_invoice_recipient: latest.customerName,
    qbo_invoice_number: latest.number ?? '',
    qbo_invoice_status: status,
    qbo_invoice_due_date: latest.dueDate ?? '',
  };
}
