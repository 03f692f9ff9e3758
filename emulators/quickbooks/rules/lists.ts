// Rules for the name lists: Customer, Vendor, Employee, Item, Term, Account.
import { faults } from '../faults.js';
import { dec, isObj, refValue, str, type Obj } from '../json.js';
import type { QboEntity } from '../store.js';
import { currencyRef, resolveRef, type RuleContext } from './context.js';
import { settleDisplayName } from './names.js';

const ISO_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function prepareCustomer(ctx: RuleContext, body: Obj, prev?: QboEntity): Obj {
  const out: Obj = { ...body };
  settleDisplayName(ctx, 'Customer', out, prev?.Id);
  const home = ctx.realm.homeCurrency;
  const previous = prev ? (refValue(prev.CurrencyRef) ?? home) : undefined;
  const currency = refValue(out.CurrencyRef) ?? previous ?? home;
  if (!ctx.realm.currencies.includes(currency)) {
    // Intuit's Customer reference: with multicurrency on, a customer in a currency the company
    // does not list yet adds that currency to the list. Off, or not an ISO 4217 code: 2500.
    if (!ctx.realm.multiCurrency || !ISO_CURRENCIES.has(currency))
      throw faults.invalidReference('Currency', currency, 'CurrencyRef');
    ctx.realm.currencies = [...ctx.realm.currencies, currency];
  }
  if (previous !== undefined && currency !== previous)
    throw faults.business(
      "You can't change the currency of a customer once it is set.",
      'CurrencyRef',
    );
  out.CurrencyRef = currencyRef(currency);
  if (out.SalesTermRef !== undefined) {
    const term = resolveRef(ctx, 'Term', out.SalesTermRef, 'SalesTerms', 'SalesTermRef');
    out.SalesTermRef = { value: term.Id, name: term.Name };
  }
  if (out.DefaultTaxCodeRef !== undefined)
    resolveRef(ctx, 'TaxCode', out.DefaultTaxCodeRef, 'TaxCode', 'DefaultTaxCodeRef');
  if (out.Taxable === undefined && ctx.realm.usTaxModel) out.Taxable = true;
  if (isObj(out.PrimaryEmailAddr) && str(out.PrimaryEmailAddr.Address)?.includes('@') === false)
    throw faults.business('Invalid email address format.', 'PrimaryEmailAddr');
  out.Job = out.Job ?? false;
  out.BillWithParent = out.BillWithParent ?? false;
  out.Balance = prev?.Balance ?? 0;
  out.BalanceWithJobs = prev?.BalanceWithJobs ?? 0;
  out.PreferredDeliveryMethod = out.PreferredDeliveryMethod ?? 'Print';
  return out;
}

export function prepareOtherName(
  ctx: RuleContext,
  entity: 'Vendor' | 'Employee',
  body: Obj,
  prev?: QboEntity,
): Obj {
  const out: Obj = { ...body };
  settleDisplayName(ctx, entity, out, prev?.Id);
  if (entity === 'Vendor') out.CurrencyRef = out.CurrencyRef ?? currencyRef(ctx.realm.homeCurrency);
  return out;
}

function uniqueName(
  ctx: RuleContext,
  entity: 'Item' | 'Term' | 'Account',
  name: string,
  selfId?: string,
): void {
  const key = name.trim().toLowerCase();
  const other = ctx.realm
    .list(entity)
    .find((o) => o.Id !== selfId && str(o.Name)?.trim().toLowerCase() === key);
  if (other) throw faults.duplicateName(other.Id);
}

const ITEM_TYPES = ['Service', 'Inventory', 'NonInventory', 'Group', 'Category'];

