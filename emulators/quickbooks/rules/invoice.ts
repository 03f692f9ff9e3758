// Invoice rules: references, currency, dates and closing date, numbering, totals, balance.
import Decimal from 'decimal.js';
import { faults } from '../faults.js';
import { computeInvoice, type TaxModel } from '../invoice-math.js';
import {
  arr,
  dec,
  isObj,
  money,
  num,
  obj,
  refValue,
  round2,
  str,
  ZERO,
  type Obj,
} from '../json.js';
import type { QboEntity } from '../store.js';
import { isDate } from '../time.js';
import {
  checkClosedPeriod,
  currencyRef,
  customerCurrency,
  resolveRef,
  today,
  type RuleContext,
} from './context.js';
import { allTaxCodes, taxCodeInfo } from './tax.js';
import { dueDateFor } from './terms.js';

const GLOBAL_CALC = ['TaxExcluded', 'TaxInclusive', 'NotApplicable'] as const;

function checkDate(value: unknown, element: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !isDate(value))
    throw faults.unsupportedProperty(`${element} must be a date (yyyy-MM-dd)`, element);
  return value;
}

/** Sum of payment lines applied to an invoice, and the payments that do it. */
export function appliedPayments(
  ctx: RuleContext,
  invoiceId: string,
): { applied: Decimal; paymentIds: string[] } {
  let applied = ZERO;
  const paymentIds: string[] = [];
  for (const p of ctx.realm.list('Payment')) {
    for (const line of arr(p.Line)) {
      if (!isObj(line)) continue;
      const linked = arr(line.LinkedTxn).some(
        (l) => isObj(l) && l.TxnType === 'Invoice' && str(l.TxnId) === invoiceId,
      );
      if (!linked) continue;
      applied = applied.plus(dec(line.Amount) ?? ZERO);
      if (!paymentIds.includes(p.Id)) paymentIds.push(p.Id);
    }
  }
  return { applied, paymentIds };
}

function nextDocNumber(ctx: RuleContext): string {
  let max = 1000;
  for (const inv of ctx.realm.list('Invoice')) {
    const n = Number(inv.DocNumber);
    if (Number.isInteger(n) && n > max) max = n;
  }
  return String(max + 1);
}

/**
 * Intuit's XSD (Transaction.DocNumber): a number the client sends is kept; without one and with
 * custom transaction numbers off, QBO assigns the next in sequence (on, it stays empty);
 * "AUTO_GENERATE" asks for the next number either way.
 */
function settleDocNumber(ctx: RuleContext, out: Obj, prev?: QboEntity): void {
  const sent = str(out.DocNumber);
  if (sent === 'AUTO_GENERATE') out.DocNumber = nextDocNumber(ctx);
  else if (sent !== undefined && sent !== '') out.DocNumber = sent;
  else if (prev && str(prev.DocNumber) && !ctx.realm.customTxnNumbers)
    out.DocNumber = str(prev.DocNumber);
  else if (!ctx.realm.customTxnNumbers) out.DocNumber = nextDocNumber(ctx);
  else delete out.DocNumber;
  const doc = str(out.DocNumber);
  if (doc === undefined) return;
  if (doc.length > 21)
    throw faults.unsupportedProperty(
      'DocNumber: String length is longer than supported. Max:21',
      'DocNumber',
    );
  if (ctx.include.has('allowduplicatedocnum')) return;
  const other = ctx.realm
    .list('Invoice')
    .find((i) => i.Id !== prev?.Id && str(i.DocNumber) === doc);
  if (other) throw faults.duplicateDocNumber(doc, other.Id);
}

function taxModel(ctx: RuleContext, out: Obj, customer: QboEntity, lines: Obj[]): TaxModel {
  const realm = ctx.realm;
  if (realm.usTaxModel) {
    delete out.GlobalTaxCalculation;
    for (const line of lines) {
      const d = obj(line.SalesItemLineDetail);
      if (!d) continue;
      const code = refValue(d.TaxCodeRef);
      if (code === undefined) {
        const item = realm.get('Item', refValue(d.ItemRef) ?? '');
        d.TaxCodeRef = {
          value: item?.Taxable === true && customer.Taxable !== false ? 'TAX' : 'NON',
        };
      } else if (code !== 'TAX' && code !== 'NON')
        throw faults.invalidReference('TaxCode', code, 'TaxCodeRef');
      else d.TaxCodeRef = { value: code };
    }
    const detail = obj(out.TxnTaxDetail);
    const txnRef = detail?.TxnTaxCodeRef;
    if (txnRef === undefined) return { kind: 'us' };
    const code = resolveRef(ctx, 'TaxCode', txnRef, 'TaxCode', 'TxnTaxDetail.TxnTaxCodeRef', {
      mustBeActive: true,
    });
    return { kind: 'us', txnTaxCode: taxCodeInfo(realm, code) };
  }
  const calc = str(out.GlobalTaxCalculation) ?? 'TaxExcluded';
  if (!(GLOBAL_CALC as readonly string[]).includes(calc))
    throw faults.unsupportedProperty(`GlobalTaxCalculation=${calc}`, 'GlobalTaxCalculation');
  out.GlobalTaxCalculation = calc;
  if (calc !== 'NotApplicable') {
    const rateWord = realm.country === 'CA' ? 'GST/HST' : 'VAT';
    for (const line of lines) {
      const d = obj(line.SalesItemLineDetail);
      if (!d) continue;
      if (refValue(d.TaxCodeRef) === undefined)
        throw faults.business(
          `Make sure all your transactions have a ${rateWord} rate before you save.`,
          'TaxCodeRef',
        );
      const code = resolveRef(ctx, 'TaxCode', d.TaxCodeRef, 'TaxCode', 'TaxCodeRef', {
        mustBeActive: true,
      });
      d.TaxCodeRef = { value: code.Id };
    }
  }
  return {
    kind: 'global',
    calculation: calc as (typeof GLOBAL_CALC)[number],
    codes: allTaxCodes(realm),
  };
}

