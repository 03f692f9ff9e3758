// Runs a parsed query over a company's entities: filters, the implicit Active filter of name
// lists, ordering, paging, count.
import Decimal from 'decimal.js';
import { faults } from '../faults.js';
import { clone, dec, isObj, type Obj } from '../json.js';
import { entityName, type EntityName, type RealmStore } from '../store.js';
import { instant } from '../time.js';
import { filterableField, sortableField } from './fields.js';
import { parseQuery, type Condition, type Literal } from './parse.js';

export const MAX_RESULTS_LIMIT = 1000;
const DEFAULT_MAX_RESULTS = 100;

type Scalar = string | number | boolean;

function fieldValue(o: Obj, path: string): Scalar | undefined {
  let cur: unknown = o;
  for (const part of path.split('.')) cur = isObj(cur) ? cur[part] : undefined;
  // A reference filters on its id, an email address on its Address.
  if (isObj(cur)) cur = cur.value ?? cur.Address;
  return typeof cur === 'string' || typeof cur === 'number' || typeof cur === 'boolean'
    ? cur
    : undefined;
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

/** Negative, zero or positive, as QBO orders: numbers numerically, dates in time, text ignoring case. */
function compare(a: Scalar, b: Literal): number {
  if (typeof a === 'boolean') {
    const bb = typeof b === 'boolean' ? b : String(b).toLowerCase() === 'true';
    return a === bb ? 0 : a ? 1 : -1;
  }
  const da = dec(a);
  const db = dec(b);
  if (typeof a === 'number' || (da && db)) {
    if (!da || !db) return String(a).localeCompare(String(b));
    return da.comparedTo(db as Decimal);
  }
  const sa = String(a);
  const sb = String(b);
  if (DATE_LIKE.test(sa) && DATE_LIKE.test(sb)) {
    if (sa.length === 10 && sb.length === 10) return sa < sb ? -1 : sa > sb ? 1 : 0;
    return Math.sign(instant(sa) - instant(sb));
  }
  const la = sa.toLowerCase();
  const lb = sb.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : 0;
}

function likeRegex(pattern: string): RegExp {
  const body = pattern
    .split('%')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'is');
}

function matches(o: Obj, c: Condition): boolean {
  const v = fieldValue(o, c.field);
  if (v === undefined) return false;
  const first = c.values[0];
  switch (c.op) {
    case 'LIKE':
      return likeRegex(String(first)).test(String(v));
    case 'IN':
      return c.values.some((x) => compare(v, x) === 0);
    case '=':
      return first !== undefined && compare(v, first) === 0;
    case '<':
      return first !== undefined && compare(v, first) < 0;
    case '>':
      return first !== undefined && compare(v, first) > 0;
    case '<=':
      return first !== undefined && compare(v, first) <= 0;
    case '>=':
      return first !== undefined && compare(v, first) >= 0;
  }
}

function byId(a: Obj, b: Obj): number {
  const na = Number(a.Id);
  const nb = Number(b.Id);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return String(a.Id).localeCompare(String(b.Id));
}

export interface QueryResult {
  entity: EntityName;
  body: Obj;
}

/** Runs `source` and returns the QueryResponse object (without the envelope). */
export function runQuery(realm: RealmStore, source: string): QueryResult {
  const q = parseQuery(source);
  const entity = entityName(q.entity);
  if (!entity) throw faults.queryValidation(`Entity ${q.entity} is not supported or not queryable`);
  const where = q.where.map((c) => {
    const field = filterableField(entity, c.field);
    if (!field)
      throw faults.queryValidation(`property '${c.field}' is not queryable for entity ${entity}`);
    if (c.op === 'LIKE' && !/^[^%]*(%[^%]*)*$/.test(String(c.values[0])))
      throw faults.queryValidation('LIKE supports only % wildcards');
    return { ...c, field };
  });
  const orderBy = q.orderBy.map((o) => {
    const field = sortableField(entity, o.field);
    if (!field)
      throw faults.queryValidation(`property '${o.field}' is not sortable for entity ${entity}`);
    return { ...o, field };
  });
  if (q.maxResults !== undefined && (q.maxResults < 1 || q.maxResults > MAX_RESULTS_LIMIT))
    throw faults.queryValidation(`MAXRESULTS must be between 1 and ${MAX_RESULTS_LIMIT}`);
  if (q.startPosition !== undefined && q.startPosition < 1)
    throw faults.queryValidation('STARTPOSITION must be 1 or more');

  const filtersActive = where.some((c) => c.field === 'Active');
  let rows: Obj[] = realm
    .list(entity)
    .filter((o) => (filtersActive || o.Active !== false) && where.every((c) => matches(o, c)));
  if (q.count) return { entity, body: { totalCount: rows.length } };

  rows = [...rows].sort((a, b) => {
    for (const o of orderBy) {
      const va = fieldValue(a, o.field);
      const vb = fieldValue(b, o.field);
      let r = 0;
      if (va === undefined || vb === undefined) r = va === vb ? 0 : va === undefined ? -1 : 1;
      else r = compare(va, vb);
      if (r !== 0) return o.desc ? -r : r;
    }
    return byId(a, b);
  });
  const start = q.startPosition ?? 1;
  const max = q.maxResults ?? DEFAULT_MAX_RESULTS;
  const page = rows.slice(start - 1, start - 1 + max).map((r) => clone(r));
  if (page.length === 0) return { entity, body: {} };
  return { entity, body: { [entity]: page, startPosition: start, maxResults: page.length } };
}
