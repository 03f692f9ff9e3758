import { badRequest } from './errors.js';
import { isRecord, optString } from './http-util.js';
import type { CrmStore } from './store.js';
import type { CrmRecord, ObjectTypeDef, PropertyDef } from './types.js';
import { comparable } from './values.js';

export const SEARCH_LIMITS = {
  groups: 5,
  perGroup: 6,
  total: 18,
  pageSize: 200,
  window: 10_000,
  queryLength: 3_000,
};

const OPERATORS = [
  'EQ',
  'NEQ',
  'LT',
  'LTE',
  'GT',
  'GTE',
  'BETWEEN',
  'IN',
  'NOT_IN',
  'HAS_PROPERTY',
  'NOT_HAS_PROPERTY',
  'CONTAINS_TOKEN',
  'NOT_CONTAINS_TOKEN',
] as const;
type Operator = (typeof OPERATORS)[number];

interface Filter {
  propertyName: string;
  operator: Operator;
  value?: string;
  highValue?: string;
  values: string[];
}

export interface SearchRequest {
  groups: Filter[][];
  query?: string;
  sorts: Array<{ propertyName: string; direction: 'ASCENDING' | 'DESCENDING' }>;
  properties: string[];
  limit: number;
  after: number;
}

/** Parses a search body and enforces HubSpot's limits with its 400s. */
export function parseSearch(body: unknown): SearchRequest {
  const b = isRecord(body) ? body : {};
  const rawGroups = Array.isArray(b.filterGroups) ? b.filterGroups : [];
  if (rawGroups.length > SEARCH_LIMITS.groups)
    throw badRequest(
      `Too many filter groups (${rawGroups.length}). The maximum number allowed is ${SEARCH_LIMITS.groups}.`,
    );
  const groups = rawGroups.map((g) => {
    const filters = isRecord(g) && Array.isArray(g.filters) ? g.filters : [];
    if (filters.length > SEARCH_LIMITS.perGroup)
      throw badRequest(
        `Too many filters in a filter group (${filters.length}). The maximum number allowed is ${SEARCH_LIMITS.perGroup}.`,
      );
    return filters.map(parseFilter);
  });
  const total = groups.reduce((n, g) => n + g.length, 0);
  if (total > SEARCH_LIMITS.total)
    throw badRequest(
      `Too many filters (${total}). The maximum number of filters allowed across all filter groups is ${SEARCH_LIMITS.total}.`,
    );
  const limit = b.limit === undefined ? 10 : Number(b.limit);
  if (!Number.isInteger(limit) || limit < 0 || limit > SEARCH_LIMITS.pageSize)
    throw badRequest(`limit must be between 0 and ${SEARCH_LIMITS.pageSize}`);
  const after = b.after === undefined || b.after === null || b.after === '' ? 0 : Number(b.after);
  if (!Number.isInteger(after) || after < 0) throw badRequest(`Invalid after: ${String(b.after)}`);
  if (after >= SEARCH_LIMITS.window)
    throw badRequest(`Paging beyond ${SEARCH_LIMITS.window} results is not supported`);
  const query = optString(b.query);
  if (query !== undefined && query.length > SEARCH_LIMITS.queryLength)
    throw badRequest(
      `query is ${query.length} characters long. The maximum length is ${SEARCH_LIMITS.queryLength} characters.`,
    );
  return {
    groups,
    query,
    sorts: (Array.isArray(b.sorts) ? b.sorts : []).map(parseSort),
    properties: Array.isArray(b.properties) ? b.properties.map(String) : [],
    limit,
    after,
  };
}

function parseFilter(f: unknown): Filter {
  if (!isRecord(f)) throw badRequest('Invalid input JSON: filter must be an object');
  const propertyName = optString(f.propertyName);
  const operator = optString(f.operator) as Operator | undefined;
  if (!propertyName) throw badRequest('Invalid input JSON: filter propertyName is required');
  if (!operator || !OPERATORS.includes(operator))
    throw badRequest(`Invalid input JSON: unknown operator ${String(f.operator)}`);
  const values = Array.isArray(f.values) ? f.values.map((v) => optString(v) ?? '') : [];
  const filter: Filter = { propertyName, operator, values, value: optString(f.value) };
  filter.highValue = optString(f.highValue);
  const needsValue = !['HAS_PROPERTY', 'NOT_HAS_PROPERTY', 'IN', 'NOT_IN'].includes(operator);
  if (needsValue && filter.value === undefined)
    throw badRequest(`Filter on ${propertyName} with operator ${operator} requires a value`);
  if ((operator === 'IN' || operator === 'NOT_IN') && values.length === 0)
    throw badRequest(`Filter on ${propertyName} with operator ${operator} requires values`);
  if (operator === 'BETWEEN' && filter.highValue === undefined)
    throw badRequest(`Filter on ${propertyName} with operator BETWEEN requires a highValue`);
  return filter;
}

function parseSort(s: unknown): SearchRequest['sorts'][number] {
  if (typeof s === 'string')
    return s.startsWith('-')
      ? { propertyName: s.slice(1), direction: 'DESCENDING' }
      : { propertyName: s, direction: 'ASCENDING' };
  if (!isRecord(s) || typeof s.propertyName !== 'string')
    throw badRequest('Invalid input JSON: sort needs propertyName');
  return {
    propertyName: s.propertyName,
    direction: s.direction === 'DESCENDING' ? 'DESCENDING' : 'ASCENDING',
  };
}

