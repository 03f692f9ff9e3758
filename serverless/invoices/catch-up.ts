import type { StoredConnection, SyncState } from '../hubspot/stores/connections';
import type { InvoiceLink } from '../hubspot/stores/invoice-links';
import { todayIn } from '../invoicing/status';
import {
  invoiceSchema,
  paymentApplications,
  paymentSchema,
  type Invoice,
  type Payment,
  type QboCompany,
  maxCdcLookbackMs,
  maxCdcObjects,
} from '../quickbooks';
import type { Services } from './services';
import { readInvoices } from './read-quickbooks';
import { reconcile } from './reconcile';
import { companyWords } from './company-language';

/** QuickBooks' change feed looks back 30 days; an hour of margin keeps a cursor safely inside. */
export const CHANGE_FEED_WINDOW_MS = maxCdcLookbackMs - 60 * 60_000;
/**
 * A finished catch-up keeps its cursor a minute before QuickBooks' answer time, so the next one
 * asks again for that minute (changes are applied idempotently; a late write is never skipped).
 */
export const CHANGE_FEED_OVERLAP_MS = 60_000;
/** Links re-read per step of a full re-read (one HubSpot search and one QuickBooks query). */
export const FULL_REREAD_PAGE = 200;

export interface CatchUpStep {
  mode: 'changes' | 'full';
  invoicesChecked: number;
  invoicesUpdated: number;
  paymentsNoted: number;
  /** Nothing is left to catch up (the cursor reached QuickBooks' present). */
  complete: boolean;
  sync: SyncState;
}

/** The portal's "today" for calls that do not come from a card (settings, webhooks). */
export async function portalToday(services: Services): Promise<string> {
  const key = `portal-time-zone|${services.config.hubspot().apiBaseUrl}`;
  const zone =
    services.cache.get<string>(key, 60 * 60_000) ??
    services.cache.set(key, (await services.crm.accountDetails()).timeZone || 'UTC');
  return todayIn(zone, new Date(services.clock.now()));
}

/** Whether the change feed can continue from this cursor (it exists and is inside the window). */
export function cursorUsable(sync: SyncState, now: number): boolean {
  if (!sync.cursor || sync.fullReread) return false;
  const at = Date.parse(sync.cursor);
  return Number.isFinite(at) && now - at < CHANGE_FEED_WINDOW_MS;
}

/**
 * Whether the change feed has followed this link since it was last confirmed: if so, the link is
 * true up to the cursor and needs no re-read.
 */
export function covered(link: InvoiceLink, sync: SyncState): boolean {
  if (!sync.cursor || !sync.coveredSince || !link.confirmedAt) return false;
  return Date.parse(link.confirmedAt) >= Date.parse(sync.coveredSince);
}

const isDeleted = (row: { status?: string }) => row.status === 'Deleted';

/**
 * One step of catching a company up with QuickBooks: the change feed since the cursor (one
 * QuickBooks call, plus one when a payment names an invoice the feed did not list), or, with no
 * usable cursor, the next page of a full re-read of the linked invoices, resumable from where the
 * last step stopped. The cursor moves only after the changes are applied.
 */
