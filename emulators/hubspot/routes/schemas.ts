import { customSystemProperties } from '../default-properties.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { propertyJson } from '../format.js';
import { noContent, ok, optString, requireObject, type ApiRequest } from '../http-util.js';
import type { Router } from '../router.js';
import type { CrmStore } from '../store.js';
import type { AssociationTypeDef, ObjectTypeDef } from '../types.js';
import { propertyFromInput } from './properties.js';

const SCHEMA_NAME_RE = /^[A-Za-z][A-Za-z0-9_]*$/;

function associationDefinitionJson(a: AssociationTypeDef): Record<string, unknown> {
  return {
    id: String(a.typeId),
    fromObjectTypeId: a.fromObjectTypeId,
    toObjectTypeId: a.toObjectTypeId,
    name: a.name,
    createdAt: a.createdAt,
    updatedAt: a.createdAt,
  };
}

export function schemaJson(store: CrmStore, def: ObjectTypeDef): Record<string, unknown> {
  const associations = store
    .objectTypes()
    .flatMap((other) => store.associationTypesBetween(def.objectTypeId, other.objectTypeId))
    .filter((a) => a.category !== 'HUBSPOT_DEFINED');
  const body: Record<string, unknown> = {
    id: def.objectTypeId.slice(2),
    objectTypeId: def.objectTypeId,
    fullyQualifiedName: def.fullyQualifiedName,
    name: def.name,
    labels: def.labels,
    primaryDisplayProperty: def.primaryDisplayProperty,
    secondaryDisplayProperties: def.secondaryDisplayProperties,
    requiredProperties: def.requiredProperties,
    searchableProperties: def.searchableProperties,
    properties: store.properties(def.objectTypeId).map(propertyJson),
    associations: associations.map(associationDefinitionJson),
    archived: false,
    createdAt: def.createdAt,
    updatedAt: def.updatedAt,
  };
  if (def.description !== undefined) body.description = def.description;
  return body;
}

function stringList(v: unknown, what: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw badRequest(`Invalid input JSON: ${what} must be an array of strings`);
  return v as string[];
}

/** Creates a custom object type from a schema body, all-or-nothing. */
function createSchema(store: CrmStore, raw: unknown): ObjectTypeDef {
  const b = requireObject(raw);
  const name = optString(b.name) ?? '';
  if (!SCHEMA_NAME_RE.test(name)) throw badRequest(`Object type name '${name}' is invalid`);
  if (store.findType(name) || store.findType(`p${store.portalId}_${name}`))
    throw conflict(`Object type with name '${name}' already exists.`, {
      context: { name: [name] },
    });
  const labels = requireObject(b.labels, 'labels');
  const singular = optString(labels.singular);
  const plural = optString(labels.plural);
  if (!singular || !plural) throw badRequest('labels.singular and labels.plural are required');
  if (!Array.isArray(b.properties) || b.properties.length === 0)
    throw badRequest('An object schema needs at least one property');
  const objectTypeId = store.allocateCustomTypeId();
  const now = store.now();
  const group = `${name.toLowerCase()}_information`;
  const def: ObjectTypeDef = {
    objectTypeId,
    name,
    singular: name.toLowerCase(),
    fullyQualifiedName: `p${store.portalId}_${name}`,
    associationsKey: `p${store.portalId}_${name}`,
    custom: true,
    labels: { singular, plural },
    primaryDisplayProperty: optString(b.primaryDisplayProperty) ?? '',
    secondaryDisplayProperties: stringList(
      b.secondaryDisplayProperties,
      'secondaryDisplayProperties',
    ),
    requiredProperties: stringList(b.requiredProperties, 'requiredProperties'),
    searchableProperties: stringList(b.searchableProperties, 'searchableProperties'),
    defaultReturned: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
    createdAt: now,
    updatedAt: now,
  };
  if (typeof b.description === 'string') def.description = b.description;
  store.addType(def, customSystemProperties(group, now), [
    { name: group, label: `${singular} information`, displayOrder: -1, archived: false },
  ]);
  try {
    for (const p of b.properties) {
      const prop = propertyFromInput(store, def, p, group);
      if (store.property(objectTypeId, prop.name))
        throw badRequest(`Duplicate property name ${prop.name} in schema`);
      store.putProperty(objectTypeId, prop);
    }
    const named = [
      def.primaryDisplayProperty,
      ...def.requiredProperties,
      ...def.searchableProperties,
      ...def.secondaryDisplayProperties,
    ].filter(Boolean);
    const missing = named.find((n) => !store.property(objectTypeId, n));
    if (missing)
      throw badRequest(`Property ${missing} is referenced but not defined in properties`);
    for (const other of stringList(b.associatedObjects, 'associatedObjects')) {
      const to = store.resolveType(other);
      store.defineAssociationType(
        objectTypeId,
        to.objectTypeId,
        `${def.singular}_to_${to.singular}`,
        null,
        'USER_DEFINED',
      );
    }
  } catch (err) {
    store.removeType(objectTypeId);
    throw err;
  }
  return def;
}

export function schemaRoutes(router: Router, store: CrmStore, prefix: string): void {
  const customType = (req: ApiRequest): ObjectTypeDef => {
    const def = store.findType(req.params.objectType ?? '');
    if (!def?.custom) throw notFound(`Unable to find object type ${req.params.objectType ?? ''}`);
    return def;
  };

  router.add('GET', prefix, () =>
    ok({
      results: store
        .objectTypes()
        .filter((t) => t.custom)
        .map((t) => schemaJson(store, t)),
    }),
  );

  router.add('POST', prefix, (req) => ok(schemaJson(store, createSchema(store, req.body)), 201));

  router.add('GET', `${prefix}/:objectType`, (req) => ok(schemaJson(store, customType(req))));

  router.add('DELETE', `${prefix}/:objectType`, (req) => {
    const def = customType(req);
    if (store.records(def.objectTypeId).length > 0)
      throw badRequest(`Object type ${def.name} still has records; archive them first`);
    store.removeType(def.objectTypeId);
    return noContent();
  });

  router.add('POST', `${prefix}/:objectType/associations`, (req) => {
    const def = customType(req);
    const b = requireObject(req.body);
    const from = store.resolveType(optString(b.fromObjectTypeId) ?? def.objectTypeId);
    const to = store.resolveType(optString(b.toObjectTypeId) ?? '');
    if (from.objectTypeId !== def.objectTypeId && to.objectTypeId !== def.objectTypeId)
      throw badRequest(`The association must involve ${def.objectTypeId}`);
    const name = optString(b.name) ?? `${from.singular}_to_${to.singular}`;
    const created = store.defineAssociationType(
      from.objectTypeId,
      to.objectTypeId,
      name,
      null,
      'USER_DEFINED',
    );
    return ok(associationDefinitionJson(created), 201);
  });
}
