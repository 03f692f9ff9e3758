import Decimal from 'decimal.js';

/**
 * Builds QuickBooks query statements. Every value goes through `quoteValue`; no other code
 * puts user input into a query. Field names are checked against the fields QuickBooks lets us
 * filter and sort on, per entity, so a typo fails here rather than as a 400 from QuickBooks.
 */

const metaData = ['MetaData.CreateTime', 'MetaData.LastUpdatedTime'] as const;

/** Filterable fields, from Intuit's API reference ("filterable" attributes). */
export const filterableFields = {
  Customer: [
    'Id',
    'DisplayName',
    'GivenName',
    'MiddleName',
    'FamilyName',
    'CompanyName',
    'FullyQualifiedName',
    'PrimaryEmailAddr',
    'PrintOnCheckName',
    'Active',
    'Balance',
    'Job',
    ...metaData,
  ],
  Item: ['Id', 'Name', 'FullyQualifiedName', 'Sku', 'Type', 'Active', 'QtyOnHand', ...metaData],
  Account: [
    'Id',
    'Name',
    'FullyQualifiedName',
    'AccountType',
    'AccountSubType',
    'Classification',
    'Active',
    ...metaData,
  ],
  Invoice: [
    'Id',
    'DocNumber',
    'TxnDate',
    'DueDate',
    'CustomerRef',
    'Balance',
    'TotalAmt',
    ...metaData,
  ],
  Payment: ['Id', 'TxnDate', 'CustomerRef', 'TotalAmt', 'PaymentRefNum', ...metaData],
  /** Display names are unique across customers, vendors and employees. */
  Vendor: ['Id', 'DisplayName', 'Active', ...metaData],
  Employee: ['Id', 'DisplayName', 'Active', ...metaData],
  ExchangeRate: ['SourceCurrencyCode', 'TargetCurrencyCode', 'AsOfDate'],
  Term: ['Id', 'Name', 'Active', ...metaData],
  TaxCode: ['Id', 'Name', 'Active', 'Taxable', ...metaData],
  TaxRate: ['Id', 'Name', 'Active', ...metaData],
  CompanyInfo: ['Id', ...metaData],
  Preferences: ['Id', ...metaData],
} as const;

/** Sortable fields (ORDERBY), also from the API reference. */
export const sortableFields = {
  Customer: ['Id', 'DisplayName', 'GivenName', 'FamilyName', 'CompanyName', 'Balance', ...metaData],
  Item: ['Id', 'Name', 'FullyQualifiedName', 'Sku', 'Type', ...metaData],
  Account: ['Id', 'Name', 'FullyQualifiedName', ...metaData],
  Invoice: ['Id', 'DocNumber', 'TxnDate', 'DueDate', 'Balance', 'TotalAmt', ...metaData],
  Payment: ['Id', 'TxnDate', 'TotalAmt', ...metaData],
  Vendor: ['Id', 'DisplayName', ...metaData],
  Employee: ['Id', 'DisplayName', ...metaData],
  ExchangeRate: ['AsOfDate'],
  Term: ['Id', 'Name', ...metaData],
  TaxCode: ['Id', 'Name', ...metaData],
  TaxRate: ['Id', 'Name', ...metaData],
  CompanyInfo: ['Id', ...metaData],
  Preferences: ['Id', ...metaData],
} as const;

export type QueryEntity = keyof typeof filterableFields;
export type FilterableField<E extends QueryEntity> = (typeof filterableFields)[E][number];
export type SortableField<E extends QueryEntity> = (typeof sortableFields)[E][number];
export type ComparisonOperator = '=' | '<' | '>' | '<=' | '>=' | 'LIKE';
/** A `Date` is an instant (MetaData times), written in seconds with an explicit offset. */
export type QueryValue = string | number | boolean | Decimal | Date;

/** QuickBooks returns at most this many rows per query. */
export const maxPageSize = 1000;

/** Escapes a string for a single-quoted query literal: backslash first, then the quote. */
export function escapeQueryString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

