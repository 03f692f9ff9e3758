import type { Totals } from '@qbo-invoicing/contract';
import { add, isDecimal, lineAmount, parseDecimal, toFixed, ZERO } from '@qbo-invoicing/invoicing';
import type { Form, StartData } from './types';

/**
 * Each way the invoice differs from the quote it came from, as data: the component says each in
 * the user's language with the amounts in the invoice's currency.
 */
export type QuoteDifference =
  | { kind: 'removed'; name: string; amount: string }
  | { kind: 'unresolved'; name: string }
  | {
      kind: 'changed';
      name: string;
      quantity: string;
      unitPrice: string;
      amount: string;
      quoteAmount: string;
    }
  /** A line that matched no QuickBooks item is invoiced as another (the default, a new one, a pick). */
  | { kind: 'substituted'; name: string; itemName: string }
  | { kind: 'added'; name: string; amount: string }
  | { kind: 'discount'; amount: string }
  /** Tax is the wizard's estimate until QuickBooks computes it on the invoice. */
  | { kind: 'taxEstimated'; amount: string }
  | { kind: 'taxByQuickBooks' };

export interface QuoteDifferences {
  quoteTitle: string;
  /** The quote's total: HubSpot's amount when it has one, else its lines added up. */
  quoteTotal: string;
  invoiceTotal: string;
  differences: QuoteDifference[];
}

const isZeroAmount = (amount: string) => parseDecimal(amount).numerator === 0n;

/**
 * The quote's total beside the invoice's and every difference between them: a line removed or
 * added, a quantity or price changed, an item substituted for a product QuickBooks did not have,
 * a discount, and tax (an estimate until QuickBooks computes it). Null for an invoice from
 * scratch. `totals` are the review's (or the form's estimate while the review runs).
 */
export function quoteDifferences(
  start: StartData,
  form: Form,
  totals: Totals | null,
): QuoteDifferences | null {
  const source = form.source;
  if (source?.kind !== 'quote' || !form.prepared || !totals) return null;
  const quote = start.quotes.find((candidate) => candidate.id === source.quoteId);
  const unused = [...form.lines];
  const differences: QuoteDifference[] = [];
  let quoteLines = ZERO;
  for (const proposed of form.prepared.lines) {
    const quoteAmount = lineAmount(proposed.quantity, proposed.unitPrice);
    quoteLines = add(quoteLines, parseDecimal(quoteAmount));
    const index = unused.findIndex((line) => line.sourceName === proposed.name);
    const kept = index >= 0 ? unused.splice(index, 1)[0] : undefined;
    if (!kept) {
      differences.push({ kind: 'removed', name: proposed.name, amount: quoteAmount });
      continue;
    }
    if (!kept.item) {
      differences.push({ kind: 'unresolved', name: proposed.name });
      continue;
    }
    if (proposed.match === null)
      differences.push({ kind: 'substituted', name: proposed.name, itemName: kept.item.name });
    if (isDecimal(kept.quantity) && isDecimal(kept.unitPrice)) {
      const amount = lineAmount(kept.quantity, kept.unitPrice);
      if (amount !== quoteAmount)
        differences.push({
          kind: 'changed',
          name: proposed.name,
          quantity: kept.quantity,
          unitPrice: kept.unitPrice,
          amount,
          quoteAmount,
        });
    }
  }
  for (const added of unused) {
    if (added.item && isDecimal(added.quantity) && isDecimal(added.unitPrice))
      differences.push({
        kind: 'added',
        name: added.item.name,
        amount: lineAmount(added.quantity, added.unitPrice),
      });
  }
  if (!isZeroAmount(totals.discount))
    differences.push({ kind: 'discount', amount: totals.discount });
  if (totals.tax === null) differences.push({ kind: 'taxByQuickBooks' });
  else if (!isZeroAmount(totals.tax))
    differences.push({ kind: 'taxEstimated', amount: totals.tax });
  return {
    quoteTitle: quote?.title ?? source.quoteId,
    quoteTotal: quote?.amount ?? toFixed(quoteLines, 2),
    invoiceTotal: totals.total,
    differences,
  };
}
