// Invoice arithmetic as QBO does it, exact with decimal.js: line amounts, subtotal, discount,
// sales tax (US: one transaction tax code) or VAT/GST (global: a tax code per line, exclusive or
// inclusive), and the total. Money is rounded half-up to 2 dp once per figure.
import Decimal from 'decimal.js';
import { faults } from './faults.js';
import { dec, isObj, num, obj, refValue, round2, ZERO, type Obj } from './json.js';

export interface TaxRateInfo {
  id: string;
  name: string;
  /** Percent, e.g. 8.25. */
  rate: Decimal;
}

export interface TaxCodeInfo {
  id: string;
  name: string;
  rates: TaxRateInfo[];
}

export type TaxModel =
  | { kind: 'us'; txnTaxCode?: TaxCodeInfo }
  | {
      kind: 'global';
      calculation: 'TaxExcluded' | 'TaxInclusive' | 'NotApplicable';
      codes: Map<string, TaxCodeInfo>;
    };

export interface InvoiceTotals {
  lines: Obj[];
  txnTaxDetail: Obj;
  subtotal: Decimal;
  discount: Decimal;
  totalTax: Decimal;
  totalAmt: Decimal;
}

interface ItemLine {
  line: Obj;
  detail: Obj;
  /** As sent: net, or gross under TaxInclusive. */
  amount: Decimal;
  taxKey: string | undefined;
}

const HUNDRED = new Decimal(100);

function sum(ds: Decimal[]): Decimal {
  return ds.reduce((a, b) => a.plus(b), ZERO);
}

function ratePercent(code: TaxCodeInfo): Decimal {
  return sum(code.rates.map((r) => r.rate));
}

/** Splits `total` over `weights` pro rata, rounding each share and giving the remainder to the last. */
function allocate(total: Decimal, weights: Decimal[]): Decimal[] {
  const whole = sum(weights);
  if (whole.isZero()) return weights.map(() => ZERO);
  const shares = weights.map((w) => round2(total.times(w).dividedBy(whole)));
  const rest = total.minus(sum(shares));
  const last = shares.length - 1;
  if (last >= 0) shares[last] = (shares[last] ?? ZERO).plus(rest);
  return shares;
}

function taxLine(rate: TaxRateInfo, base: Decimal, amount: Decimal): Obj {
  return {
    Amount: num(amount),
    DetailType: 'TaxLineDetail',
    TaxLineDetail: {
      TaxRateRef: { value: rate.id, name: rate.name },
      PercentBased: true,
      TaxPercent: num(rate.rate),
      NetAmountTaxable: num(base),
    },
  };
}

/** Tax per rate of one code on `base`; with `fixedTotal` the rates share that total instead. */
function taxByRate(
  code: TaxCodeInfo,
  base: Decimal,
  fixedTotal?: Decimal,
): Array<{ rate: TaxRateInfo; amount: Decimal }> {
  const combined = ratePercent(code);
  const total = fixedTotal ?? round2(base.times(combined).dividedBy(HUNDRED));
  const shares = allocate(
    total,
    code.rates.map((r) => r.rate),
  );
  return code.rates.map((rate, i) => ({ rate, amount: shares[i] ?? ZERO }));
}