export function quoteValue(value: QueryValue): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Query values must be finite numbers`);
    return `'${value}'`;
  }
  if (Decimal.isDecimal(value)) return `'${value.toFixed()}'`;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('Query values must be real dates');
    return `'${value.toISOString().replace(/\.\d{3}Z$/, '+00:00')}'`;
  }
  return `'${escapeQueryString(value)}'`;
}

/**
 * QuickBooks has no escape for a literal `%` inside LIKE, so a `%` in the user's text stays a
 * wildcard there and the rows are checked again here, exactly.
 */
interface LikeCheck {
  field: string;
  kind: 'contains' | 'startsWith' | 'endsWith';
  value: string;
}

interface State {
  entity: QueryEntity;
  conditions: string[];
  likeChecks: LikeCheck[];
  order: string[];
  start: number | undefined;
  max: number | undefined;
}

function assertField(allowed: readonly string[], entity: string, field: string, what: string) {
  if (!allowed.includes(field)) {
    throw new TypeError(`${field} is not a ${what} field of ${entity}`);
  }
}

function assertPositiveInteger(value: number, what: string, max = Number.MAX_SAFE_INTEGER) {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new RangeError(`${what} must be an integer from 1 to ${max}`);
  }
}

/** Reads a dotted path such as `PrimaryEmailAddr.Address` from a row. */
function readPath(row: unknown, path: string): unknown {
  let current: unknown = row;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Fields whose query value is a nested property of the returned object. */
const comparedPath: Record<string, string> = {
  PrimaryEmailAddr: 'PrimaryEmailAddr.Address',
  CustomerRef: 'CustomerRef.value',
};

export class QueryBuilder<E extends QueryEntity> {
  private constructor(private readonly state: State) {}

  static select<E extends QueryEntity>(entity: E): QueryBuilder<E> {
    if (!(entity in filterableFields)) throw new TypeError(`Unknown QuickBooks entity ${entity}`);
    return new QueryBuilder<E>({
      entity,
      conditions: [],
      likeChecks: [],
      order: [],
      start: undefined,
      max: undefined,
    });
  }

  get entity(): E {
    return this.state.entity as E;
  }

  private with(patch: Partial<State>): QueryBuilder<E> {
    return new QueryBuilder<E>({ ...this.state, ...patch });
  }

  private condition(field: string, clause: string, likeCheck?: LikeCheck): QueryBuilder<E> {
    assertField(filterableFields[this.state.entity], this.state.entity, field, 'filterable');
    return this.with({
      conditions: [...this.state.conditions, clause],
      likeChecks: likeCheck ? [...this.state.likeChecks, likeCheck] : this.state.likeChecks,
    });
  }

  /** `field op 'value'`. With LIKE, `%` in `value` is a wildcard: prefer contains/startsWith. */
  where(
    field: FilterableField<E>,
    operator: ComparisonOperator,
    value: QueryValue,
  ): QueryBuilder<E> {
    if (!['=', '<', '>', '<=', '>=', 'LIKE'].includes(operator)) {
      throw new TypeError(`Unsupported operator ${operator}`);
    }
    return this.condition(field, `${field} ${operator} ${quoteValue(value)}`);
  }

  /** `field IN ('a', 'b')`; an empty list can match nothing, so it is refused. */
  in(field: FilterableField<E>, values: readonly QueryValue[]): QueryBuilder<E> {
    if (values.length === 0) throw new RangeError(`IN needs at least one value for ${field}`);
    return this.condition(field, `${field} IN (${values.map(quoteValue).join(', ')})`);
  }

  private like(field: FilterableField<E>, kind: LikeCheck['kind'], value: string): QueryBuilder<E> {
    if (value === '') throw new RangeError(`${kind} needs a non-empty value for ${field}`);
    const escaped = escapeQueryString(value);
    const pattern =
      kind === 'contains' ? `%${escaped}%` : kind === 'startsWith' ? `${escaped}%` : `%${escaped}`;
    const check = value.includes('%') ? { field, kind, value } : undefined;
    return this.condition(field, `${field} LIKE '${pattern}'`, check);
  }

  contains(field: FilterableField<E>, value: string): QueryBuilder<E> {
    return this.like(field, 'contains', value);
  }

  startsWith(field: FilterableField<E>, value: string): QueryBuilder<E> {
    return this.like(field, 'startsWith', value);
  }

  endsWith(field: FilterableField<E>, value: string): QueryBuilder<E> {
    return this.like(field, 'endsWith', value);
  }

  orderBy(field: SortableField<E>, direction: 'ASC' | 'DESC' = 'ASC'): QueryBuilder<E> {
    assertField(sortableFields[this.state.entity], this.state.entity, field, 'sortable');
    if (direction !== 'ASC' && direction !== 'DESC') throw new TypeError('ASC or DESC');
    return this.with({ order: [...this.state.order, `${field} ${direction}`] });
  }

  /** 1-based, like QuickBooks. */
  startPosition(position: number): QueryBuilder<E> {
    assertPositiveInteger(position, 'STARTPOSITION');
    return this.with({ start: position });
  }

  maxResults(count: number): QueryBuilder<E> {
    assertPositiveInteger(count, 'MAXRESULTS', maxPageSize);
    return this.with({ max: count });
  }

  get pageStart(): number | undefined {
    return this.state.start;
  }

  get pageSize(): number | undefined {
    return this.state.max;
  }

  private whereClause(): string {
    return this.state.conditions.length > 0 ? ` WHERE ${this.state.conditions.join(' AND ')}` : '';
  }

  toString(): string {
    let statement = `SELECT * FROM ${this.state.entity}${this.whereClause()}`;
    if (this.state.order.length > 0) statement += ` ORDERBY ${this.state.order.join(', ')}`;
    if (this.state.start !== undefined) statement += ` STARTPOSITION ${this.state.start}`;
    if (this.state.max !== undefined) statement += ` MAXRESULTS ${this.state.max}`;
    return statement;
  }

  /** The same filter as a `count(*)` statement. */
  count(): string {
    return `SELECT count(*) FROM ${this.state.entity}${this.whereClause()}`;
  }

  /** True when rows must be re-checked after QuickBooks answers (a literal `%` was asked for). */
  get needsRefine(): boolean {
    return this.state.likeChecks.length > 0;
  }

  /** Keeps the rows that match the LIKE helpers exactly (QuickBooks compares case-insensitively). */
  refine<T>(rows: readonly T[]): T[] {
    if (!this.needsRefine) return [...rows];
    return rows.filter((row) =>
      this.state.likeChecks.every(({ field, kind, value }) => {
        const actual = readPath(row, comparedPath[field] ?? field);
        if (typeof actual !== 'string') return false;
        const haystack = actual.toLowerCase();
        const needle = value.toLowerCase();
        if (kind === 'contains') return haystack.includes(needle);
        if (kind === 'startsWith') return haystack.startsWith(needle);
        return haystack.endsWith(needle);
      }),
    );
  }
}

export function select<E extends QueryEntity>(entity: E): QueryBuilder<E> {
  return QueryBuilder.select(entity);
}
