import { badRequest } from './errors.js';
import { isRecord, optString } from './http-util.js';
import type { CrmStore } from './store.js';

export interface InlineAssociation {
  toTypeId: string;
  toId: string;
  typeIds: number[];
}

/**
 * Parses `associations: [{to:{id}, types:[{associationCategory, associationTypeId}]}]`;
 * the type id decides the target object type, as in HubSpot.
 */
export function parseInlineAssociations(
  store: CrmStore,
  fromTypeId: string,
  raw: unknown,
): InlineAssociation[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw badRequest('Invalid input JSON: associations must be an array');
  return raw.map((a) => {
    const toId = isRecord(a) && isRecord(a.to) ? optString(a.to.id) : undefined;
    const types = isRecord(a) && Array.isArray(a.types) ? a.types : [];
    if (!toId || types.length === 0)
      throw badRequest('Invalid input JSON: each association needs to.id and types');
    const typeIds = types.map((t) => Number(isRecord(t) ? t.associationTypeId : NaN));
    const defs = typeIds.map((id) => {
      const d = store.associationType(id);
      if (!d || d.fromObjectTypeId !== fromTypeId)
        throw badRequest(`${id} is not a valid association type id from ${fromTypeId}`);
      return d;
    });
    const toTypeId = defs[0]?.toObjectTypeId ?? '';
    if (defs.some((d) => d.toObjectTypeId !== toTypeId))
      throw badRequest(
        'Invalid input JSON: association types of one target must share its object type',
      );
    if (!store.get(toTypeId, toId))
      throw badRequest(
        `One or more associations are invalid: ${toTypeId} record ${toId} does not exist`,
        { context: { toObjectId: [toId] } },
      );
    return { toTypeId, toId, typeIds };
  });
}

export function applyInlineAssociations(
  store: CrmStore,
  fromTypeId: string,
  fromId: string,
  list: InlineAssociation[],
): void {
  for (const a of list) store.associate([fromTypeId, fromId], [a.toTypeId, a.toId], a.typeIds);
}
