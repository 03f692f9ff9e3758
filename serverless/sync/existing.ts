import type * as z from 'zod';
import type { syncRunOutput } from '@qbo-invoicing/contract';
import type { SyncObject } from '@qbo-invoicing/contract/catalog';
import type { StoredConnection } from '../hubspot/stores/connections';
import { AppError } from '../lib/errors';
import type { WarmCache } from '../lib/warm-cache';
import { select, type Customer, type Item, type QboCompany } from '../quickbooks';
import type { OperationContext } from '../runtime/dispatch';
import { syncCustomers } from './contacts';
import { CUSTOMER_KEY, ITEM_KEY } from '../hubspot/definitions';
import { appendToLog } from './log';
import { snapshotLookup } from './lookup';
import { loadPlan } from './mappings-plan';
import { syncItems } from './products';
import { readSyncSettings, readSyncState, type RecordSyncState } from './settings';
import { Tally } from './tally';

/**
 * QuickBooks records read per step: one query of 1,000, the most a QuickBooks query returns
 * (https://developer.intuit.com/app/developer/qbo/docs/learn/explore-the-quickbooks-online-api/data-queries),
 * so 10,000 customers and 5,000 items take 15 queries; HubSpot's writes then go 100 a batch.
 */
export const EXISTING_PAGE = 1_000;
/**
 * Records synced per step: large enough that HubSpot's batches of 100 go full (a step of 200 with
 * one customer in five buying for a company sends a company batch of 40), small enough that its
 * HubSpot work fits the reserve below.
 */
export const EXISTING_STEP = 500;
/** A QuickBooks page read by one call stays for the next call of the same run, this long. */
const PAGE_TTL_MS = 2 * 60_000;

const pageKey = (realmId: string, object: SyncObject) => `sync:existing-page:${realmId}:${object}`;

/**
 * The QuickBooks page holding this position: the one the last call of the run read (kept in the
 * warm function), else a query of 1,000 from the position. A run of 15,000 records thus reads
 * QuickBooks 15 times however many calls its HubSpot work takes.
 */
async function readPage(
  qbo: QboCompany,
  cache: WarmCache,
  realmId: string,
  position: { object: SyncObject; startPosition: number },
  deadline: number,
): Promise<{ start: number; rows: Array<Customer | Item>; next: number | undefined }> {
  const key = pageKey(realmId, position.object);
  type Cached = { start: number; rows: Array<Customer | Item>; next: number | undefined };
  const cached = cache.get<Cached>(key, PAGE_TTL_MS);
  if (
    cached &&
    position.startPosition >= cached.start &&
    position.startPosition < cached.start + cached.rows.length
  )
    return cached;
  const entity = position.object === 'contacts' ? 'Customer' : 'Item';
  const query = select(entity)
    .in('Active', [true, false])
    .orderBy('Id')
    .startPosition(position.startPosition)
    .maxResults(EXISTING_PAGE);
  const page =
    position.object === 'contacts'
      ? await qbo.customers.page(query as ReturnType<typeof select<'Customer'>>, { deadline })
      : await qbo.items.page(query as ReturnType<typeof select<'Item'>>, { deadline });
  return cache.set(key, {
    start: position.startPosition,
    rows: page.rows,
    next: page.nextStartPosition,
  });
}

/** A run stops starting new steps this long before the call's deadline. */
export const STEP_RESERVE_MS = 4_000;

/**
 * sync.run: brings in the company's existing customers and items, a page at a time while the call
 * has time. A dry run counts what would be created, updated, matched and skipped and writes
 * nothing; a real run saves where it stopped on the connection record, so the next call (the
 * settings page calls again until `complete`) resumes there. Rules come from the saved settings.
 */
