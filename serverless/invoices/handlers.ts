import { toSummary } from './summary';
import { todayIn } from '../invoicing/status';
import type { Handlers } from '../runtime/dispatch';

/** Listing a record's linked invoices. */
export const invoiceListHandlers = {
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
} satisfies Partial<Handlers<'invoices'>>;