/** Runs a parsed search: filter groups are OR'ed, filters within a group AND'ed. */
export function runSearch(
  store: CrmStore,
  def: ObjectTypeDef,
  req: SearchRequest,
): { total: number; page: CrmRecord[]; nextAfter?: string } {
  for (const f of req.groups.flat()) {
    if (
      !f.propertyName.startsWith('associations.') &&
      !store.property(def.objectTypeId, f.propertyName)
    )
      throw badRequest(
        `There was a problem with the request: property ${f.propertyName} does not exist`,
      );
  }
  const matches = store
    .records(def.objectTypeId)
    .filter(
      (r) =>
        req.groups.length === 0 || req.groups.some((g) => g.every((f) => test(store, def, r, f))),
    )
    .filter((r) => !req.query || matchesQuery(def, r, req.query));
  sortRecords(store, def, matches, req.sorts);
  const end = Math.min(req.after + req.limit, SEARCH_LIMITS.window);
  const page = matches.slice(req.after, end);
  const nextAfter = end < matches.length && end < SEARCH_LIMITS.window ? String(end) : undefined;
  return { total: matches.length, page, nextAfter };
}

function test(store: CrmStore, def: ObjectTypeDef, rec: CrmRecord, f: Filter): boolean {
  if (f.propertyName.startsWith('associations.')) return testAssociation(store, def, rec, f);
  const prop = store.property(def.objectTypeId, f.propertyName);
  const raw = rec.properties[f.propertyName];
  const has = raw !== undefined && raw !== '';
  const values = has && prop?.fieldType === 'checkbox' ? raw.split(';') : has ? [raw] : [];
  const key = filterKey(prop);
  const eq = (v: string): boolean => values.some((x) => key(x) === key(v));
  // IN on a string property matches the lower-cased value against the values as given.
  const inList = (v: string): boolean =>
    prop?.type === 'string' ? values.some((x) => x.toLowerCase() === v) : eq(v);
  const cmp = (pred: (a: number | string, b: number | string) => boolean): boolean =>
    has && pred(key(raw), key(f.value ?? ''));
  switch (f.operator) {
    case 'EQ':
      return eq(f.value ?? '');
    case 'NEQ':
      return !eq(f.value ?? '');
    case 'LT':
      return cmp((a, b) => a < b);
    case 'LTE':
      return cmp((a, b) => a <= b);
    case 'GT':
      return cmp((a, b) => a > b);
    case 'GTE':
      return cmp((a, b) => a >= b);
    case 'BETWEEN':
      return has && key(raw) >= key(f.value ?? '') && key(raw) <= key(f.highValue ?? '');
    case 'IN':
      return f.values.some(inList);
    case 'NOT_IN':
      return !f.values.some(inList);
    case 'HAS_PROPERTY':
      return has;
    case 'NOT_HAS_PROPERTY':
      return !has;
    case 'CONTAINS_TOKEN':
      return has && containsToken(raw, f.value ?? '');
    case 'NOT_CONTAINS_TOKEN':
      return !has || !containsToken(raw, f.value ?? '');
  }
}

/**
 * How a filter compares values: enumerations exactly (HubSpot's option values are
 * case-sensitive), strings without case, numbers and dates by value.
 */
function filterKey(prop: PropertyDef | undefined): (v: string) => number | string {
  if (prop?.type === 'enumeration') return (v) => v;
  return (v) => comparable(prop, v);
}

/** `associations.<type>` filters: the record is linked to one of the given ids. */
function testAssociation(store: CrmStore, def: ObjectTypeDef, rec: CrmRecord, f: Filter): boolean {
  const to = store.findType(f.propertyName.slice('associations.'.length));
  if (!to) throw badRequest(`Unable to infer object type from: ${f.propertyName}`);
  const linked = new Set(
    store.associated(def.objectTypeId, rec.id, to.objectTypeId).map((l) => l.toId),
  );
  const wanted = f.operator === 'IN' || f.operator === 'NOT_IN' ? f.values : [f.value ?? ''];
  const any = wanted.some((id) => linked.has(id));
  if (f.operator === 'EQ' || f.operator === 'IN') return any;
  if (f.operator === 'NEQ' || f.operator === 'NOT_IN') return !any;
  if (f.operator === 'HAS_PROPERTY') return linked.size > 0;
  if (f.operator === 'NOT_HAS_PROPERTY') return linked.size === 0;
  throw badRequest(`Operator ${f.operator} is not supported on ${f.propertyName}`);
}

/** Token match with `*` wildcards, case-insensitive, on the whole value or any word in it. */
function containsToken(value: string, token: string): boolean {
  const escaped = token
    .toLowerCase()
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*');
  const re = new RegExp(`^${escaped}$`);
  const v = value.toLowerCase();
  return re.test(v) || v.split(/[\s,;]+/).some((w) => re.test(w));
}

function matchesQuery(def: ObjectTypeDef, rec: CrmRecord, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = def.searchableProperties.map((p) => (rec.properties[p] ?? '').toLowerCase());
  return words.every((w) => haystack.some((h) => h.includes(w)));
}

function sortRecords(
  store: CrmStore,
  def: ObjectTypeDef,
  list: CrmRecord[],
  sorts: SearchRequest['sorts'],
): void {
  const keys = sorts.map((s) => ({ ...s, prop: store.property(def.objectTypeId, s.propertyName) }));
  const byId = (a: CrmRecord, b: CrmRecord): number => Number(a.id) - Number(b.id);
  list.sort((a, b) => {
    for (const k of keys) {
      const c = compareValues(k.prop, a.properties[k.propertyName], b.properties[k.propertyName]);
      if (c !== 0) return k.direction === 'DESCENDING' ? -c : c;
    }
    return byId(a, b);
  });
}

function compareValues(prop: PropertyDef | undefined, a?: string, b?: string): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const x = comparable(prop, a);
  const y = comparable(prop, b);
  return x < y ? -1 : x > y ? 1 : 0;
}
