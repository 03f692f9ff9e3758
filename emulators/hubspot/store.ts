import { Decimal } from 'decimal.js';
import { FIRST_USER_TYPE_ID, hubspotDefinedAssociationTypes } from './association-types.js';
import { defaultGroups, defaultProperties } from './default-properties.js';
import {
  badRequest,
  conflict,
  invalidProperties,
  notFound,
  propertyValueError,
  type PropertyValueError,
} from './errors.js';
import { LinkTable } from './links.js';
import { standardObjectTypes, typeAliases } from './object-types.js';
import type {
  AssociationTypeDef,
  CrmRecord,
  ObjectTypeDef,
  PropertyDef,
  PropertyGroup,
} from './types.js';
import { coerceInput, normalizeValue } from './values.js';

const PRODUCT_TYPE_ID = '0-7';

/** Line item properties a product fills in when the line item is created from it. */
const INHERITED_FROM_PRODUCT = ['name', 'price', 'hs_sku', 'description', 'hs_cost_of_goods_sold'];

interface TypeState {
  def: ObjectTypeDef;
  properties: Map<string, PropertyDef>;
  groups: Map<string, PropertyGroup>;
  records: Map<string, CrmRecord>;
}

/** The portal's whole CRM state, in memory. */
export class CrmStore {
  private types = new Map<string, TypeState>();
  private assocTypes = new Map<number, AssociationTypeDef>();
  private readonly links = new LinkTable();
  private nextRecordId = 1;
  private nextCustomType = 1;
  private nextAssocTypeId = FIRST_USER_TYPE_ID;

  constructor(
    readonly portalId: number,
    readonly clock: () => Date = () => new Date(),
  ) {
    this.reset();
  }

  now(): string {
    return this.clock().toISOString();
  }

  reset(): void {
    const now = this.now();
    this.types.clear();
    this.assocTypes.clear();
    this.links.clear();
    this.nextRecordId = 1001;
    this.nextCustomType = 1;
    this.nextAssocTypeId = FIRST_USER_TYPE_ID;
    for (const def of standardObjectTypes(now)) {
      this.addType(def, defaultProperties(def.name, now), defaultGroups(def.name));
    }
    for (const a of hubspotDefinedAssociationTypes(now)) this.assocTypes.set(a.typeId, a);
  }

  // ---- object types -------------------------------------------------------

  addType(def: ObjectTypeDef, props: PropertyDef[], groups: PropertyGroup[]): void {
    this.types.set(def.objectTypeId, {
      def,
      properties: new Map(props.map((p) => [p.name, p])),
      groups: new Map(groups.map((g) => [g.name, g])),
      records: new Map(),
    });
  }

  removeType(typeId: string): void {
    this.types.delete(typeId);
  }

  allocateCustomTypeId(): string {
    return `2-${this.nextCustomType++ + 100000}`;
  }

  objectTypes(): ObjectTypeDef[] {
    return [...this.types.values()].map((t) => t.def);
  }

  findType(name: string): ObjectTypeDef | undefined {
    const n = name.toLowerCase();
    for (const t of this.types.values()) if (typeAliases(t.def).includes(n)) return t.def;
    return undefined;
  }

  /** Resolves a path's object type as HubSpot does, or fails like it. */
  resolveType(name: string): ObjectTypeDef {
    const t = this.findType(name);
    if (!t) throw badRequest(`Unable to infer object type from: ${name}`);
    return t;
  }

  private state(typeId: string): TypeState {
    const s = this.types.get(typeId);
    if (!s) throw badRequest(`Unable to infer object type from: ${typeId}`);
    return s;
  }

  // ---- properties and groups ---------------------------------------------

  properties(typeId: string, archived = false): PropertyDef[] {
    return [...this.state(typeId).properties.values()].filter((p) => p.archived === archived);
  }

  property(typeId: string, name: string): PropertyDef | undefined {
    const p = this.state(typeId).properties.get(name);
    return p && !p.archived ? p : undefined;
  }