function checkLineItems(ctx: RuleContext, lines: Obj[]): void {
  for (const line of lines) {
    if (line.DetailType !== 'SalesItemLineDetail') continue;
    const d: Obj = { ...(obj(line.SalesItemLineDetail) ?? {}) };
    line.SalesItemLineDetail = d;
    if (d.ItemRef === undefined) {
      // QBO falls back to its default "Services" item when a line names none.
      const fallback = ctx.realm
        .list('Item')
        .find((i) => i.Name === 'Services' && i.Active !== false);
      if (!fallback) throw faults.required('Line.SalesItemLineDetail.ItemRef');
      d.ItemRef = { value: fallback.Id };
    }
    const item = resolveRef(ctx, 'Item', d.ItemRef, 'Items', 'ItemRef', { mustBeActive: true });
    if (item.Type === 'Category' || item.Type === 'Group')
      throw faults.business(
        `A ${String(item.Type)} item can't be used on a sales line.`,
        'ItemRef',
      );
    d.ItemRef = { value: item.Id, name: item.Name };
    if (line.Description === undefined && typeof item.Description === 'string')
      line.Description = item.Description;
    if (d.ServiceDate !== undefined) checkDate(d.ServiceDate, 'ServiceDate');
  }
}

export function prepareInvoice(ctx: RuleContext, body: Obj, prev?: QboEntity): Obj {
  const realm = ctx.realm;
  if (prev && realm.voided.has(prev.Id))
    throw faults.business('This transaction has been voided and cannot be edited.');
  if (prev) checkClosedPeriod(ctx, prev.TxnDate);
  const out: Obj = { ...body };
  if (out.CustomerRef === undefined) throw faults.required('CustomerRef');
  const linesIn = arr(out.Line);
  if (linesIn.length === 0) throw faults.required('Line');
  const customer = resolveRef(ctx, 'Customer', out.CustomerRef, 'Names', 'CustomerRef', {
    mustBeActive: true,
  });
  out.CustomerRef = { value: customer.Id, name: customer.DisplayName };

  const custCurrency = customerCurrency(ctx, customer);
  const currency = refValue(out.CurrencyRef) ?? custCurrency;
  if (!realm.currencies.includes(currency))
    throw faults.invalidReference('Currency', currency, 'CurrencyRef');
  if (currency !== custCurrency)
    throw faults.business(
      `The currency of the transaction (${currency}) must match the currency of the customer (${custCurrency}).`,
      'CurrencyRef',
    );
  out.CurrencyRef = currencyRef(currency);
  const foreign = currency !== realm.homeCurrency;
  const rate = foreign ? (dec(out.ExchangeRate) ?? new Decimal(1)) : new Decimal(1);
  if (rate.lessThanOrEqualTo(0))
    throw faults.business('The exchange rate must be greater than zero.', 'ExchangeRate');
  out.ExchangeRate = num(rate);

  const txnDate = checkDate(out.TxnDate, 'TxnDate') ?? today(ctx);
  out.TxnDate = txnDate;
  checkClosedPeriod(ctx, txnDate);

  const termRef =
    out.SalesTermRef ??
    customer.SalesTermRef ??
    (realm.defaultTermId() ? { value: realm.defaultTermId() } : undefined);
  let due = checkDate(out.DueDate, 'DueDate');
  if (termRef !== undefined) {
    const term = resolveRef(ctx, 'Term', termRef, 'SalesTerms', 'SalesTermRef');
    out.SalesTermRef = { value: term.Id, name: term.Name };
    due = due ?? dueDateFor(term, txnDate);
  }
  const dueDate = due ?? txnDate;
  out.DueDate = dueDate;
  if (dueDate < txnDate)
    throw faults.business('The due date cannot be before the invoice date.', 'DueDate');

  const lines = linesIn.map((l) => (isObj(l) ? { ...l } : l)) as Obj[];
  checkLineItems(ctx, lines);
  const model = taxModel(ctx, out, customer, lines);
  out.ApplyTaxAfterDiscount = out.ApplyTaxAfterDiscount === true;
  const totals = computeInvoice(lines, model, {
    applyTaxAfterDiscount: out.ApplyTaxAfterDiscount === true,
  });
  out.Line = totals.lines;
  out.TxnTaxDetail = totals.txnTaxDetail;
  out.TotalAmt = num(totals.totalAmt);

  settleDocNumber(ctx, out, prev);

  const email = obj(out.BillEmail) ?? obj(customer.PrimaryEmailAddr);
  if (email && str(email.Address)) out.BillEmail = { Address: str(email.Address) };
  else delete out.BillEmail;
  out.EmailStatus = str(out.EmailStatus) ?? 'NotSet';
  if (out.EmailStatus === 'NeedToSend' && !out.BillEmail) throw faults.required('BillEmail');
  if (out.DeliveryInfo === undefined && prev?.DeliveryInfo !== undefined)
    out.DeliveryInfo = prev.DeliveryInfo;
  out.PrintStatus = str(out.PrintStatus) ?? 'NotSet';
  if (out.BillAddr === undefined && isObj(customer.BillAddr)) out.BillAddr = customer.BillAddr;

  const { applied, paymentIds } = prev
    ? appliedPayments(ctx, prev.Id)
    : { applied: ZERO, paymentIds: [] };
  if (applied.greaterThan(totals.totalAmt))
    throw faults.business(
      'The invoice total cannot be less than the payments applied to it.',
      'Line',
    );
  out.LinkedTxn = paymentIds.map((id) => ({ TxnId: id, TxnType: 'Payment' }));
  const balance = totals.totalAmt.minus(applied);
  out.Balance = num(balance);
  if (foreign || realm.multiCurrency) {
    out.HomeTotalAmt = money(totals.totalAmt.times(rate));
    out.HomeBalance = money(balance.times(rate));
  } else {
    delete out.HomeTotalAmt;
    delete out.HomeBalance;
  }
  return out;
}

