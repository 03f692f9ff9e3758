import {
  quickBooksField,
  refusedMapping,
  taxablePropertyOf,
  type SyncObject,
} from '@qbo-invoicing/contract/catalog';
import type { CustomMapping } from '@qbo-invoicing/contract';
import type { Crm, PortalProperty } from '../hubspot/crm';
import type { WarmCache } from '../lib/warm-cache';
import { emptyPlan, type MappingPlan } from './mappings';

/** Property definitions change rarely: a warm function reads them again after five minutes. */
export const DEFINITIONS_TTL_MS = 5 * 60_000;

const cacheKey = (object: SyncObject) => `sync:property-definitions:${object}`;

/**
 * The portal's contact or product property definitions. `fresh` reads them now (the mappings
 * tab, a save: the admin may have just created a property) and refreshes the warm copy the sync
 * uses.
 */
export async function propertyDefinitions(
  services: { crm: Crm; cache: WarmCache },
  object: SyncObject,
  options: { fresh?: boolean } = {},
): Promise<PortalProperty[]> {
  if (!options.fresh) {
    const cached = services.cache.get<PortalProperty[]>(cacheKey(object), DEFINITIONS_TTL_MS);
    if (cached) return cached;
  }
  return services.cache.set(cacheKey(object), await services.crm.listPropertyDefinitions(object));
}

/**
 * What the sync writes beyond its built-in mappings in this portal: the taxable property
 * (products) and each saved custom mapping that still holds (its property exists and takes the
 * field's type; the tab shows the others as missing or mismatched).
 */
export function planFor(
  object: SyncObject,
  mappings: readonly CustomMapping[],
  properties: readonly PortalProperty[],
): MappingPlan {
  const custom = mappings.flatMap((mapping) => {
    const field = quickBooksField(object, mapping.field);
    const property = properties.find((p) => p.name === mapping.property);
    if (!field || !property || refusedMapping(object, [mapping], properties)) return [];
    return [{ field, property: property.name, propertyType: property.type }];
  });
  return { taxable: object === 'products' ? taxablePropertyOf(properties) : null, custom };
}

/**
 * The plan for a sync step: definitions from the warm cache, read once per five minutes, and not
 * at all for contacts without custom mappings (products always need their taxable property).
 */
export async function loadPlan(
  services: { crm: Crm; cache: WarmCache },
  object: SyncObject,
  mappings: readonly CustomMapping[],
): Promise<MappingPlan> {
  if (object === 'contacts' && mappings.length === 0) return emptyPlan;
  return planFor(object, mappings, await propertyDefinitions(services, object));
}
