import type { CrmStore } from './store.js';
import type { AssociationTypeDef, CrmRecord, ObjectTypeDef, PropertyDef } from './types.js';

export interface RecordJson {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
  associations?: Record<string, { results: Array<{ id: string; type: string }> }>;
}

/** Properties HubSpot always returns, whatever was asked for. */
function alwaysReturned(def: ObjectTypeDef): string[] {
  return def.defaultReturned.filter(
    (p) => /^(hs_object_id|createdate|hs_createdate)$/.test(p) || /lastmodifieddate$/.test(p),
  );
}

/** A record as v3 returns it: the requested (or default) properties, unset ones as null. */
export function recordJson(
  store: CrmStore,
  def: ObjectTypeDef,
  rec: CrmRecord,
  requested: string[] | undefined,
  associationTypes?: string[],
): RecordJson {
  const names =
    requested && requested.length > 0
      ? [...new Set([...requested, ...alwaysReturned(def)])]
      : def.defaultReturned;
  const properties: Record<string, string | null> = {};
  for (const n of names) {
    if (!store.property(def.objectTypeId, n)) continue;
    properties[n] = rec.properties[n] ?? null;
  }
  const out: RecordJson = {
    id: rec.id,
    properties,
    createdAt: rec.createdAt,
    updatedAt: rec.updatedAt,
    archived: rec.archived,
  };
  if (rec.archivedAt) out.archivedAt = rec.archivedAt;
  if (associationTypes && associationTypes.length > 0) {
    const assoc = associationsJson(store, def, rec.id, associationTypes);
    if (Object.keys(assoc).length > 0) out.associations = assoc;
  }
  return out;
}

/** The v3 `associations` map: one entry per linked record and association type. */
function associationsJson(
  store: CrmStore,
  def: ObjectTypeDef,
  id: string,
  toTypes: string[],
): NonNullable<RecordJson['associations']> {
  const out: NonNullable<RecordJson['associations']> = {};
  for (const name of toTypes) {
    const to = store.findType(name);
    if (!to) continue;
    const results = store
      .associated(def.objectTypeId, id, to.objectTypeId)
      .flatMap((l) => l.types.map((t) => ({ id: l.toId, type: t.name })));
    if (results.length > 0) out[to.associationsKey] = { results };
  }
  return out;
}

export function associationSpecJson(t: AssociationTypeDef): {
  category: string;
  typeId: number;
  label: string | null;
} {
  return { category: t.category, typeId: t.typeId, label: t.label };
}

export function propertyJson(p: PropertyDef): Record<string, unknown> {
  return {
    updatedAt: p.updatedAt,
    createdAt: p.createdAt,
    name: p.name,
    label: p.label,
    type: p.type,
    fieldType: p.fieldType,
    description: p.description,
    groupName: p.groupName,
    options: p.options,
    displayOrder: p.displayOrder,
    calculated: p.calculated,
    externalOptions: p.externalOptions,
    hasUniqueValue: p.hasUniqueValue,
    hidden: p.hidden,
    hubspotDefined: p.hubspotDefined,
    modificationMetadata: {
      archivable: !p.hubspotDefined,
      readOnlyDefinition: p.hubspotDefined,
      readOnlyValue: p.readOnlyValue,
    },
    formField: p.formField,
    dataSensitivity: 'non_sensitive',
    archived: p.archived,
  };
}

export function batchJson<T>(
  results: T[],
  startedAt: string,
  errors: unknown[] = [],
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    status: 'COMPLETE',
    results,
    startedAt,
    completedAt: new Date().toISOString(),
  };
  if (errors.length > 0) {
    body.numErrors = errors.length;
    body.errors = errors;
  }
  return body;
}