export async function runExisting(
  input: { realmId: string; dryRun: boolean; objects: SyncObject[] },
  context: OperationContext,
): Promise<z.infer<typeof syncRunOutput>> {
  const { services } = context;
  // A real run adds its decisions to the log: read it with the connection (one HubSpot call).
  const connection = await context.services.connections.require(input.realmId, {
    withSyncLog: !input.dryRun,
  });
  const settings = readSyncSettings(connection.recordSyncSettingsJson);
  const off = input.objects.filter((object) => !settings[object].enabled);
  if (off.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      '{objects, select, contacts {Contact} products {Product} other {Contact and product}} sync is off for this company.',
      {
        fix: 'Turn it on and save the settings first.',
        field: 'input.objects',
        values: { objects: off.length > 1 ? 'both' : (off[0] as string) },
      },
    );
  const qbo = services.quickbooks.forRealm(input.realmId, {
    companyName: connection.companyName,
  });
  const state: RecordSyncState = readSyncState(connection.recordSyncStateJson);
  // A dry run always counts from the start; a real run resumes where the last call stopped.
  let position =
    !input.dryRun && state.existing && input.objects.includes(state.existing.object)
      ? state.existing
      : { object: input.objects[0] as SyncObject, startPosition: 1 };
  const tally = new Tally();
  let complete = false;
  // Small portals are read whole once per call instead of looked up page by page (lookup.ts).
  const lookup = await snapshotLookup(services.crm, services.cache, [
    ...(input.objects.includes('contacts')
      ? [
          { type: 'contacts', properties: [CUSTOMER_KEY, 'email'] },
          { type: 'companies', properties: ['name', 'domain'] },
        ]
      : []),
    ...(input.objects.includes('products')
      ? [{ type: 'products', properties: [ITEM_KEY, 'name', 'hs_sku'] }]
      : []),
  ]);
  const base = {
    lookup,
    crm: services.crm,
    qbo,
    realmId: input.realmId,
    dryRun: input.dryRun,
    deadline: context.deadline,
  };
  const plans = {
    contacts: input.objects.includes('contacts')
      ? await loadPlan(services, 'contacts', settings.contacts.mappings)
      : undefined,
    products: input.objects.includes('products')
      ? await loadPlan(services, 'products', settings.products.mappings)
      : undefined,
  };
  while (services.clock.now() < context.deadline - STEP_RESERVE_MS) {
    const page = await readPage(qbo, services.cache, input.realmId, position, context.deadline);
    const offset = position.startPosition - page.start;
    const rows = page.rows.slice(offset, offset + EXISTING_STEP);
    if (position.object === 'contacts')
      tally.merge(
        await syncCustomers(rows as Customer[], {
          ...base,
          rules: settings.contacts,
          mappings: plans.contacts,
        }),
      );
    else
      tally.merge(
        await syncItems(
          (rows as Item[]).map((item) => ({ item })),
          { ...base, rules: settings.products, mappings: plans.products },
        ),
      );
    const following = input.objects[input.objects.indexOf(position.object) + 1];
    if (offset + rows.length < page.rows.length)
      position = { ...position, startPosition: position.startPosition + rows.length };
    else if (page.next !== undefined)
      position = { object: position.object, startPosition: page.next };
    else if (following) position = { object: following, startPosition: 1 };
    else {
      complete = true;
      break;
    }
  }
  // A finished run leaves no page behind: the next run reads QuickBooks as it is then.
  if (complete)
    for (const object of input.objects) services.cache.delete(pageKey(input.realmId, object));
  if (!input.dryRun)
    await saveProgress(context, connection, state, complete ? null : position, tally);
  return {
    realmId: input.realmId,
    dryRun: input.dryRun,
    counts: tally.counts,
    complete,
    reasons: tally.reasonsIn(context.words),
  };
}

/**
 * Saved once per call, in one HubSpot write: where to resume when the budget stopped the call (a
 * call that dies before saving is done again from where the last one stopped; writes are upserts),
 * or the finished run's cleared resume point, with the call's decisions added to the sync log.
 */
async function saveProgress(
  context: OperationContext,
  connection: StoredConnection,
  state: RecordSyncState,
  resume: RecordSyncState['existing'],
  tally: Tally,
): Promise<void> {
  const { services } = context;
  const moved = resume !== null || state.existing !== null;
  const logged = tally.decisions.length > 0;
  if (!moved && !logged) return;
  const log = logged
    ? appendToLog(
        await services.connections.readRecordSyncLog(connection),
        tally.decisions,
        services.clock.now(),
      )
    : undefined;
  await services.connections.saveRecordSync(connection, {
    recordSyncStateJson: JSON.stringify({ ...state, existing: resume }),
    ...(log !== undefined ? { recordSyncLogJson: log } : {}),
  });
}