  putProperty(typeId: string, prop: PropertyDef): void {
    this.state(typeId).properties.set(prop.name, prop);
  }

  groups(typeId: string): PropertyGroup[] {
    return [...this.state(typeId).groups.values()].filter((g) => !g.archived);
  }

  group(typeId: string, name: string): PropertyGroup | undefined {
    const g = this.state(typeId).groups.get(name);
    return g && !g.archived ? g : undefined;
  }

  putGroup(typeId: string, group: PropertyGroup): void {
    this.state(typeId).groups.set(group.name, group);
  }

  // ---- records ------------------------------------------------------------

  records(typeId: string, archived = false): CrmRecord[] {
    return [...this.state(typeId).records.values()].filter((r) => r.archived === archived);
  }

  get(typeId: string, id: string): CrmRecord | undefined {
    const r = this.state(typeId).records.get(id);
    return r && !r.archived ? r : undefined;
  }

  /** Lookup by a unique property (`idProperty`); HubSpot compares emails case-insensitively. */
  findByUnique(typeId: string, propName: string, value: string): CrmRecord | undefined {
    const prop = this.property(typeId, propName);
    if (!prop) throw badRequest(`Property ${propName} does not exist`);
    if (!prop.hasUniqueValue && propName !== 'hs_object_id')
      throw badRequest(`${propName} is not a unique property`);
    if (propName === 'hs_object_id') return this.get(typeId, value);
    const want = value.toLowerCase();
    return this.records(typeId).find((r) => (r.properties[propName] ?? '').toLowerCase() === want);
  }

  create(typeId: string, input: unknown): CrmRecord {
    const s = this.state(typeId);
    const values = this.inheritFromProduct(s, this.validateIn(s, input, undefined));
    const id = String(this.nextRecordId++);
    const now = this.now();
    const props: Record<string, string> = { ...values, hs_object_id: id };
    props.hs_createdate = now;
    props.hs_lastmodifieddate = now;
    if (s.properties.has('createdate')) props.createdate = values.createdate ?? now;
    if (s.properties.has('lastmodifieddate')) props.lastmodifieddate = now;
    const rec: CrmRecord = {
      id,
      properties: stripEmpty(props),
      createdAt: now,
      updatedAt: now,
      archived: false,
    };
    derive(s.def, rec);
    s.records.set(id, rec);
    return rec;
  }

  update(typeId: string, id: string, input: unknown): CrmRecord {
    const s = this.state(typeId);
    const rec = this.get(typeId, id);
    if (!rec) throw notFound();
    const values = this.validateIn(s, input, rec);
    const now = this.now();
    rec.properties = stripEmpty({ ...rec.properties, ...values, hs_lastmodifieddate: now });
    if (s.properties.has('lastmodifieddate')) rec.properties.lastmodifieddate = now;
    rec.updatedAt = now;
    derive(s.def, rec);
    return rec;
  }

  archive(typeId: string, id: string): boolean {
    const rec = this.get(typeId, id);
    if (!rec) return false;
    rec.archived = true;
    rec.archivedAt = this.now();
    return true;
  }

  /**
   * A line item created from `hs_product_id` takes the product's values for the properties it does
   * not set itself (name, price, SKU, description, cost), as HubSpot's products guide says
   * (https://developers.hubspot.com/docs/api-reference/crm-products-v3/guide).
   */
  private inheritFromProduct(s: TypeState, values: Record<string, string>): Record<string, string> {
    const productId = values.hs_product_id;
    if (s.def.name !== 'line_items' || productId === undefined || productId === '') return values;
    const product = this.get(PRODUCT_TYPE_ID, productId);
    if (!product) {
      const message = `Product with id ${productId} does not exist`;
      throw invalidProperties([
        {
          ...propertyValueError('hs_product_id', 'INVALID_OBJECT_ID', message),
          portalId: this.portalId,
        },
      ]);
    }
    const out = { ...values };
    for (const name of INHERITED_FROM_PRODUCT) {
      const value = product.properties[name];
      if (out[name] === undefined && value !== undefined) out[name] = value;
    }
    return out;
  }

