// The write and read operations on entities, shared by the REST routes and /batch.
import { faults } from './faults.js';
import { clone, isObj, refValue, str, type Obj } from './json.js';
import { withoutSystemFields, type RuleContext } from './rules/context.js';
import { prepareInvoice, refreshCustomerBalance, voidedInvoice } from './rules/invoice.js';
import {
  prepareAccount,
  prepareCustomer,
  prepareItem,
  prepareOtherName,
  prepareTerm,
} from './rules/lists.js';
import { afterPaymentChange, preparePayment, unlinkPaymentsFrom } from './rules/payment.js';
import type { EntityName, QboEntity } from './store.js';
import { qboDateTime } from './time.js';

type Prepare = (ctx: RuleContext, body: Obj, prev?: QboEntity) => Obj;

const PREPARE: Partial<Record<EntityName, Prepare>> = {
  Customer: prepareCustomer,
  Vendor: (ctx, body, prev) => prepareOtherName(ctx, 'Vendor', body, prev),
  Employee: (ctx, body, prev) => prepareOtherName(ctx, 'Employee', body, prev),
  Item: prepareItem,
  Term: prepareTerm,
  Account: prepareAccount,
  Invoice: prepareInvoice,
  Payment: preparePayment,
};

const DELETABLE: EntityName[] = ['Invoice', 'Payment'];

export function readEntity(ctx: RuleContext, entity: EntityName, id: string): QboEntity {
  const found = ctx.realm.get(entity, id);
  if (!found) throw faults.notFound(entity, id);
  return clone(found);
}

export function createEntity(ctx: RuleContext, entity: EntityName, body: Obj): QboEntity {
  const prepare = PREPARE[entity];
  if (!prepare)
    throw faults.unsupportedOperation(`Operation Create is not supported for ${entity}.`);
  const prepared = prepare(ctx, withoutSystemFields(body));
  const saved = ctx.realm.insert(entity, prepared, ctx.now);
  afterWrite(ctx, entity, undefined, saved);
  return clone(saved);
}

function current(ctx: RuleContext, entity: EntityName, body: Obj): QboEntity {
  const id = str(body.Id);
  if (!id) throw faults.required('Id');
  const prev = ctx.realm.get(entity, id);
  if (!prev) throw faults.notFound(entity, id);
  if (body.SyncToken === undefined || body.SyncToken === null) throw faults.required('SyncToken');
  if (str(body.SyncToken) !== prev.SyncToken) throw faults.stale();
  return prev;
}

export function updateEntity(ctx: RuleContext, entity: EntityName, body: Obj): QboEntity {
  if (entity === 'Preferences' || entity === 'CompanyInfo')
    return updateSettings(ctx, entity, body);
  const prepare = PREPARE[entity];
  if (!prepare)
    throw faults.unsupportedOperation(`Operation Update is not supported for ${entity}.`);
  const prev = current(ctx, entity, body);
  const before = clone(prev);
  // Sparse: only what is sent changes. Full: what is omitted is cleared (rules refill defaults).
  const merged =
    body.sparse === true
      ? { ...withoutSystemFields(prev), ...withoutSystemFields(body) }
      : withoutSystemFields(body);
  const prepared = prepare(ctx, merged, prev);
  const saved = ctx.realm.save(entity, { ...prepared, Id: prev.Id }, ctx.now);
  afterWrite(ctx, entity, before, saved);
  return clone(saved);
}

/** Preferences and CompanyInfo take sparse updates of their sub-objects. */
function updateSettings(
  ctx: RuleContext,
  entity: 'Preferences' | 'CompanyInfo',
  body: Obj,
): QboEntity {
  const prev = current(ctx, entity, body);
  const merged: Obj = withoutSystemFields(prev);
  for (const [k, v] of Object.entries(withoutSystemFields(body))) {
    const old = merged[k];
    merged[k] = isObj(old) && isObj(v) ? { ...old, ...v } : v;
  }
  return clone(ctx.realm.save(entity, { ...merged, Id: prev.Id }, ctx.now, 'Update', true));
}

