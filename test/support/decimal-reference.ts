/**
 * The wizard's money arithmetic as it was written with decimal.js, kept only as the reference the
 * integer implementation in @qbo-invoicing/invoicing is proven equal to (test/unit/money-equivalence).
 */
import Decimal from 'decimal.js';
import type { DraftLine, InvoiceDraft, TaxCodeSummary, Totals } from '@qbo-invoicing/contract';

const toCents = (value: Decimal.Value): Decimal =>
  new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

const money = (value: Decimal.Value): string => toCents(value).toFixed(2);

/** A line's amount as QuickBooks computes it: quantity × rate, to the cent. */
export function decimalLineAmount(quantity: string, unitPrice: string): string {
  return money(new Decimal(quantity).times(unitPrice));
}

interface TotalsInput {
  currency: string;
  lines: DraftLine[];
  discount: InvoiceDraft['discount'];
  taxModel: 'us' | 'global';
  taxCodes: TaxCodeSummary[];
  txnTaxCodeId: string | null;
  globalTaxCalculation: 'TaxExcluded' | 'TaxInclusive' | null;
}

/**
 * The totals the review step shows before QuickBooks computes the real ones, following its
 * arithmetic: line amounts to the cent, the discount shared across lines in proportion, tax per
 * rate rounded half-up. Tax is null when a rate it needs is unknown; the total then excludes it.
 */
export function decimalEstimateTotals(input: TotalsInput): Totals {
  const amounts = input.lines.map(
    (line) => new Decimal(decimalLineAmount(line.quantity, line.unitPrice)),
  );
  const subtotal = amounts.reduce((sum, amount) => sum.plus(amount), new Decimal(0));
  const discount = discountOf(subtotal, input.discount);
  // The share of every line that remains after the discount.
  const remaining = subtotal.isZero() ? new Decimal(1) : subtotal.minus(discount).div(subtotal);
  const tax = taxOf(input, amounts, remaining);
  const inclusive = input.taxModel === 'global' && input.globalTaxCalculation === 'TaxInclusive';
  const net = subtotal.minus(discount);
  const total = inclusive || tax === null ? net : net.plus(tax);
  return {
    currency: input.currency,
    subtotal: money(subtotal),
    discount: money(discount),
    tax: tax === null ? null : money(tax),
    total: money(total),
  };
}

function discountOf(subtotal: Decimal, discount: InvoiceDraft['discount']): Decimal {
  if (!discount) return new Decimal(0);
  const value = new Decimal(discount.value);
  const raw = discount.kind === 'percent' ? subtotal.times(value).div(100) : value;
  return Decimal.min(toCents(raw), subtotal);
}

function rateOf(codes: TaxCodeSummary[], id: string | null): Decimal | null {
  const code = codes.find((candidate) => candidate.id === id);
  return code?.ratePercent ? new Decimal(code.ratePercent) : null;
}

function taxOf(input: TotalsInput, amounts: Decimal[], remaining: Decimal): Decimal | null {
  if (input.taxModel === 'us') {
    const taxable = input.lines.reduce(
      (sum, line, index) => (line.taxable ? sum.plus(amounts[index] ?? 0) : sum),
      new Decimal(0),
    );
    if (taxable.isZero() || input.txnTaxCodeId === null) return new Decimal(0);
    const rate = rateOf(input.taxCodes, input.txnTaxCodeId);
    return rate === null ? null : toCents(taxable.times(remaining).times(rate).div(100));
  }
  // Global model: one base per tax code, each taxed at its own rate.
  const bases = new Map<string, Decimal>();
  for (const [index, line] of input.lines.entries()) {
    if (line.taxCodeId === null) return null;
    bases.set(
      line.taxCodeId,
      (bases.get(line.taxCodeId) ?? new Decimal(0)).plus(amounts[index] ?? 0),
    );
  }
  let tax = new Decimal(0);
  for (const [codeId, base] of bases) {
    const rate = rateOf(input.taxCodes, codeId);
    if (rate === null) return null;
    const after = base.times(remaining);
    const part =
      input.globalTaxCalculation === 'TaxInclusive'
        ? after.times(rate).div(new Decimal(100).plus(rate))
        : after.times(rate).div(100);
    tax = tax.plus(toCents(part));
  }
  return tax;
}
