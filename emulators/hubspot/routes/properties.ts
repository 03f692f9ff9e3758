import { makeProperty } from '../default-properties.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { propertyJson } from '../format.js';
import {
  boolParam,
  noContent,
  ok,
  optString,
  requireObject,
  type ApiRequest,
} from '../http-util.js';
import type { Router } from '../router.js';
import type { CrmStore } from '../store.js';
import type { ObjectTypeDef, PropertyDef, PropertyOption, PropertyType } from '../types.js';

const FIELD_TYPES: Record<PropertyType, string[]> = {
  string: ['text', 'textarea', 'html', 'phonenumber', 'file'],
  number: ['number', 'calculation_equation'],
  date: ['date'],
  datetime: ['date'],
  enumeration: ['select', 'radio', 'checkbox', 'booleancheckbox'],
  bool: ['booleancheckbox', 'calculation_equation'],
};

const NAME_RE = /^[a-z][a-z0-9_]*$/;

function parseOptions(raw: unknown): PropertyOption[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw badRequest('Invalid input JSON: options must be an array');
  return raw.map((o, i) => {
    const r = requireObject(o, 'each option');
    const value = optString(r.value);
    const label = optString(r.label);
    if (value === undefined || label === undefined)
      throw badRequest('Invalid input JSON: each option needs label and value');
    const opt: PropertyOption = {
      label,
      value,
      displayOrder: typeof r.displayOrder === 'number' ? r.displayOrder : i,
      hidden: r.hidden === true,
    };
    if (typeof r.description === 'string') opt.description = r.description;
    return opt;
  });
}

/** Builds a property from a create body (properties API or schema), validated as HubSpot does. */
export function propertyFromInput(
  store: CrmStore,
  def: ObjectTypeDef,
  raw: unknown,
  defaultGroup?: string,
): PropertyDef {
  const b = requireObject(raw, 'property');
  const name = optString(b.name) ?? '';
  const label = optString(b.label);
  const type = optString(b.type) as PropertyType | undefined;
  const groupName = optString(b.groupName) ?? defaultGroup;
  if (!NAME_RE.test(name))
    throw badRequest(
      `Property name '${name}' is invalid: use lower-case letters, digits and underscores`,
    );
  if (!label) throw badRequest(`Property ${name} needs a label`);
  if (!type || !(type in FIELD_TYPES))
    throw badRequest(`Property ${name} has an invalid type: ${String(b.type)}`);
  const fieldType = optString(b.fieldType) ?? FIELD_TYPES[type][0] ?? 'text';
  if (!FIELD_TYPES[type].includes(fieldType))
    throw badRequest(`Property ${name}: fieldType ${fieldType} is not valid for type ${type}`);
  if (!groupName || !store.group(def.objectTypeId, groupName))
    throw badRequest(`Property group ${String(groupName)} does not exist`);
  const prop = makeProperty([name, label, type, fieldType], groupName, store.now(), {}, false);
  prop.options = parseOptions(b.options) ?? prop.options;
  prop.description = optString(b.description) ?? '';
  prop.hasUniqueValue = b.hasUniqueValue === true;
  prop.hidden = b.hidden === true;
  prop.formField = b.formField === true;
  if (typeof b.displayOrder === 'number') prop.displayOrder = b.displayOrder;
  return prop;
}

