import Decimal from 'decimal.js';
import type { ItemSummary, ProposedLine } from '@qbo-invoicing/contract';

/** A HubSpot line item (of a quote or a deal), as the wizard reads it. */
export interface SourceLine {
  id: string;
  name: string;
  sku: string | null;
  description: string | null;
  /** Decimal text, as HubSpot stores it. */
  quantity: string | null;
  price: string | null;
  /** hs_discount_percentage: percent off the unit price. */
  discountPercent?: string | null;
  /** discount: an amount off each unit. */
  discountAmount?: string | null;
  position?: number | null;
}

/** A QuickBooks item a line may match, with its fully qualified name for sub-items. */
export type MatchableItem = ItemSummary & { fullyQualifiedName?: string | null };

const key = (value: string | null | undefined) => (value ?? '').trim().toLocaleLowerCase('en-US');

const decimalOr = (value: string | null | undefined, fallback: string): Decimal => {
  try {
    const parsed = new Decimal((value ?? '').trim() || fallback);
    return parsed.isFinite() ? parsed : new Decimal(fallback);
  } catch {
    return new Decimal(fallback);
  }
};

/**
 * The unit price the buyer agreed to: the list price less the line's discount (a percentage or
 * an amount per unit), exact, at most 7 decimal places as QuickBooks keeps rates.
 */
export function netUnitPrice(line: SourceLine): string {
  let price = decimalOr(line.price, '0');
  const percent = decimalOr(line.discountPercent, '0');
  const amount = decimalOr(line.discountAmount, '0');
  if (!percent.isZero()) price = price.times(new Decimal(100).minus(percent)).div(100);
  else if (!amount.isZero()) price = price.minus(amount);
  return price.toDecimalPlaces(7, Decimal.ROUND_HALF_UP).toFixed();
}

function firstActive(items: MatchableItem[]): MatchableItem | undefined {
  // Deterministic when several items share a SKU or name: the oldest (lowest id) wins.
  return items
    .filter((item) => item.active)
    .sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id))[0];
}

/**
 * Turns HubSpot line items into proposed invoice lines, each matched to an active QuickBooks item
 * by SKU first, then by name (both case-insensitive, ignoring surrounding spaces). Inactive items
 * are never matched. A line that matches nothing is kept, unmatched, for the rep to resolve.
 */
export function matchLines(lines: SourceLine[], items: MatchableItem[]): ProposedLine[] {
  const bySku = new Map<string, MatchableItem[]>();
  const byName = new Map<string, MatchableItem[]>();
  const add = (map: Map<string, MatchableItem[]>, k: string, item: MatchableItem) => {
    if (k === '') return;
    map.set(k, [...(map.get(k) ?? []), item]);
  };
  for (const item of items) {
    add(bySku, key(item.sku), item);
    add(byName, key(item.name), item);
    if (item.fullyQualifiedName && key(item.fullyQualifiedName) !== key(item.name))
      add(byName, key(item.fullyQualifiedName), item);
  }
  const ordered = [...lines].sort(
    (a, b) =>
      (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
      Number(a.id) - Number(b.id),
  );
  return ordered.map((line) => {
    const skuMatch = firstActive(bySku.get(key(line.sku)) ?? []);
    const nameMatch = skuMatch ? undefined : firstActive(byName.get(key(line.name)) ?? []);
    const matched = skuMatch ?? nameMatch;
    const item: ItemSummary | undefined = matched
      ? (({ fullyQualifiedName: _omit, ...rest }) => rest)(matched)
      : undefined;
    return {
      sourceLineId: line.id,
      name: line.name,
      sku: line.sku?.trim() || null,
      description: line.description?.trim() || null,
      quantity: decimalOr(line.quantity, '1').toFixed(),
      unitPrice: netUnitPrice(line),
      match: item ? { item, by: skuMatch ? 'sku' : 'name' } : null,
    };
  });
}
