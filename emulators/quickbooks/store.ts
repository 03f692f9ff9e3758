// In-memory books of one QBO company: entity tables, id sequences, tombstones for CDC,
// the closing date, and the requestid replay cache.
import { clone, isObj, type Obj } from './json.js';
import { qboDateTime } from './time.js';

export const ENTITY_NAMES = [
  'CompanyInfo',
  'Preferences',
  'Account',
  'Customer',
  'Vendor',
  'Employee',
  'Item',
  'Term',
  'TaxCode',
  'TaxRate',
  'ExchangeRate',
  'Invoice',
  'Payment',
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

/** Resolves `invoice`, `INVOICE`, `Invoice` to the canonical name. */
export function entityName(raw: string): EntityName | undefined {
  const lower = raw.toLowerCase();
  return ENTITY_NAMES.find((e) => e.toLowerCase() === lower);
}

export interface MetaData {
  CreateTime: string;
  LastUpdatedTime: string;
}

export interface QboEntity extends Obj {
  Id: string;
  SyncToken: string;
  MetaData: MetaData;
  domain: 'QBO';
  sparse: boolean;
}

/** Intuit's webhook operations (Emailed: an invoice, payment or sales form sent by e-mail). */
export type ChangeOperation = 'Create' | 'Update' | 'Delete' | 'Void' | 'Emailed';

export interface ChangeEvent {
  realmId: string;
  entity: EntityName;
  id: string;
  operation: ChangeOperation;
  time: Date;
}

export interface Tombstone {
  entity: EntityName;
  Id: string;
  deletedAt: Date;
}

export interface CachedResponse {
  status: number;
  contentType: string;
  body: string;
}

export interface RealmConfig {
  id: string;
  country: 'US' | 'GB' | 'CA';
  homeCurrency: string;
  currencies: string[];
}

export class RealmStore {
  readonly id: string;
  readonly country: 'US' | 'GB' | 'CA';
  readonly homeCurrency: string;
  currencies: string[];
  closingDate: string | null = null;
  readonly voided = new Set<string>();
  readonly tombstones: Tombstone[] = [];
  readonly replay = new Map<string, CachedResponse>();
  private readonly tables = new Map<EntityName, Map<string, QboEntity>>();
  private readonly counters = new Map<EntityName, number>();

  constructor(
    config: RealmConfig,
    private readonly onChange: (e: ChangeEvent) => void = () => {},
  ) {
    this.id = config.id;
    this.country = config.country;
    this.homeCurrency = config.homeCurrency;
    this.currencies = config.currencies;
  }

  get usTaxModel(): boolean {
    return this.country === 'US';
  }

  private table(entity: EntityName): Map<string, QboEntity> {
    let t = this.tables.get(entity);
    if (!t) {
      t = new Map();
      this.tables.set(entity, t);
    }
    return t;
  }

  /** The stored object itself (not a copy): rules read it, writers go through save(). */
  get(entity: EntityName, id: string): QboEntity | undefined {
    return this.table(entity).get(id);
  }

  list(entity: EntityName): QboEntity[] {
    return [...this.table(entity).values()];
  }

  nextId(entity: EntityName): string {
    const n = (this.counters.get(entity) ?? 0) + 1;
    this.counters.set(entity, n);
    return String(n);
  }

  /** Stores a new object: QBO assigns Id, SyncToken 0 and MetaData. */
  insert(
    entity: EntityName,
    body: Obj,
    now: Date,
    opts: { id?: string; silent?: boolean } = {},
  ): QboEntity {
    const id = opts.id ?? this.nextId(entity);
    const numeric = Number(id);
    if (Number.isInteger(numeric) && numeric > (this.counters.get(entity) ?? 0))
      this.counters.set(entity, numeric);
    const stamp = qboDateTime(now);
    const stored: QboEntity = {
      ...clone(body),
      Id: id,
      SyncToken: '0',
      MetaData: { CreateTime: stamp, LastUpdatedTime: stamp },
      domain: 'QBO',
      sparse: false,
    };
    this.table(entity).set(id, stored);
    if (!opts.silent)
      this.onChange({ realmId: this.id, entity, id, operation: 'Create', time: now });
    return stored;
  }

  /** Replaces a stored object with a new version: SyncToken increments, LastUpdatedTime moves. */
  save(
    entity: EntityName,
    next: Obj,
    now: Date,
    operation: ChangeOperation = 'Update',
    silent = false,
  ): QboEntity {
    const id = String(next.Id);
    const prev = this.table(entity).get(id);
    if (!prev) throw new Error(`save of unknown ${entity} ${id}`);
    const meta = isObj(prev.MetaData)
      ? prev.MetaData
      : { CreateTime: qboDateTime(now), LastUpdatedTime: '' };
    const stored: QboEntity = {
      ...clone(next),
      Id: id,
      SyncToken: String(Number(prev.SyncToken) + 1),
      MetaData: { CreateTime: meta.CreateTime, LastUpdatedTime: qboDateTime(now) },
      domain: 'QBO',
      sparse: false,
    };
    this.table(entity).set(id, stored);
    if (!silent) this.onChange({ realmId: this.id, entity, id, operation, time: now });
    return stored;
  }

  /** Reports a change that is not a new version of its own (an invoice e-mailed). */
  notify(entity: EntityName, id: string, operation: ChangeOperation, now: Date): void {
    this.onChange({ realmId: this.id, entity, id, operation, time: now });
  }

  /** Writes a derived figure (e.g. a customer's Balance) without a new version, as QBO does. */
  touch(entity: EntityName, id: string, patch: Obj): void {
    const prev = this.table(entity).get(id);
    if (prev) Object.assign(prev, patch);
  }

  remove(entity: EntityName, id: string, now: Date): void {
    this.table(entity).delete(id);
    this.tombstones.push({ entity, Id: id, deletedAt: now });
    this.onChange({ realmId: this.id, entity, id, operation: 'Delete', time: now });
  }

  preferences(): QboEntity {
    const p = this.list('Preferences')[0];
    if (!p) throw new Error(`realm ${this.id} has no Preferences`);
    return p;
  }

  private salesForms(): Obj {
    const s = this.preferences().SalesFormsPrefs;
    return isObj(s) ? s : {};
  }

  get customTxnNumbers(): boolean {
    return this.salesForms().CustomTxnNumbers === true;
  }

  get multiCurrency(): boolean {
    const c = this.preferences().CurrencyPrefs;
    return isObj(c) && c.MultiCurrencyEnabled === true;
  }

  defaultTermId(): string | undefined {
    const t = this.salesForms().DefaultTerms;
    return isObj(t) && typeof t.value === 'string' ? t.value : undefined;
  }
}
