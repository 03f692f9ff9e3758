import type { InvoiceSummary, InvoiceTotals } from '@qbo-invoicing/contract';
import { add, parseDecimal, toFixed, ZERO, type Fraction } from '@qbo-invoicing/invoicing';

/**
 * Billed, outstanding and overdue per currency (amounts in different currencies are never added
 * up). Voided and deleted invoices bill nothing.
 */
export function invoiceTotals(invoices: InvoiceSummary[]): InvoiceTotals[] {
  const byCurrency = new Map<
    string,
    { billed: Fraction; outstanding: Fraction; overdue: Fraction; count: number }
  >();
  for (const invoice of invoices) {
    if (invoice.status === 'VOIDED' || invoice.status === 'DELETED') continue;
    const entry = byCurrency.get(invoice.currency) ?? {
      billed: ZERO,
      outstanding: ZERO,
      overdue: ZERO,
      count: 0,
    };
    const balance = parseDecimal(invoice.balance);
    entry.billed = add(entry.billed, parseDecimal(invoice.total));
    entry.outstanding = add(entry.outstanding, balance);
    if (invoice.status === 'OVERDUE') entry.overdue = add(entry.overdue, balance);
    entry.count += 1;
    byCurrency.set(invoice.currency, entry);
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, entry]) => ({
      currency,
      billed: toFixed(entry.billed, 2),
      outstanding: toFixed(entry.outstanding, 2),
      overdue: toFixed(entry.overdue, 2),
      count: entry.count,
    }));
}