export function propertyRoutes(router: Router, store: CrmStore): void {
  const typeOf = (req: ApiRequest): ObjectTypeDef => store.resolveType(req.params.type ?? '');
  const base = '/crm/v3/properties/:type';

  // Group routes first: `/groups` would otherwise be read as a property name.
  router.add('GET', `${base}/groups`, (req) =>
    ok({ results: store.groups(typeOf(req).objectTypeId) }),
  );

  router.add('POST', `${base}/groups`, (req) => {
    const def = typeOf(req);
    const b = requireObject(req.body);
    const name = optString(b.name) ?? '';
    const label = optString(b.label);
    if (!NAME_RE.test(name) || !label)
      throw badRequest('Property group needs a valid name and a label');
    if (store.group(def.objectTypeId, name))
      throw conflict(`A property group named '${name}' already exists.`);
    const group = {
      name,
      label,
      displayOrder: typeof b.displayOrder === 'number' ? b.displayOrder : -1,
      archived: false,
    };
    store.putGroup(def.objectTypeId, group);
    return ok(group, 201);
  });

  router.add('GET', `${base}/groups/:name`, (req) => {
    const g = store.group(typeOf(req).objectTypeId, req.params.name ?? '');
    if (!g) throw notFound(`Property group ${req.params.name ?? ''} does not exist`);
    return ok(g);
  });

  router.add('PATCH', `${base}/groups/:name`, (req) => {
    const def = typeOf(req);
    const g = store.group(def.objectTypeId, req.params.name ?? '');
    if (!g) throw notFound(`Property group ${req.params.name ?? ''} does not exist`);
    const b = requireObject(req.body);
    const updated = {
      ...g,
      label: optString(b.label) ?? g.label,
      displayOrder: typeof b.displayOrder === 'number' ? b.displayOrder : g.displayOrder,
    };
    store.putGroup(def.objectTypeId, updated);
    return ok(updated);
  });

  router.add('DELETE', `${base}/groups/:name`, (req) => {
    const def = typeOf(req);
    const g = store.group(def.objectTypeId, req.params.name ?? '');
    if (g) store.putGroup(def.objectTypeId, { ...g, archived: true });
    return noContent();
  });

  router.add('GET', base, (req) => {
    const def = typeOf(req);
    return ok({
      results: store
        .properties(def.objectTypeId, boolParam(req.query, 'archived'))
        .map(propertyJson),
    });
  });

  router.add('POST', base, (req) => {
    const def = typeOf(req);
    const prop = propertyFromInput(store, def, req.body);
    if (store.property(def.objectTypeId, prop.name))
      throw conflict(`Property named '${prop.name}' already exists.`, {
        context: { name: [prop.name] },
      });
    store.putProperty(def.objectTypeId, prop);
    return ok(propertyJson(prop), 201);
  });

  router.add('GET', `${base}/:name`, (req) => {
    const p = store.property(typeOf(req).objectTypeId, req.params.name ?? '');
    if (!p) throw notFound(`Unable to find property ${req.params.name ?? ''}`);
    return ok(propertyJson(p));
  });

  router.add('PATCH', `${base}/:name`, (req) => {
    const def = typeOf(req);
    const p = store.property(def.objectTypeId, req.params.name ?? '');
    if (!p) throw notFound(`Unable to find property ${req.params.name ?? ''}`);
    const b = requireObject(req.body);
    const groupName = optString(b.groupName) ?? p.groupName;
    if (!store.group(def.objectTypeId, groupName))
      throw badRequest(`Property group ${groupName} does not exist`);
    const updated: PropertyDef = {
      ...p,
      label: optString(b.label) ?? p.label,
      description: optString(b.description) ?? p.description,
      groupName,
      options: parseOptions(b.options) ?? p.options,
      hidden: typeof b.hidden === 'boolean' ? b.hidden : p.hidden,
      formField: typeof b.formField === 'boolean' ? b.formField : p.formField,
      displayOrder: typeof b.displayOrder === 'number' ? b.displayOrder : p.displayOrder,
      updatedAt: store.now(),
    };
    store.putProperty(def.objectTypeId, updated);
    return ok(propertyJson(updated));
  });

  router.add('DELETE', `${base}/:name`, (req) => {
    const def = typeOf(req);
    const p = store.property(def.objectTypeId, req.params.name ?? '');
    if (!p) throw notFound(`Unable to find property ${req.params.name ?? ''}`);
    if (p.hubspotDefined)
      throw badRequest(`Property ${p.name} is HubSpot-defined and cannot be archived`);
    store.putProperty(def.objectTypeId, { ...p, archived: true, updatedAt: store.now() });
    return noContent();
  });
}
