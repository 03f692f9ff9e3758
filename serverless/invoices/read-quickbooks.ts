import { chunks } from '../lib/chunks';
import { maxPageSize, select, type CallOptions, type Invoice, type Payment } from '../quickbooks';
import type { QboCompany } from '../quickbooks';

/**
 * The invoices with these ids as QuickBooks has them now, one query per 1,000 ids. An id the
 * answer lacks is an invoice QuickBooks no longer has (deleted): only a complete answer says so,
 * so any failure throws rather than reporting invoices as deleted.
 */
export async function readInvoices(
  qbo: QboCompany,
  ids: string[],
  options: CallOptions,
): Promise<{ invoices: Invoice[]; missingIds: string[] }> {
  const unique = [...new Set(ids)];
  const invoices: Invoice[] = [];
  for (const part of chunks(unique, maxPageSize)) {
    const page = await qbo.invoices.page(select('Invoice').in('Id', part).maxResults(maxPageSize), {
      ...options,
      pageSize: maxPageSize,
    });
    invoices.push(...page.rows);
  }
  const found = new Set(invoices.map((invoice) => invoice.Id));
  return { invoices, missingIds: unique.filter((id) => !found.has(id)) };
}

/** The payments with these ids (those QuickBooks no longer has are absent), by id. */
export async function readPayments(
  qbo: QboCompany,
  ids: string[],
  options: CallOptions,
): Promise<Map<string, Payment>> {
  const out = new Map<string, Payment>();
  for (const part of chunks([...new Set(ids)], maxPageSize)) {
    const page = await qbo.payments.page(select('Payment').in('Id', part).maxResults(maxPageSize), {
      ...options,
      pageSize: maxPageSize,
    });
    for (const payment of page.rows) out.set(payment.Id, payment);
  }
  return out;
}