  /** Checks a write without applying it; throws HubSpot's error. */
  validate(typeId: string, input: unknown, existing?: CrmRecord): Record<string, string> {
    const s = this.state(typeId);
    const values = this.validateIn(s, input, existing);
    return existing ? values : this.inheritFromProduct(s, values);
  }

  /** Checks names, read-only values, types, options, uniqueness and required properties. */
  private validateIn(
    s: TypeState,
    input: unknown,
    existing: CrmRecord | undefined,
  ): Record<string, string> {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      throw badRequest('Invalid input JSON: properties must be an object');
    const errors: PropertyValueError[] = [];
    const out: Record<string, string> = {};
    for (const [name, rawValue] of Object.entries(input)) {
      const prop = s.properties.get(name);
      if (!prop || prop.archived) {
        errors.push(
          propertyValueError(name, 'PROPERTY_DOESNT_EXIST', `Property "${name}" does not exist`),
        );
        continue;
      }
      const raw = coerceInput(rawValue);
      if (raw === undefined) {
        errors.push(propertyValueError(name, 'INVALID_STRING', `${name} must be a string`));
        continue;
      }
      if (prop.readOnlyValue) {
        const message = `"${name}" is a read only property; its value cannot be set.`;
        errors.push(propertyValueError(name, 'READ_ONLY_VALUE', message));
        continue;
      }
      const n = normalizeValue(prop, raw);
      if (!n.ok) errors.push(n.error);
      else if (s.def.name === 'line_items' && name === 'price' && new Decimal(n.value).lt(0))
        // https://developers.hubspot.com/docs/api/crm/line-items: "price … cannot be negative".
        errors.push(propertyValueError(name, 'INVALID_DOUBLE', `price cannot be negative: ${raw}`));
      else out[name] = n.value;
    }
    if (!existing) {
      for (const req of s.def.requiredProperties) {
        if ((out[req] ?? '') === '') {
          const message = `Property "${req}" is required`;
          errors.push(propertyValueError(req, 'REQUIRED_PROPERTY', message));
        }
      }
    }
    if (errors.length > 0)
      throw invalidProperties(errors.map((e) => ({ ...e, portalId: this.portalId })));
    this.checkUnique(s, out, existing?.id);
    return out;
  }

  private checkUnique(
    s: TypeState,
    values: Record<string, string>,
    selfId: string | undefined,
  ): void {
    for (const [name, value] of Object.entries(values)) {
      if (value === '' || !s.properties.get(name)?.hasUniqueValue) continue;
      const other = this.findByUnique(s.def.objectTypeId, name, value);
      if (other && other.id !== selfId) {
        const what = s.def.name === 'contacts' ? 'Contact' : s.def.labels.singular;
        throw conflict(`${what} already exists. Existing ID: ${other.id}`, {
          context: { [name]: [value], id: [other.id] },
        });
      }
    }
  }

  // ---- associations -------------------------------------------------------

  associationType(typeId: number): AssociationTypeDef | undefined {
    return this.assocTypes.get(typeId);
  }

  associationTypesBetween(fromTypeId: string, toTypeId: string): AssociationTypeDef[] {
    return [...this.assocTypes.values()]
      .filter((a) => a.fromObjectTypeId === fromTypeId && a.toObjectTypeId === toTypeId)
      .sort((a, b) => a.typeId - b.typeId);
  }

  /** The unlabeled type HubSpot uses for "default" associations between two object types. */
  defaultAssociationType(fromTypeId: string, toTypeId: string): AssociationTypeDef | undefined {
    const all = this.associationTypesBetween(fromTypeId, toTypeId);
    return all.find((a) => a.label === null) ?? all[0];
  }

