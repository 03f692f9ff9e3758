import { isDecimal } from '@qbo-invoicing/invoicing';
import type { Crm } from '../hubspot/crm';
import type { InvoiceLink, InvoiceLinkStore } from '../hubspot/stores/invoice-links';
import { dealInvoiceProperties, type DealInvoiceProperties } from './deal-properties';
import { sameAmount } from './from-quickbooks';

const PROPERTY_NAMES: Array<keyof DealInvoiceProperties> = [
  'qbo_invoice_amount_billed',
  'qbo_invoice_recipient',
  'qbo_invoice_number',
  'qbo_invoice_status',
  'qbo_invoice_due_date',
];

/** HubSpot may store "330.1600" or a date as an instant: compare what the values mean. */
function sameValue(name: keyof DealInvoiceProperties, stored: string | null, next: string) {
  const current = stored ?? '';
  if (name === 'qbo_invoice_due_date') return current.slice(0, 10) === next.slice(0, 10);
  if (name === 'qbo_invoice_amount_billed')
    return isDecimal(current) && isDecimal(next) ? sameAmount(current, next) : current === next;
  return current === next;
}

/**
 * Brings a deal's five invoice properties in line with its linked invoices (see
 * deal-properties.ts for which invoice decides), writing only when something differs, so
 * workflows on "invoice status" fire on real changes only (with `clearWhenNone`, as after an
 * unlink, they are emptied when no invoice decides them). Returns whether the deal was written.
 */
export async function syncDealProperties(
  crm: Crm,
  links: InvoiceLinkStore,
  dealId: string,
  today: string,
  knownLinks?: InvoiceLink[],
  options: { clearWhenNone?: boolean } = {},
): Promise<boolean> {
  const [deal, dealLinks] = await Promise.all([
    crm.getObject('deals', dealId, ['deal_currency_code', ...PROPERTY_NAMES]),
    knownLinks ? Promise.resolve(knownLinks) : links.listForRecord('deals', dealId),
  ]);
  if (!deal) return false;
  const computed = dealInvoiceProperties(
    dealLinks,
    deal.properties.deal_currency_code || null,
    today,
  );
  // After an unlink, no invoice left to decide: the properties are emptied, not left to lie.
  const next =
    computed ??
    (options.clearWhenNone
      ? (Object.fromEntries(PROPERTY_NAMES.map((name) => [name, ''])) as DealInvoiceProperties)
      : null);
  if (!next) return false;
  const changed = PROPERTY_NAMES.filter(
    (name) => !sameValue(name, deal.properties[name] ?? null, next[name]),
  );
  if (changed.length === 0) return false;
  await crm.updateObject('deals', dealId, next);
  return true;
}
