import { formatDate, formatMoney } from '@qbo-invoicing/invoicing';
import type { InvoiceLink } from '../hubspot/stores/invoice-links';
import type { Translator } from '../lib/text';
import { sameAmount } from './from-quickbooks';
import type { PaymentApplication, PaymentEvent } from './payment-events';

/** Note bodies are HTML: anything from QuickBooks is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** How an invoice is named in a note: its number, else its QuickBooks id. */
const numberOf = (link: InvoiceLink) => link.number ?? `#${link.invoiceId}`;

/** The values of the invoice's state after a payment (`paid`, `voided` or its balance). */
function stateOf(link: InvoiceLink, words: Translator) {
  return {
    number: numberOf(link),
    state: link.voided ? 'voided' : sameAmount(link.balance, '0') ? 'paid' : 'open',
    balance: formatMoney(link.balance, link.currency, words.locale),
  };
}

/** One invoice's part of a payment split over several (the parts are listed, `;` between). */
const part = (application: PaymentApplication, words: Translator) =>
  words.t(
    '{amount} for invoice {number} ({state, select, voided {voided} paid {paid in full} other {balance {balance}}})',
    {
      amount: formatMoney(application.amount, application.link.currency, words.locale),
      ...stateOf(application.link, words),
    },
  );

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

/** The sentence saying a payment was received (one invoice, or split over several). */
function receivedSentence(event: PaymentEvent, first: PaymentApplication, words: Translator) {
  const { payment, applications } = event;
  const currency = first.link.currency;
  const date = payment?.TxnDate ? formatDate(payment.TxnDate.slice(0, 10), words.locale) : null;
  if (applications.length === 1) {
    const values = {
      amount: formatMoney(first.amount, currency, words.locale),
      ...stateOf(first.link, words),
      ...(date ? { date } : {}),
    };
    return date
      ? words.t(
          'Payment of {amount} received {date} for invoice {number} — {state, select, voided {voided} paid {paid in full} other {balance {balance}}}.',
          values,
        )
      : words.t(
          'Payment of {amount} received for invoice {number} — {state, select, voided {voided} paid {paid in full} other {balance {balance}}}.',
          values,
        );
  }
  const values = {
    amount: formatMoney(payment?.TotalAmt ?? first.amount, currency, words.locale),
    parts: applications.map((application) => part(application, words)).join('; '),
    ...(date ? { date } : {}),
  };
  return date
    ? words.t('Payment of {amount} received {date}: {parts}.', values)
    : words.t('Payment of {amount} received: {parts}.', values);
}

/** How the payment was made, when QuickBooks says: its method and reference. */
function methodSentence(payment: PaymentEvent['payment'], words: Translator): string | null {
  const method = payment?.PaymentMethodRef?.name;
  const reference = payment?.PaymentRefNum;
  if (method && reference)
    return words.t('Method: {method}, reference {reference}.', { method, reference });
  if (method) return words.t('Method: {method}.', { method });
  if (reference) return words.t('Reference {reference}.', { reference });
  return null;
}

/**
 * The timeline note for a payment event, as HTML, in `words`' language. Its last line is the
 * reference that makes it write-once: the same in every language, so a note written in one is
 * recognised whatever language a later trigger speaks.
 */
export function paymentNote(realmId: string, event: PaymentEvent, words: Translator): string {
  const { applications } = event;
  const first = applications[0];
  if (!first) return '';
  const money = (amount: string, link: InvoiceLink) =>
    formatMoney(amount, link.currency, words.locale);
  let sentence: string;
  if (event.kind === 'received') {
    sentence = receivedSentence(event, first, words);
    const method = methodSentence(event.payment, words);
    if (method) sentence += ` ${method}`;
  } else if (event.kind === 'changed') {
    sentence = words.t('A payment was changed in QuickBooks: {changes}.', {
      changes: applications
        .map((a) =>
          words.t(
            'now {amount} (was {previous}) for invoice {number} — {state, select, voided {voided} paid {paid in full} other {balance {balance}}}',
            {
              amount: money(a.amount, a.link),
              previous: money(a.previousAmount, a.link),
              ...stateOf(a.link, words),
            },
          ),
        )
        .join('; '),
    });
  } else {
    sentence = words.t('A payment was deleted or unapplied in QuickBooks: {changes}.', {
      changes: applications
        .map((a) =>
          a.previousAmount
            ? words.t(
                '{amount} no longer on invoice {number} — {state, select, voided {voided} paid {paid in full} other {balance {balance}}}',
                { amount: money(a.previousAmount, a.link), ...stateOf(a.link, words) },
              )
            : words.t(
                'no longer on invoice {number} — {state, select, voided {voided} paid {paid in full} other {balance {balance}}}',
                stateOf(a.link, words),
              ),
        )
        .join('; '),
    });
  }
  return `<p>${escapeHtml(sentence)}</p><p><small>${escapeHtml(paymentReference(realmId, event))}</small></p>`;
}