export function computeInvoice(
  linesIn: unknown[],
  model: TaxModel,
  opts: { applyTaxAfterDiscount: boolean },
): InvoiceTotals {
  const inclusive = model.kind === 'global' && model.calculation === 'TaxInclusive';
  const out: Obj[] = [];
  const items: ItemLine[] = [];
  let discountLine: Obj | undefined;
  let nextLineId = 1 + Math.max(0, ...linesIn.map((l) => (isObj(l) ? Number(l.Id) || 0 : 0)));

  for (const raw of linesIn) {
    if (!isObj(raw)) throw faults.required('Line');
    const type = raw.DetailType;
    if (type === 'SubTotalLineDetail') continue; // regenerated below
    const line: Obj = { ...raw };
    if (typeof line.Id !== 'string' || line.Id === '') line.Id = String(nextLineId++);
    if (type === 'SalesItemLineDetail') {
      const detail: Obj = { ...(obj(line.SalesItemLineDetail) ?? {}) };
      const sent = inclusive ? (dec(detail.TaxInclusiveAmt) ?? dec(line.Amount)) : dec(line.Amount);
      if (!sent) throw faults.required('Line.Amount');
      const qty = dec(detail.Qty);
      const price = dec(detail.UnitPrice);
      if (qty && price && !round2(qty.times(price)).equals(round2(sent)))
        throw faults.amountMismatch(sent.toString());
      if (qty && !price && !qty.isZero())
        detail.UnitPrice = num(sent.dividedBy(qty).toDecimalPlaces(7));
      if (price && !qty && !price.isZero())
        detail.Qty = num(sent.dividedBy(price).toDecimalPlaces(7));
      const amount = round2(sent);
      line.SalesItemLineDetail = detail;
      line.Amount = num(amount);
      items.push({ line, detail, amount, taxKey: refValue(detail.TaxCodeRef) });
      out.push(line);
    } else if (type === 'DescriptionOnly') {
      line.Amount = 0;
      if (!isObj(line.DescriptionLineDetail)) line.DescriptionLineDetail = {};
      out.push(line);
    } else if (type === 'DiscountLineDetail') {
      if (discountLine)
        throw faults.business('Only one discount line is allowed on a transaction.', 'Line');
      discountLine = line;
    } else if (type === undefined) {
      throw faults.required('Line.DetailType');
    } else {
      throw faults.unsupportedProperty(
        `Line.DetailType=${String(type)} is not supported on an Invoice`,
        'Line',
      );
    }
  }
  items.forEach((it, i) => (it.line.LineNum = i + 1));

  const subtotal = sum(items.map((i) => i.amount));
  let discount = ZERO;
  if (discountLine) {
    const d: Obj = { ...(obj(discountLine.DiscountLineDetail) ?? {}) };
    const pct = dec(d.DiscountPercent);
    if (d.PercentBased === true && pct) discount = round2(subtotal.times(pct).dividedBy(HUNDRED));
    else {
      const amt = dec(discountLine.Amount);
      if (!amt) throw faults.required('Line.Amount');
      discount = round2(amt);
      d.PercentBased = false;
    }
    if (discount.greaterThan(subtotal))
      throw faults.business('The discount is larger than the subtotal.', 'Line');
    discountLine.Amount = num(discount);
    discountLine.DiscountLineDetail = d;
  }

  const taxLines: Obj[] = [];
  let totalTax = ZERO;
  let totalAmt: Decimal;
  const txnTaxDetail: Obj = {};

  if (model.kind === 'us') {
    const taxable = sum(items.filter((i) => i.taxKey === 'TAX').map((i) => i.amount));
    const base =
      opts.applyTaxAfterDiscount && discount.greaterThan(0) && subtotal.greaterThan(0)
        ? taxable.minus(round2(discount.times(taxable).dividedBy(subtotal)))
        : taxable;
    if (model.txnTaxCode) {
      txnTaxDetail.TxnTaxCodeRef = { value: model.txnTaxCode.id, name: model.txnTaxCode.name };
      for (const { rate, amount } of taxByRate(model.txnTaxCode, base)) {
        taxLines.push(taxLine(rate, base, amount));
        totalTax = totalTax.plus(amount);
      }
    }
    totalAmt = subtotal.minus(discount).plus(totalTax);
  } else if (model.calculation === 'NotApplicable') {
    totalAmt = subtotal.minus(discount);
  } else {
    // Group lines by tax code; VAT/GST is charged on the discounted amount, shared pro rata.
    const keys = [...new Set(items.map((i) => i.taxKey ?? ''))];
    const groupAmounts = keys.map((k) =>
      sum(items.filter((i) => (i.taxKey ?? '') === k).map((i) => i.amount)),
    );
    const discounts = allocate(discount, groupAmounts);
    const perRate = new Map<string, { rate: TaxRateInfo; base: Decimal; amount: Decimal }>();
    keys.forEach((key, gi) => {
      const code = model.codes.get(key);
      if (!code) return;
      const after = (groupAmounts[gi] ?? ZERO).minus(discounts[gi] ?? ZERO);
      let base = after;
      let shares: Array<{ rate: TaxRateInfo; amount: Decimal }>;
      if (inclusive) {
        const divisor = ratePercent(code).plus(HUNDRED).dividedBy(HUNDRED);
        let lineNets = ZERO;
        for (const it of items.filter((i) => (i.taxKey ?? '') === key)) {
          const net = round2(it.amount.dividedBy(divisor));
          it.detail.TaxInclusiveAmt = num(it.amount);
          it.line.Amount = num(net);
          lineNets = lineNets.plus(net);
        }
        // Without a discount the net lines plus the tax add up to exactly what was charged.
        base = (discounts[gi] ?? ZERO).isZero() ? lineNets : round2(after.dividedBy(divisor));
        shares = taxByRate(code, base, after.minus(base));
      } else {
        shares = taxByRate(code, base);
      }
      for (const { rate, amount } of shares) {
        const acc = perRate.get(rate.id) ?? { rate, base: ZERO, amount: ZERO };
        acc.base = acc.base.plus(base);
        acc.amount = acc.amount.plus(amount);
        perRate.set(rate.id, acc);
      }
    });
    for (const { rate, base, amount } of perRate.values()) {
      taxLines.push(taxLine(rate, base, amount));
      totalTax = totalTax.plus(amount);
    }
    totalAmt = inclusive ? subtotal.minus(discount) : subtotal.minus(discount).plus(totalTax);
  }

  txnTaxDetail.TotalTax = num(totalTax);
  if (taxLines.length > 0) txnTaxDetail.TaxLine = taxLines;
  const netSubtotal = inclusive ? sum(items.map((i) => dec(i.line.Amount) ?? ZERO)) : subtotal;
  out.push({ Amount: num(netSubtotal), DetailType: 'SubTotalLineDetail', SubTotalLineDetail: {} });
  if (discountLine) out.push(discountLine);
  return { lines: out, txnTaxDetail, subtotal, discount, totalTax, totalAmt };
}
