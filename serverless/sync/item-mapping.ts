import type { Item } from '../quickbooks';
import { because, type Reason } from './reasons';
import { plannedProperties, type MappingPlan } from './mappings';

/** The QuickBooks item types that become HubSpot products, and HubSpot's product type for each. */
export const productTypes: Record<string, string> = {
  Service: 'service',
  Inventory: 'inventory',
  NonInventory: 'non_inventory',
};

export type ProductMapping =
  | { kind: 'product'; properties: Record<string, string>; sku: string | null; name: string }
  | { kind: 'skip'; reason: Reason };

const clean = (value: string | undefined | null) => value?.trim() || null;

/** A decimal string QuickBooks sent (a number or a string), kept exact; null when absent. */
function amount(value: unknown): string | null {
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * A QuickBooks item as HubSpot product properties (name, SKU, description, unit price, cost,
 * type; taxable and the admin's custom mappings by the `plan`, never over a built-in one).
 * Bundles (Group) and categories are not products a deal can sell line by line.
 */
export function productFromItem(item: Item, plan?: MappingPlan): ProductMapping {
  const type = productTypes[item.Type ?? ''];
  if (!type)
    return {
      kind: 'skip',
      reason: because('QuickBooks {type} items are not synced', { type: item.Type ?? '—' }),
    };
  const name = clean(item.Name);
  if (!name) return { kind: 'skip', reason: because('no name in QuickBooks') };
  const properties: Record<string, string> = { name, hs_product_type: type };
  const sku = clean(item.Sku);
  if (sku) properties.hs_sku = sku;
  const description = clean(item.Description);
  if (description) properties.description = description;
  const price = amount(item.UnitPrice);
  if (price !== null) properties.price = price;
  const cost = amount((item as { PurchaseCost?: unknown }).PurchaseCost);
  if (cost !== null) properties.hs_cost_of_goods_sold = cost;
  return {
    kind: 'product',
    properties: { ...plannedProperties(item, plan), ...properties },
    sku,
    name,
  };
}
