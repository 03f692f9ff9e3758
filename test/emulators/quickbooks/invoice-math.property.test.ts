import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeInvoice, type TaxCodeInfo } from '../../../emulators/quickbooks/invoice-math.js';

const code = (id: string, rates: number[]): TaxCodeInfo => ({
  id,
  name: id,
  rates: rates.map((r, i) => ({ id: `${id}-${i}`, name: `${id}-${i}`, rate: new Decimal(r) })),
});
const codes = new Map([
  ['S', code('S', [20])],
  ['R', code('R', [5])],
  ['Q', code('Q', [5, 9.975])],
  ['E', code('E', [0])],
]);

const cents = fc.integer({ min: 1, max: 5_000_000 }).map((c) => c / 100);
const line = fc.record({ amount: cents, tax: fc.constantFrom('S', 'R', 'Q', 'E') });
const lines = fc.array(line, { minLength: 1, maxLength: 8 });

function sum(values: number[]): Decimal {
  return values.reduce((a, v) => a.plus(new Decimal(String(v))), new Decimal(0));
}

function is2dp(n: number): boolean {
  return new Decimal(String(n)).decimalPlaces() <= 2;
}

const toLines = (ls: Array<{ amount: number; tax: string }>) =>
  ls.map((l) => ({
    DetailType: 'SalesItemLineDetail',
    Amount: l.amount,
    SalesItemLineDetail: { TaxCodeRef: { value: l.tax } },
  }));

describe('invoice arithmetic properties', () => {
  it('tax excluded: total = subtotal − discount + tax lines, every figure in cents', () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: 0, max: 100 }), (ls, pct) => {
        const input = [
          ...toLines(ls),
          {
            DetailType: 'DiscountLineDetail',
            Amount: 0,
            DiscountLineDetail: { PercentBased: true, DiscountPercent: pct },
          },
        ];
        const t = computeInvoice(
          input,
          { kind: 'global', calculation: 'TaxExcluded', codes },
          { applyTaxAfterDiscount: false },
        );
        const taxLines = (t.txnTaxDetail.TaxLine as Array<{ Amount: number }> | undefined) ?? [];
        expect(sum(taxLines.map((x) => x.Amount)).equals(t.totalTax)).toBe(true);
        expect(t.subtotal.equals(sum(ls.map((l) => l.amount)))).toBe(true);
        expect(t.totalAmt.equals(t.subtotal.minus(t.discount).plus(t.totalTax))).toBe(true);
        for (const x of taxLines) expect(is2dp(x.Amount)).toBe(true);
        expect(t.totalAmt.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('tax inclusive: the total is what was charged, net plus tax equals gross', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const t = computeInvoice(
          toLines(ls),
          { kind: 'global', calculation: 'TaxInclusive', codes },
          { applyTaxAfterDiscount: false },
        );
        expect(t.totalAmt.equals(sum(ls.map((l) => l.amount)))).toBe(true);
        const items = t.lines.filter((l) => l.DetailType === 'SalesItemLineDetail');
        const net = sum(items.map((l) => l.Amount as number));
        const taxLines = (t.txnTaxDetail.TaxLine as Array<{ Amount: number }> | undefined) ?? [];
        expect(net.plus(sum(taxLines.map((x) => x.Amount))).equals(t.totalAmt)).toBe(true);
      }),
    );
  });
});