export function deleteEntity(ctx: RuleContext, entity: EntityName, body: Obj): Obj {
  if (!DELETABLE.includes(entity))
    throw faults.unsupportedOperation(
      `Operation Delete is not supported for ${entity}. Make it inactive instead.`,
    );
  const prev = clone(current(ctx, entity, body));
  if (entity === 'Invoice') {
    if (
      ctx.realm.closingDate &&
      typeof prev.TxnDate === 'string' &&
      prev.TxnDate <= ctx.realm.closingDate
    )
      throw faults.periodClosed(ctx.realm.closingDate);
    unlinkPaymentsFrom(ctx, prev.Id);
    ctx.realm.remove('Invoice', prev.Id, ctx.now);
    refreshCustomerBalance(ctx, refValue(prev.CustomerRef));
  } else {
    if (
      ctx.realm.closingDate &&
      typeof prev.TxnDate === 'string' &&
      prev.TxnDate <= ctx.realm.closingDate
    )
      throw faults.periodClosed(ctx.realm.closingDate);
    ctx.realm.remove('Payment', prev.Id, ctx.now);
    afterPaymentChange(ctx, prev, undefined);
  }
  return { status: 'Deleted', domain: 'QBO', Id: prev.Id };
}

export function voidEntity(ctx: RuleContext, entity: EntityName, body: Obj): QboEntity {
  if (entity !== 'Invoice')
    throw faults.unsupportedOperation(`Operation Void is not supported for ${entity}.`);
  const prev = current(ctx, entity, body);
  if (ctx.realm.voided.has(prev.Id))
    throw faults.business('This transaction has already been voided.');
  if (
    ctx.realm.closingDate &&
    typeof prev.TxnDate === 'string' &&
    prev.TxnDate <= ctx.realm.closingDate
  )
    throw faults.periodClosed(ctx.realm.closingDate);
  unlinkPaymentsFrom(ctx, prev.Id);
  const fresh = ctx.realm.get('Invoice', prev.Id) ?? prev;
  ctx.realm.voided.add(prev.Id);
  const saved = ctx.realm.save('Invoice', voidedInvoice(fresh), ctx.now, 'Void');
  refreshCustomerBalance(ctx, refValue(saved.CustomerRef));
  return clone(saved);
}

/** POST /invoice/{id}/send: QBO emails the invoice and records the delivery. */
export function sendInvoice(ctx: RuleContext, id: string, sendTo: string | undefined): QboEntity {
  const inv = ctx.realm.get('Invoice', id);
  if (!inv) throw faults.notFound('Invoice', id);
  const address = sendTo ?? (isObj(inv.BillEmail) ? str(inv.BillEmail.Address) : undefined);
  if (!address) throw faults.required('BillEmail');
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address))
    throw faults.business('Invalid email address format.', 'sendTo');
  const next: Obj = {
    ...inv,
    BillEmail: { Address: address },
    EmailStatus: 'EmailSent',
    DeliveryInfo: { DeliveryType: 'Email', DeliveryTime: qboDateTime(ctx.now) },
  };
  const saved = ctx.realm.save('Invoice', next, ctx.now);
  // Intuit's webhooks table lists Emailed for Invoice: sending notifies it besides the update.
  ctx.realm.notify('Invoice', saved.Id, 'Emailed', ctx.now);
  return clone(saved);
}

function afterWrite(
  ctx: RuleContext,
  entity: EntityName,
  before: Obj | undefined,
  after: QboEntity,
): void {
  if (entity === 'Payment') afterPaymentChange(ctx, before, after);
  if (entity === 'Invoice') refreshCustomerBalance(ctx, refValue(after.CustomerRef));
  if (
    entity === 'Invoice' &&
    before &&
    refValue(before.CustomerRef) !== refValue(after.CustomerRef)
  )
    refreshCustomerBalance(ctx, refValue(before.CustomerRef));
}