export async function catchUpStep(
  services: Services,
  connection: StoredConnection,
  qbo: QboCompany,
  options: { today: string; deadline: number },
): Promise<CatchUpStep> {
  const now = services.clock.now();
  if (!cursorUsable(connection.sync, now))
    return fullRereadStep(services, connection, qbo, options);
  const sync = connection.sync;
  const since = new Date(Date.parse(sync.cursor as string));
  const feed = await qbo.cdc.changedSince(['Invoice', 'Payment'], since, {
    deadline: options.deadline,
  });
  const rows = [...feed.changes.Invoice, ...feed.changes.Payment];
  const invoices: Invoice[] = [];
  const deletedIds: string[] = [];
  // A row the feed sent in a shape we cannot read is read again by id, never skipped.
  const unreadable: string[] = [];
  for (const row of feed.changes.Invoice) {
    if (isDeleted(row)) deletedIds.push(row.Id);
    else {
      const parsed = invoiceSchema.safeParse(row);
      if (parsed.success) invoices.push(parsed.data);
      else unreadable.push(row.Id);
    }
  }
  const payments: Payment[] = feed.changes.Payment.flatMap((row) => {
    if (isDeleted(row)) return [];
    const parsed = paymentSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  // A payment changed without its invoice in the feed: read the invoice, its balance moved.
  const listed = new Set([...invoices.map((invoice) => invoice.Id), ...deletedIds]);
  const named = payments.flatMap((payment) =>
    paymentApplications(payment).map((application) => application.invoiceId),
  );
  const missing = [...new Set([...named.filter((id) => !listed.has(id)), ...unreadable])];
  const linkedMissing = (await services.invoiceLinks.getMany(connection.realmId, missing)).map(
    (link) => link.invoiceId,
  );
  if (linkedMissing.length > 0) {
    const extra = await readInvoices(qbo, linkedMissing, { deadline: options.deadline });
    invoices.push(...extra.invoices);
    deletedIds.push(...extra.missingIds);
  }

  const confirmedAt = feed.time ?? new Date(now).toISOString();
  const result = await reconcile(
    {
      realmId: connection.realmId,
      homeCurrency: connection.homeCurrency,
      reminders: connection.reminders,
      invoices,
      deletedIds,
      payments,
      confirmedAt,
      today: options.today,
      deadline: options.deadline,
      words: companyWords(connection),
    },
    qbo,
    services,
  );

  // A full answer may have left changes out: continue from the newest change it did list (that
  // instant is asked again, so changes sharing it are not lost).
  const truncated = rows.length >= maxCdcObjects;
  const newest = rows
    .map((row) => Date.parse(row.MetaData?.LastUpdatedTime ?? ''))
    .filter(Number.isFinite)
    .reduce((max, at) => Math.max(max, at), 0);
  const cursor =
    truncated && newest > 0
      ? new Date(newest).toISOString()
      : new Date(Date.parse(confirmedAt) - CHANGE_FEED_OVERLAP_MS).toISOString();
  // HubSpot hands instants back in its own form: compare the moments.
  const stuck = truncated && Date.parse(cursor) === Date.parse(sync.cursor as string);
  const next: SyncState = !result.complete
    ? // Work left undone (out of time, or a note that failed): the same changes are asked again;
      // what was done is remembered on the links, so only the rest is done.
      sync
    : stuck
      ? // More than a page of changes at one instant: only a full re-read can get past them.
        { ...sync, fullReread: { startedAt: confirmedAt, afterRecordId: null } }
      : { ...sync, cursor };
  await services.connections.saveSync(connection, next);
  return {
    mode: 'changes',
    invoicesChecked: result.links.length,
    invoicesUpdated: result.updated,
    paymentsNoted: result.paymentsNoted,
    complete: !truncated && result.complete,
    sync: next,
  };
}

async function fullRereadStep(
  services: Services,
  connection: StoredConnection,
  qbo: QboCompany,
  options: { today: string; deadline: number },
): Promise<CatchUpStep> {
  const sync = connection.sync;
  const startedAt = sync.fullReread?.startedAt ?? new Date(services.clock.now()).toISOString();
  const page = await services.invoiceLinks.pageForRealm(
    connection.realmId,
    sync.fullReread?.afterRecordId ?? null,
    FULL_REREAD_PAGE,
  );
  let result = { links: [] as InvoiceLink[], updated: 0, paymentsNoted: 0 };
  if (page.links.length > 0) {
    const read = await readInvoices(
      qbo,
      page.links.map((link) => link.invoiceId),
      { deadline: options.deadline },
    );
    result = await reconcile(
      {
        realmId: connection.realmId,
        homeCurrency: connection.homeCurrency,
        reminders: connection.reminders,
        invoices: read.invoices,
        deletedIds: read.missingIds,
        known: page.links,
        confirmUnchanged: true,
        confirmedAt: new Date(services.clock.now()).toISOString(),
        today: options.today,
        deadline: options.deadline,
        words: companyWords(connection),
      },
      qbo,
      services,
    );
  }
  const next: SyncState = page.lastRecordId
    ? { ...sync, fullReread: { startedAt, afterRecordId: page.lastRecordId } }
    : // Every link is confirmed since `startedAt`: the change feed takes over from a minute before.
      {
        cursor: new Date(Date.parse(startedAt) - CHANGE_FEED_OVERLAP_MS).toISOString(),
        coveredSince: startedAt,
        fullReread: null,
      };
  await services.connections.saveSync(connection, next);
  return {
    mode: 'full',
    invoicesChecked: page.links.length,
    invoicesUpdated: result.updated,
    paymentsNoted: result.paymentsNoted,
    complete: page.lastRecordId === null,
    sync: next,
  };
}
