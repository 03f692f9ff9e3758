// Direct access to a company's books for assertions and seeding, without HTTP.
import { clone, type Obj } from './json.js';
import { createEntity, updateEntity } from './operations.js';
import type { RuleContext } from './rules/context.js';
import type { EntityName, QboEntity, RealmStore, Tombstone } from './store.js';
import type { Customer, Invoice, Item, Payment } from './types.js';

export interface RealmHandle {
  readonly id: string;
  readonly country: 'US' | 'GB' | 'CA';
  readonly homeCurrency: string;
  readonly currencies: string[];
  readonly multiCurrency: boolean;
  readonly customTxnNumbers: boolean;
  readonly closingDate: string | null;
  /** Copies of stored entities. */
  get(entity: EntityName, id: string): QboEntity | undefined;
  list(entity: EntityName): QboEntity[];
  customers(): Customer[];
  items(): Item[];
  invoices(): Invoice[];
  payments(): Payment[];
  voidedInvoiceIds(): string[];
  deleted(): Tombstone[];
  /** Through the same rules as the API (faults are thrown as QboFault); webhooks fire as for API writes. */
  create(entity: EntityName, body: Obj): QboEntity;
  update(entity: EntityName, body: Obj): QboEntity;
  /** Stores an object as given (Id, SyncToken and MetaData assigned), bypassing every rule. */
  insertRaw(entity: EntityName, body: Obj): QboEntity;
  store: RealmStore;
}

export function realmHandle(store: RealmStore, now: () => Date): RealmHandle {
  const ctx = (): RuleContext => ({ realm: store, now: now(), include: new Set() });
  const copies = <T>(entity: EntityName): T[] =>
    store.list(entity).map((e) => clone(e) as unknown as T);
  return {
    id: store.id,
    country: store.country,
    homeCurrency: store.homeCurrency,
    get currencies() {
      return store.currencies;
    },
    get multiCurrency() {
      return store.multiCurrency;
    },
    get customTxnNumbers() {
      return store.customTxnNumbers;
    },
    get closingDate() {
      return store.closingDate;
    },
    get: (entity, id) => {
      const e = store.get(entity, id);
      return e ? clone(e) : undefined;
    },
    list: (entity) => copies<QboEntity>(entity),
    customers: () => copies<Customer>('Customer'),
    items: () => copies<Item>('Item'),
    invoices: () => copies<Invoice>('Invoice'),
    payments: () => copies<Payment>('Payment'),
    voidedInvoiceIds: () => [...store.voided],
    deleted: () => [...store.tombstones],
    create: (entity, body) => createEntity(ctx(), entity, body),
    update: (entity, body) => updateEntity(ctx(), entity, body),
    insertRaw: (entity, body) => clone(store.insert(entity, body, now(), { silent: true })),
    store,
  };
}