/** Rewrites Balance and LinkedTxn from the payments that point at the invoice. */
export function refreshInvoiceBalance(ctx: RuleContext, invoiceId: string): void {
  const inv = ctx.realm.get('Invoice', invoiceId);
  if (!inv || ctx.realm.voided.has(invoiceId)) return;
  const { applied, paymentIds } = appliedPayments(ctx, invoiceId);
  const total = dec(inv.TotalAmt) ?? ZERO;
  const balance = total.minus(applied);
  const linked = paymentIds.map((id) => ({ TxnId: id, TxnType: 'Payment' }));
  if (
    balance.equals(dec(inv.Balance) ?? ZERO) &&
    JSON.stringify(linked) === JSON.stringify(inv.LinkedTxn ?? [])
  )
    return;
  const next: Obj = { ...inv, Balance: num(balance), LinkedTxn: linked };
  if (inv.HomeBalance !== undefined)
    next.HomeBalance = money(balance.times(dec(inv.ExchangeRate) ?? 1));
  ctx.realm.save('Invoice', next, ctx.now);
  refreshCustomerBalance(ctx, refValue(inv.CustomerRef));
}

/** A customer's Balance is the sum of its open invoices; QBO updates it without a new SyncToken. */
export function refreshCustomerBalance(ctx: RuleContext, customerId: string | undefined): void {
  if (!customerId) return;
  let total = ZERO;
  for (const inv of ctx.realm.list('Invoice')) {
    if (refValue(inv.CustomerRef) === customerId) total = total.plus(dec(inv.Balance) ?? ZERO);
  }
  const value = num(round2(total));
  ctx.realm.touch('Customer', customerId, { Balance: value, BalanceWithJobs: value });
}

/** Voiding keeps the invoice but zeroes it; payments applied to it become unapplied. */
export function voidedInvoice(inv: QboEntity): Obj {
  const zeroLines = arr(inv.Line).map((l) => {
    if (!isObj(l)) return l;
    const line: Obj = { ...l, Amount: 0 };
    const d = obj(line.SalesItemLineDetail);
    if (d)
      line.SalesItemLineDetail = {
        ...d,
        Qty: 0,
        ...(d.TaxInclusiveAmt !== undefined ? { TaxInclusiveAmt: 0 } : {}),
      };
    return line;
  });
  const out: Obj = {
    ...inv,
    Line: zeroLines,
    TxnTaxDetail: { ...(obj(inv.TxnTaxDetail) ?? {}), TotalTax: 0, TaxLine: undefined },
    TotalAmt: 0,
    Balance: 0,
    PrivateNote: 'Voided',
    LinkedTxn: [],
  };
  delete (out.TxnTaxDetail as Obj).TaxLine;
  if (out.HomeTotalAmt !== undefined) out.HomeTotalAmt = 0;
  if (out.HomeBalance !== undefined) out.HomeBalance = 0;
  return out;
}