export function prepareItem(ctx: RuleContext, body: Obj, prev?: QboEntity): Obj {
  const out: Obj = { ...body };
  const name = str(out.Name)?.trim();
  if (!name) throw faults.required('Name');
  if (name.includes(':')) throw faults.business('Item names cannot contain a colon (:).', 'Name');
  uniqueName(ctx, 'Item', name, prev?.Id);
  out.Name = name;
  out.FullyQualifiedName = name;
  const type = str(out.Type) ?? str(prev?.Type) ?? 'NonInventory';
  if (!ITEM_TYPES.includes(type))
    throw faults.unsupportedProperty(`Type=${type} cannot be created`, 'Type');
  if (prev && prev.Type !== type)
    throw faults.business("You can't change the type of an item.", 'Type');
  out.Type = type;
  out.Active = out.Active ?? true;
  if (type === 'Category') return out;
  const account = (key: string): void => {
    if (out[key] === undefined) throw faults.required(key);
    const acc = resolveRef(ctx, 'Account', out[key], 'Account', key, { mustBeActive: true });
    out[key] = { value: acc.Id, name: acc.Name };
  };
  if (type !== 'Group') account('IncomeAccountRef');
  if (type === 'Inventory') {
    account('AssetAccountRef');
    account('ExpenseAccountRef');
    if (dec(out.QtyOnHand) === undefined) throw faults.required('QtyOnHand');
    if (!str(out.InvStartDate)) throw faults.required('InvStartDate');
    out.TrackQtyOnHand = true;
  } else {
    out.TrackQtyOnHand = false;
  }
  if (type === 'Group') {
    const lines =
      isObj(out.ItemGroupDetail) && Array.isArray(out.ItemGroupDetail.ItemGroupLine)
        ? out.ItemGroupDetail.ItemGroupLine
        : [];
    for (const l of lines)
      if (isObj(l)) resolveRef(ctx, 'Item', l.ItemRef, 'Items', 'ItemGroupDetail.ItemRef');
  }
  if (out.SalesTaxCodeRef !== undefined)
    resolveRef(ctx, 'TaxCode', out.SalesTaxCodeRef, 'TaxCode', 'SalesTaxCodeRef');
  out.UnitPrice = out.UnitPrice ?? 0;
  out.Taxable = out.Taxable ?? false;
  return out;
}

export function prepareTerm(ctx: RuleContext, body: Obj, prev?: QboEntity): Obj {
  const out: Obj = { ...body };
  const name = str(out.Name)?.trim();
  if (!name) throw faults.required('Name');
  uniqueName(ctx, 'Term', name, prev?.Id);
  out.Name = name;
  out.Active = out.Active ?? true;
  if (out.DayOfMonthDue !== undefined) out.Type = 'DATE_DRIVEN';
  else {
    if (out.DueDays === undefined) throw faults.required('DueDays');
    out.Type = 'STANDARD';
  }
  return out;
}

const CLASSIFICATION: Record<string, string> = {
  Bank: 'Asset',
  'Accounts Receivable': 'Asset',
  'Other Current Asset': 'Asset',
  'Fixed Asset': 'Asset',
  'Other Asset': 'Asset',
  'Accounts Payable': 'Liability',
  'Credit Card': 'Liability',
  'Other Current Liability': 'Liability',
  'Long Term Liability': 'Liability',
  Equity: 'Equity',
  Income: 'Revenue',
  'Other Income': 'Revenue',
  'Cost of Goods Sold': 'Expense',
  Expense: 'Expense',
  'Other Expense': 'Expense',
};

export function prepareAccount(ctx: RuleContext, body: Obj, prev?: QboEntity): Obj {
  const out: Obj = { ...body };
  const name = str(out.Name)?.trim();
  if (!name) throw faults.required('Name');
  uniqueName(ctx, 'Account', name, prev?.Id);
  const type = str(out.AccountType);
  if (!type) throw faults.required('AccountType');
  out.Name = name;
  out.FullyQualifiedName = name;
  out.Classification = CLASSIFICATION[type] ?? 'Expense';
  out.Active = out.Active ?? true;
  out.SubAccount = out.SubAccount ?? false;
  out.CurrentBalance = prev?.CurrentBalance ?? 0;
  out.CurrencyRef = out.CurrencyRef ?? currencyRef(ctx.realm.homeCurrency);
  return out;
}
