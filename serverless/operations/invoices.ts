import type { InvoiceSummary } from '../../src/app/shared/contract';
import type { InvoiceLink } from '../hubspot/stores/invoice-links';
import { invoiceStatus, todayIn } from '../invoicing/status';
import type { Handlers } from '../runtime/dispatch';
import { wizardHandlers } from './wizard';

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
  };
}

export const invoiceHandlers: Handlers<'invoices'> = {
  'invoices.listForRecord': async (input, { services, recordId }) => {
    const links = await services.invoiceLinks.listForRecord(input.objectType, recordId as string);
    const today = todayIn(input.timeZone);
    const invoices = links
      .map((link) => toSummary(link, today))
      // Newest first: the invoice a rep just made or touched is the one they look for.
      .sort(
        (a, b) => b.txnDate.localeCompare(a.txnDate) || b.lastUpdated.localeCompare(a.lastUpdated),
      );
    return { invoices };
  },
  ...wizardHandlers,
};
