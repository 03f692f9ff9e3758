import type { DraftLine, InvoiceDraft, TaxCodeSummary, Totals } from '@qbo-invoicing/contract';
import {
  add,
  divide,
  fromInteger,
  isZero,
  min,
  multiply,
  ONE,
  parseDecimal,
  subtract,
  ZERO,
  type Fraction,
} from './fraction';
import { lineAmount, money, toCents } from './money';

export interface TotalsInput {
  currency: string;
  lines: DraftLine[];
  discount: InvoiceDraft['discount'];
  taxModel: 'us' | 'global';
  taxCodes: TaxCodeSummary[];
  txnTaxCodeId: string | null;
  globalTaxCalculation: 'TaxExcluded' | 'TaxInclusive' | null;
}

const HUNDRED = fromInteger(100);
const sum = (values: Fraction[]) => values.reduce(add, ZERO);

/**
 * The totals the review step shows before QuickBooks computes the real ones, following its
 * arithmetic: line amounts to the cent, the discount shared across lines in proportion, tax per
 * rate rounded half-up. Tax is null when a rate it needs is unknown; the total then excludes it.
 */
export function estimateTotals(input: TotalsInput): Totals {
  const amounts = input.lines.map((line) =>
    parseDecimal(lineAmount(line.quantity, line.unitPrice)),
  );
  const subtotal = sum(amounts);
  const discount = discountOf(subtotal, input.discount);
  // The share of every line that remains after the discount.
  const remaining = isZero(subtotal) ? ONE : divide(subtract(subtotal, discount), subtotal);
  const tax = taxOf(input, amounts, remaining);
  const inclusive = input.taxModel === 'global' && input.globalTaxCalculation === 'TaxInclusive';
  const net = subtract(subtotal, discount);
  const total = inclusive || tax === null ? net : add(net, tax);
  return {
    currency: input.currency,
    subtotal: money(subtotal),
    discount: money(discount),
    tax: tax === null ? null : money(tax),
    total: money(total),
  };
}

/**
 * The discount QuickBooks applies: a percentage of the subtotal or an amount, to the cent, never
 * more than the subtotal. The wizard's estimate and the invoice sent to QuickBooks both use it.
 */
export function discountAmount(lines: DraftLine[], discount: InvoiceDraft['discount']): string {
  const subtotal = sum(
    lines.map((line) => parseDecimal(lineAmount(line.quantity, line.unitPrice))),
  );
  return money(discountOf(subtotal, discount));
}

function discountOf(subtotal: Fraction, discount: InvoiceDraft['discount']): Fraction {
  if (!discount) return ZERO;
  const value = parseDecimal(discount.value);
  const raw = discount.kind === 'percent' ? divide(multiply(subtotal, value), HUNDRED) : value;
  return min(toCents(raw), subtotal);
}

function rateOf(codes: TaxCodeSummary[], id: string | null): Fraction | null {
  const code = codes.find((candidate) => candidate.id === id);
  return code?.ratePercent ? parseDecimal(code.ratePercent) : null;
}

function taxOf(input: TotalsInput, amounts: Fraction[], remaining: Fraction): Fraction | null {
  if (input.taxModel === 'us') {
    const taxable = sum(amounts.filter((_, index) => input.lines[index]?.taxable));
    if (isZero(taxable) || input.txnTaxCodeId === null) return ZERO;
    const rate = rateOf(input.taxCodes, input.txnTaxCodeId);
    return rate === null
      ? null
      : toCents(divide(multiply(multiply(taxable, remaining), rate), HUNDRED));
  }
  // Global model: one base per tax code, each taxed at its own rate.
  const bases = new Map<string, Fraction>();
  for (const [index, line] of input.lines.entries()) {
    if (line.taxCodeId === null) return null;
    bases.set(line.taxCodeId, add(bases.get(line.taxCodeId) ?? ZERO, amounts[index] ?? ZERO));
  }
  let tax = ZERO;
  for (const [codeId, base] of bases) {
    const rate = rateOf(input.taxCodes, codeId);
    if (rate === null) return null;
    const after = multiply(base, remaining);
    const part =
      input.globalTaxCalculation === 'TaxInclusive'
        ? divide(multiply(after, rate), add(HUNDRED, rate))
        : divide(multiply(after, rate), HUNDRED);
    tax = add(tax, toCents(part));
  }
  return tax;
}