  /** Defines a type and its inverse; returns the forward one. */
  defineAssociationType(
    fromTypeId: string,
    toTypeId: string,
    name: string,
    label: string | null,
    category: AssociationTypeDef['category'],
  ): AssociationTypeDef {
    const id = this.nextAssocTypeId;
    this.nextAssocTypeId += 2;
    const now = this.now();
    const fwd: AssociationTypeDef = {
      typeId: id,
      category,
      fromObjectTypeId: fromTypeId,
      toObjectTypeId: toTypeId,
      name,
      label,
      inverseTypeId: id + 1,
      createdAt: now,
    };
    const inverseName = name.includes('_to_') ? name.split('_to_').reverse().join('_to_') : name;
    this.assocTypes.set(id, fwd);
    this.assocTypes.set(id + 1, {
      ...fwd,
      typeId: id + 1,
      fromObjectTypeId: toTypeId,
      toObjectTypeId: fromTypeId,
      name: inverseName,
      inverseTypeId: id,
    });
    return fwd;
  }

  /** Links two live records; a labeled type also brings the pair's unlabeled type, as in HubSpot. */
  associate(from: [string, string], to: [string, string], typeIds: number[]): void {
    if (!this.get(from[0], from[1])) throw notFound(`No ${from[0]} with id ${from[1]} exists`);
    if (!this.get(to[0], to[1])) throw notFound(`No ${to[0]} with id ${to[1]} exists`);
    const defs = typeIds.map((id) => this.checkedType(from[0], to[0], id));
    const base = this.defaultAssociationType(from[0], to[0]);
    if (base && defs.some((d) => d.label !== null)) defs.push(base);
    for (const d of defs) this.links.add(from, to, d.typeId, d.inverseTypeId);
  }

  checkedType(fromTypeId: string, toTypeId: string, typeId: number): AssociationTypeDef {
    const d = this.assocTypes.get(typeId);
    if (!d || d.fromObjectTypeId !== fromTypeId || d.toObjectTypeId !== toTypeId)
      throw badRequest(
        `${typeId} is not a valid association type id between ${fromTypeId} and ${toTypeId}`,
        { subCategory: 'crm.associations.INVALID_ASSOCIATION_TYPE' },
      );
    return d;
  }

  disassociate(from: [string, string], to: [string, string], typeIds?: number[]): void {
    this.links.remove(from, to, typeIds, (id) => this.assocTypes.get(id)?.inverseTypeId);
  }

  /** Live records of `toTypeId` linked from a record. */
  associated(
    fromTypeId: string,
    fromId: string,
    toTypeId: string,
  ): Array<{ toId: string; types: AssociationTypeDef[] }> {
    return this.links
      .list([fromTypeId, fromId], toTypeId)
      .filter((l) => this.get(toTypeId, l.toId))
      .map((l) => ({
        toId: l.toId,
        types: l.typeIds.flatMap((id) => this.assocTypes.get(id) ?? []),
      }));
  }
}

function stripEmpty(props: Record<string, string>): Record<string, string> {
  for (const [k, v] of Object.entries(props)) if (v === '') delete props[k];
  return props;
}

/** Values HubSpot calculates: a line item's amount, a task's completion time. */
function derive(def: ObjectTypeDef, rec: CrmRecord): void {
  if (def.name === 'tasks') return deriveTaskCompletion(rec);
  if (def.name !== 'line_items') return;
  const p = rec.properties;
  if (p.price === undefined) return;
  const qty = new Decimal(p.quantity ?? '1');
  let unit = new Decimal(p.price);
  if (p.hs_discount_percentage !== undefined)
    unit = unit.mul(new Decimal(100).minus(p.hs_discount_percentage)).div(100);
  else if (p.discount !== undefined) unit = unit.minus(p.discount);
  p.amount = unit.mul(qty).toDecimalPlaces(2).toString();
}

/** HubSpot stamps `hs_task_completion_date` when a task is marked COMPLETED, and clears it after. */
function deriveTaskCompletion(rec: CrmRecord): void {
  const p = rec.properties;
  if (p.hs_task_status !== 'COMPLETED') delete p.hs_task_completion_date;
  else p.hs_task_completion_date ??= rec.updatedAt;
}
