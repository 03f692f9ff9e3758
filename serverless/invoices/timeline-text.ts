import { formatDate, formatMoney } from '@qbo-invoicing/invoicing';
import type { InvoiceLink } from '../hubspot/stores/invoice-links';
import { sameAmount } from './from-quickbooks';
import type { PaymentApplication, PaymentEvent } from './payment-events';

/** Note bodies are HTML: anything from QuickBooks is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const invoiceName = (link: InvoiceLink) => `invoice ${link.number ?? `#${link.invoiceId}`}`;

function balanceText(link: InvoiceLink): string {
  if (link.voided) return 'voided';
  return sameAmount(link.balance, '0')
    ? 'paid in full'
    : `balance ${formatMoney(link.balance, link.currency)}`;
}

const part = (application: PaymentApplication, amount: string) =>
  `${formatMoney(amount, application.link.currency)} for ${invoiceName(application.link)} (${balanceText(application.link)})`;

/**
 * The line a note carries so it can be recognised later: a retry that finds it does not write
 * the note again.
 */
export function paymentReference(realmId: string, event: PaymentEvent): string {
  // Sorted by invoice, so the same event always has the same reference whatever order it came in.
  const amounts = [...event.applications]
    .sort((a, b) => a.link.invoiceId.localeCompare(b.link.invoiceId, 'en', { numeric: true }))
    .map((a) => a.amount || a.previousAmount)
    .join('+');
  return `QuickBooks reference: company ${realmId}, payment ${event.paymentId}, ${event.kind} ${amounts}`;
}

/** The timeline note for a payment event, as HTML. */
export function paymentNote(realmId: string, event: PaymentEvent): string {
  const { payment, applications } = event;
  const first = applications[0];
  if (!first) return '';
  const currency = first.link.currency;
  let sentence: string;
  if (event.kind === 'received') {
    const total = payment?.TotalAmt ?? first.amount;
    const date = payment?.TxnDate
      ? ` received ${formatDate(payment.TxnDate.slice(0, 10))}`
      : ' received';
    sentence =
      applications.length === 1
        ? `Payment of ${formatMoney(first.amount, currency)}${date} for ${invoiceName(first.link)} — ${balanceText(first.link)}.`
        : `Payment of ${formatMoney(total, currency)}${date}: ${applications.map((a) => part(a, a.amount)).join('; ')}.`;
    const method = payment?.PaymentMethodRef?.name;
    const reference = payment?.PaymentRefNum;
    if (method || reference)
      sentence += ` ${[method ? `Method: ${method}` : '', reference ? `reference ${reference}` : ''].filter(Boolean).join(', ')}.`;
  } else if (event.kind === 'changed') {
    sentence = `A payment was changed in QuickBooks: ${applications
      .map(
        (a) =>
          `now ${formatMoney(a.amount, a.link.currency)} (was ${formatMoney(a.previousAmount, a.link.currency)}) for ${invoiceName(a.link)} — ${balanceText(a.link)}`,
      )
      .join('; ')}.`;
  } else {
    sentence = `A payment was deleted or unapplied in QuickBooks: ${applications
      .map((a) =>
        a.previousAmount
          ? `${formatMoney(a.previousAmount, a.link.currency)} no longer on ${invoiceName(a.link)} — ${balanceText(a.link)}`
          : `no longer on ${invoiceName(a.link)} — ${balanceText(a.link)}`,
      )
      .join('; ')}.`;
  }
  return `<p>${escapeHtml(sentence)}</p><p><small>${escapeHtml(paymentReference(realmId, event))}</small></p>`;
}
