// What every rule needs: the company's books, the emulator's "now" and the request's include flags.
import { faults } from '../faults.js';
import { isObj, refValue, type Obj } from '../json.js';
import type { EntityName, QboEntity, RealmStore } from '../store.js';
import { qboDate } from '../time.js';

export interface RuleContext {
  realm: RealmStore;
  now: Date;
  /** Values of the `include` query parameter, lowercased (e.g. `allowduplicatedocnum`). */
  include: Set<string>;
}

export function today(ctx: RuleContext): string {
  return qboDate(ctx.now);
}

/** Resolves a reference that must exist (2500) and, for name lists, be active (610). */
export function resolveRef(
  ctx: RuleContext,
  entity: EntityName,
  ref: unknown,
  kind: string,
  element: string,
  opts: { mustBeActive?: boolean } = {},
): QboEntity {
  const id = refValue(ref);
  if (id === undefined || id === '') throw faults.required(element);
  const found = ctx.realm.get(entity, id);
  if (!found) throw faults.invalidReference(kind, id, element);
  if (opts.mustBeActive && found.Active === false) throw faults.inactive(element, id);
  return found;
}

export function checkClosedPeriod(ctx: RuleContext, txnDate: unknown): void {
  const closing = ctx.realm.closingDate;
  if (closing && typeof txnDate === 'string' && txnDate <= closing)
    throw faults.periodClosed(closing);
}

export function currencyName(code: string): string {
  const names: Record<string, string> = {
    USD: 'United States Dollar',
    GBP: 'British Pound Sterling',
    EUR: 'Euro',
    CAD: 'Canadian Dollar',
    AUD: 'Australian Dollar',
  };
  return names[code] ?? code;
}

export function currencyRef(code: string): Obj {
  return { value: code, name: currencyName(code) };
}

/** The currency of a stored customer (the home currency when never set). */
export function customerCurrency(ctx: RuleContext, customer: Obj): string {
  return refValue(customer.CurrencyRef) ?? ctx.realm.homeCurrency;
}

/** Drops the keys QBO manages itself from a request body. */
export function withoutSystemFields(body: Obj): Obj {
  const {
    Id: _id,
    SyncToken: _st,
    MetaData: _md,
    domain: _d,
    sparse: _s,
    status: _status,
    ...rest
  } = body;
  return rest;
}

export function isStoredObj(v: unknown): v is Obj {
  return isObj(v);
}
