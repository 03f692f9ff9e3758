import type { QuickBooksField } from '@qbo-invoicing/contract/catalog';

/**
 * What the sync writes beyond its built-in mappings, resolved against the portal's property
 * definitions (`mappings-plan.ts`): the product property `Taxable` fills, and the admin's custom
 * mappings whose property exists and takes the field's type. A mapping whose property is gone or
 * changed type is left out, so one stale mapping never makes HubSpot refuse a whole batch.
 */
export interface MappingPlan {
  /** Products only: the taxable property (`hs_…` or the app's `qbo_taxable`), null for none. */
  taxable: string | null;
  custom: Array<{ field: QuickBooksField; property: string; propertyType: string }>;
}

export const emptyPlan: MappingPlan = { taxable: null, custom: [] };

/** The value at a field's path (`PrimaryPhone.FreeFormNumber`) of a QuickBooks record. */
export function fieldValue(record: object, path: string): unknown {
  let at: unknown = record;
  for (const step of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A QuickBooks value as the string HubSpot stores for a property of this type, or null when there
 * is nothing to write (absent, empty, or not what the field's type promised). Amounts stay exact
 * decimal strings; a QuickBooks timestamp ("2026-11-19T09:30:00-08:00") becomes UTC for a
 * datetime property and stays as written for a text one.
 */
export function hubSpotValue(
  kind: QuickBooksField['kind'],
  value: unknown,
  propertyType: string,
): string | null {
  switch (kind) {
    case 'text':
      return typeof value === 'string' && value.trim() ? value.trim() : null;
    case 'number': {
      const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
      return typeof text === 'string' && DECIMAL.test(text.trim()) ? text.trim() : null;
    }
    case 'bool':
      return typeof value === 'boolean' ? String(value) : null;
    case 'date':
      return typeof value === 'string' && DATE.test(value.slice(0, 10)) ? value.slice(0, 10) : null;
    case 'datetime': {
      if (typeof value !== 'string' || !Number.isFinite(Date.parse(value))) return null;
      return propertyType === 'datetime' ? new Date(Date.parse(value)).toISOString() : value;
    }
  }
}

/** The properties a plan adds to what the built-in mapping of this record writes. */
export function plannedProperties(
  record: object,
  plan: MappingPlan | undefined,
): Record<string, string> {
  const properties: Record<string, string> = {};
  if (!plan) return properties;
  if (plan.taxable) {
    const taxable = hubSpotValue('bool', fieldValue(record, 'Taxable'), 'bool');
    if (taxable !== null) properties[plan.taxable] = taxable;
  }
  for (const mapping of plan.custom) {
    const value = hubSpotValue(
      mapping.field.kind,
      fieldValue(record, mapping.field.path),
      mapping.propertyType,
    );
    if (value !== null) properties[mapping.property] = value;
  }
  return properties;
}
