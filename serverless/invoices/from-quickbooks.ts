import { compare, parseDecimal, toFixed } from '@qbo-invoicing/invoicing';
import type { InvoiceLink } from '../hubspot/stores/invoice-links';
import type { Invoice } from '../quickbooks';

/**
 * QuickBooks voids an invoice by zeroing it and setting its private note to "Voided" (the
 * change feed and webhooks also say "Void"); there is no voided flag to read back.
 */
export function looksVoided(invoice: Invoice): boolean {
  const zero = isZeroAmount(invoice.TotalAmt) && isZeroAmount(invoice.Balance);
  return zero && /^voided\b/i.test((invoice.PrivateNote ?? '').trim());
}

/** An amount as QuickBooks sent it ("25", "320.1"), written with at least two decimals. */
export function amountOf(value: string | undefined): string {
  const text = value ?? '0';
  const decimals = text.split('.')[1]?.length ?? 0;
  return toFixed(parseDecimal(text), Math.max(2, decimals));
}

const isZeroAmount = (value: string | undefined) => sameAmount(value ?? '0', '0');

/** Two decimal strings for the same amount ("10.5" and "10.50"), compared exactly. */
export const sameAmount = (a: string, b: string) => compare(parseDecimal(a), parseDecimal(b)) === 0;

/** The ids of the payments QuickBooks lists as applied to the invoice. */
export function paymentIdsOf(invoice: Invoice): string[] {
  return (invoice.LinkedTxn ?? [])
    .filter((linked) => linked.TxnType === 'Payment')
    .map((linked) => linked.TxnId);
}

export interface ReadBack {
  realmId: string;
  homeCurrency: string;
  /** When QuickBooks answered (ISO instant). */
  confirmedAt: string;
  /** The change feed or a webhook said "Void" for it. */
  voided?: boolean;
}

/**
 * The link as QuickBooks has the invoice now. What only HubSpot knows (which payments were
 * noted, the stored status) is kept from the previous link; a void is for good.
 */
export function linkFromInvoice(
  previous: InvoiceLink | null,
  invoice: Invoice,
  readBack: ReadBack,
): InvoiceLink {
  return {
    recordId: previous?.recordId ?? null,
    realmId: readBack.realmId,
    invoiceId: invoice.Id,
    number: invoice.DocNumber ?? null,
    customerId: invoice.CustomerRef.value,
    customerName: invoice.CustomerRef.name ?? previous?.customerName ?? '',
    currency: invoice.CurrencyRef?.value ?? previous?.currency ?? readBack.homeCurrency,
    total: amountOf(invoice.TotalAmt),
    balance: amountOf(invoice.Balance ?? invoice.TotalAmt),
    txnDate: (invoice.TxnDate ?? previous?.txnDate ?? '').slice(0, 10),
    dueDate: invoice.DueDate?.slice(0, 10) ?? null,
    emailStatus: invoice.EmailStatus ?? null,
    voided: Boolean(previous?.voided || readBack.voided || looksVoided(invoice)),
    deleted: false,
    lastUpdated: invoice.MetaData?.LastUpdatedTime ?? previous?.lastUpdated ?? readBack.confirmedAt,
    confirmedAt: readBack.confirmedAt,
    storedStatus: previous?.storedStatus ?? null,
    paymentsNoted: previous?.paymentsNoted ?? [],
    remindersSent: previous?.remindersSent ?? [],
  };
}

/**
 * QuickBooks no longer has the invoice. The link stays, marked deleted with its last known
 * values, and counts as updated at the deletion (so the deal's properties follow it).
 */
export function deletedLink(previous: InvoiceLink, at: string): InvoiceLink {
  if (previous.deleted) return previous;
  return { ...previous, deleted: true, lastUpdated: at, confirmedAt: at };
}

/** Whether anything HubSpot shows differs (confirmation time alone is not a change). */
export function linkChanged(before: InvoiceLink, after: InvoiceLink): boolean {
  if (!sameAmount(before.total, after.total) || !sameAmount(before.balance, after.balance))
    return true;
  const shown = (link: InvoiceLink) =>
    JSON.stringify([
      link.number,
      link.customerId,
      link.customerName,
      link.currency,
      link.txnDate,
      link.dueDate,
      link.emailStatus,
      link.voided,
      link.deleted,
      // HubSpot gives instants back in its own form: compare the moments, not the text.
      Date.parse(link.lastUpdated),
    ]);
  return shown(before) !== shown(after);
}
