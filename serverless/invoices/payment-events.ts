import type { InvoiceLink, NotedPayment } from '../hubspot/stores/invoice-links';
import type { Payment } from '../quickbooks';
import { amountOf, sameAmount } from './from-quickbooks';

/** One payment's part on one linked invoice. */
export interface PaymentApplication {
  /** The link as it is after this change. */
  link: InvoiceLink;
  /** The amount applied now ('' for a payment no longer applied). */
  amount: string;
  /** The amount noted before, for a changed or removed payment ('' when not known). */
  previousAmount: string;
}

/**
 * Something that happened to a payment on linked invoices, worth one timeline note: received
 * (new on the invoice), changed (another amount applied) or removed (deleted or unapplied in
 * QuickBooks). A payment split over several linked invoices is one event naming each.
 */
export interface PaymentEvent {
  kind: 'received' | 'changed' | 'removed';
  paymentId: string;
  /** The payment as QuickBooks has it now; null once removed. */
  payment: Payment | null;
  applications: PaymentApplication[];
}

export interface InvoicePaymentChange {
  before: InvoiceLink;
  after: InvoiceLink;
  /** The payments QuickBooks lists on the invoice now. */
  paymentIds: string[];
}

/** The amount a payment applies to one invoice, from its lines. */
export function appliedTo(payment: Payment, invoiceId: string): string | null {
  for (const line of payment.Line) {
    if ((line.LinkedTxn ?? []).some((t) => t.TxnType === 'Invoice' && t.TxnId === invoiceId))
      return line.Amount ?? null;
  }
  return null;
}

/**
 * The payment events in a set of invoice changes. A payment that could not be read now is left
 * out (it stays un-noted, so the next reconcile notes it).
 */
export function paymentEvents(
  changes: InvoicePaymentChange[],
  payments: ReadonlyMap<string, Payment>,
): PaymentEvent[] {
  const events = new Map<string, PaymentEvent>();
  const add = (kind: PaymentEvent['kind'], paymentId: string, application: PaymentApplication) => {
    const key = `${kind}:${paymentId}`;
    const event = events.get(key) ?? {
      kind,
      paymentId,
      payment: kind === 'removed' ? null : (payments.get(paymentId) ?? null),
      applications: [],
    };
    event.applications.push(application);
    events.set(key, event);
  };
  for (const { before, after, paymentIds } of changes) {
    const noted = new Map(before.paymentsNoted.map((entry) => [entry.paymentId, entry.amount]));
    for (const paymentId of paymentIds) {
      const payment = payments.get(paymentId);
      const amount = payment ? appliedTo(payment, after.invoiceId) : null;
      if (amount === null) continue;
      const previousAmount = noted.get(paymentId);
      if (previousAmount === undefined) {
        add('received', paymentId, { link: after, amount, previousAmount: '' });
      } else if (previousAmount !== '' && !sameAmount(previousAmount, amount)) {
        add('changed', paymentId, { link: after, amount, previousAmount });
      }
    }
    for (const [paymentId, previousAmount] of noted) {
      if (!paymentIds.includes(paymentId))
        add('removed', paymentId, { link: after, amount: '', previousAmount });
    }
  }
  return [...events.values()];
}

/** The link's noted payments once the event's note is written. */
export function notedAfter(link: InvoiceLink, event: PaymentEvent): NotedPayment[] {
  const application = event.applications.find(
    (entry) => entry.link.realmId === link.realmId && entry.link.invoiceId === link.invoiceId,
  );
  if (!application) return link.paymentsNoted;
  const others = link.paymentsNoted.filter((entry) => entry.paymentId !== event.paymentId);
  return event.kind === 'removed'
    ? others
    : [...others, { paymentId: event.paymentId, amount: amountOf(application.amount) }];
}
