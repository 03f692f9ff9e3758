import type { InvoiceSummary } from '@qbo-invoicing/contract';
import type { InvoiceLink } from '../hubspot/stores/invoice-links';
import { invoiceStatus } from '../invoicing/status';

/** A linked invoice as the card lists it, its status decided for `today`. */
export function toSummary(link: InvoiceLink, today: string): InvoiceSummary {
  const { status, daysOverdue } = invoiceStatus({ ...link, today });
  return {
    realmId: link.realmId,
    invoiceId: link.invoiceId,
    number: link.number,
    customerName: link.customerName,
    currency: link.currency,
    total: link.total,
    balance: link.balance,
    txnDate: link.txnDate,
    dueDate: link.dueDate,
    status,
    daysOverdue,
    lastUpdated: link.lastUpdated,
    confirmedAt: link.confirmedAt,
  };
}
