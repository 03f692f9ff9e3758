// Payment rules: lines link to invoices of the same customer and currency, never more than their
// balance; what is not applied stays as UnappliedAmt.
import Decimal from 'decimal.js';
import { faults } from '../faults.js';
import { arr, dec, isObj, num, refValue, round2, str, ZERO, type Obj } from '../json.js';
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
import { refreshCustomerBalance, refreshInvoiceBalance } from './invoice.js';

/** The invoices a payment applies to, with the amount on each. */
export function paymentApplications(p: Obj): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const line of arr(p.Line)) {
    if (!isObj(line)) continue;
    for (const l of arr(line.LinkedTxn)) {
      if (!isObj(l) || l.TxnType !== 'Invoice') continue;
      const id = str(l.TxnId);
      if (id) out.set(id, (out.get(id) ?? ZERO).plus(dec(line.Amount) ?? ZERO));
    }
  }
  return out;
}

export function preparePayment(ctx: RuleContext, body: Obj, prev?: QboEntity): Obj {
  const realm = ctx.realm;
  if (prev) checkClosedPeriod(ctx, prev.TxnDate);
  const out: Obj = { ...body };
  if (out.CustomerRef === undefined) throw faults.required('CustomerRef');
  const total = dec(out.TotalAmt);
  if (!total) throw faults.required('TotalAmt');
  if (total.isNegative())
    throw faults.business('The payment amount cannot be negative.', 'TotalAmt');
  const customer = resolveRef(ctx, 'Customer', out.CustomerRef, 'Names', 'CustomerRef', {
    mustBeActive: true,
  });
  out.CustomerRef = { value: customer.Id, name: customer.DisplayName };
  const currency = customerCurrency(ctx, customer);
  const sent = refValue(out.CurrencyRef);
  if (sent !== undefined && sent !== currency)
    throw faults.business(
      `The currency of the payment (${sent}) must match the customer's currency (${currency}).`,
      'CurrencyRef',
    );
  out.CurrencyRef = currencyRef(currency);
  out.ExchangeRate =
    currency === realm.homeCurrency ? 1 : num(dec(out.ExchangeRate) ?? new Decimal(1));
  const txnDate = out.TxnDate === undefined ? today(ctx) : str(out.TxnDate);
  if (!txnDate || !isDate(txnDate))
    throw faults.unsupportedProperty('TxnDate must be a date (yyyy-MM-dd)', 'TxnDate');
  out.TxnDate = txnDate;
  checkClosedPeriod(ctx, txnDate);

  const before = prev ? paymentApplications(prev) : new Map<string, Decimal>();
  const lines: Obj[] = [];
  let applied = ZERO;
  for (const raw of arr(out.Line)) {
    if (!isObj(raw)) throw faults.required('Line');
    const amount = dec(raw.Amount);
    if (!amount) throw faults.required('Line.Amount');
    const links = arr(raw.LinkedTxn).filter(isObj);
    const link = links[0];
    if (!link || str(link.TxnId) === undefined) throw faults.required('Line.LinkedTxn');
    const invId = str(link.TxnId) ?? '';
    if (link.TxnType !== 'Invoice')
      throw faults.business(
        `Payments can only be applied to invoices here (TxnType ${String(link.TxnType)}).`,
        'LinkedTxn',
      );
    const inv = realm.get('Invoice', invId);
    if (!inv) throw faults.invalidReference('Invoice', invId, 'LinkedTxn.TxnId');
    if (realm.voided.has(invId))
      throw faults.business(`Invoice ${invId} has been voided.`, 'LinkedTxn');
    if (refValue(inv.CustomerRef) !== customer.Id)
      throw faults.business(`Invoice ${invId} belongs to another customer.`, 'LinkedTxn');
    if (amount.lessThanOrEqualTo(0))
      throw faults.business('A payment line must be more than zero.', 'Line.Amount');
    const open = (dec(inv.Balance) ?? ZERO).plus(before.get(invId) ?? ZERO);
    const already = lines
      .filter((l) => arr(l.LinkedTxn).some((x) => isObj(x) && x.TxnId === invId))
      .reduce((a, l) => a.plus(dec(l.Amount) ?? ZERO), ZERO);
    if (round2(amount).plus(already).greaterThan(open))
      throw faults.business(
        `The payment of ${amount.toFixed(2)} is more than the open balance ${open.toFixed(2)} of invoice ${invId}.`,
        'Line.Amount',
      );
    applied = applied.plus(round2(amount));
    lines.push({ Amount: num(round2(amount)), LinkedTxn: [{ TxnId: invId, TxnType: 'Invoice' }] });
  }
  if (applied.greaterThan(total))
    throw faults.business(
      'The amount applied to invoices is more than the payment total.',
      'TotalAmt',
    );
  out.Line = lines;
  out.TotalAmt = num(round2(total));
  out.UnappliedAmt = num(round2(total).minus(applied));
  if (out.DepositToAccountRef !== undefined) {
    const acc = resolveRef(
      ctx,
      'Account',
      out.DepositToAccountRef,
      'Account',
      'DepositToAccountRef',
    );
    out.DepositToAccountRef = { value: acc.Id, name: acc.Name };
  } else {
    const undeposited = realm.list('Account').find((a) => a.Name === 'Undeposited Funds');
    if (undeposited) out.DepositToAccountRef = { value: undeposited.Id, name: undeposited.Name };
  }
  out.ProcessPayment = false;
  return out;
}

/** After a payment changes: every invoice it touched (before or after) gets its balance rewritten. */
export function afterPaymentChange(
  ctx: RuleContext,
  before: Obj | undefined,
  after: Obj | undefined,
): void {
  const ids = new Set<string>([
    ...(before ? paymentApplications(before).keys() : []),
    ...(after ? paymentApplications(after).keys() : []),
  ]);
  for (const id of ids) refreshInvoiceBalance(ctx, id);
  refreshCustomerBalance(ctx, refValue((after ?? before)?.CustomerRef));
}

/** When an invoice is voided or deleted, payments that pointed at it keep the money as unapplied. */
export function unlinkPaymentsFrom(ctx: RuleContext, invoiceId: string): void {
  for (const p of ctx.realm.list('Payment')) {
    const kept: unknown[] = [];
    let freed = ZERO;
    for (const line of arr(p.Line)) {
      const links = isObj(line) ? arr(line.LinkedTxn) : [];
      if (
        isObj(line) &&
        links.some((l) => isObj(l) && l.TxnType === 'Invoice' && str(l.TxnId) === invoiceId)
      )
        freed = freed.plus(dec(line.Amount) ?? ZERO);
      else kept.push(line);
    }
    if (freed.isZero()) continue;
    const unapplied = (dec(p.UnappliedAmt) ?? ZERO).plus(freed);
    ctx.realm.save('Payment', { ...p, Line: kept, UnappliedAmt: num(unapplied) }, ctx.now);
  }
}
