import type { StoredConnection } from '../hubspot/stores/connections';
import type { OperationContext } from '../runtime/dispatch';
import {
  customerSchema,
  itemSchema,
  type CdcEntity,
  type CdcRow,
  type Customer,
  type Item,
  type QboCompany,
  maxCdcLookbackMs,
  maxCdcObjects,
} from '../quickbooks';
import { syncCustomers } from './contacts';
import { appendToLog } from './log';
import { loadPlan } from './mappings-plan';
import { syncItems } from './products';
import { readSyncSettings, readSyncState, type RecordSyncState } from './settings';
import { Tally } from './tally';

/** QuickBooks' change feed looks back 30 days; an hour of margin keeps a cursor safely inside. */
export const CHANGE_FEED_WINDOW_MS = maxCdcLookbackMs - 60 * 60_000;
/** Each catch-up asks again for the last minute: writes are upserts by key, so repeats are harmless. */
export const CHANGE_FEED_OVERLAP_MS = 60_000;

type Services = OperationContext['services'];

export interface RecordCatchUp {
  tally: Tally;
  /** Nothing is left: the cursor reached QuickBooks' present. */
  complete: boolean;
  state: RecordSyncState;
  /** The company's sync log as saved (with this step's decisions in front); undefined: not read. */
  logJson: string | null | undefined;
}

const isDeleted = (row: CdcRow) => row.status === 'Deleted';

/**
 * One step of bringing a company's changed customers and items into HubSpot: QuickBooks' change
 * feed since this feature's own cursor (one QuickBooks call), applied by the company's rules, then
 * the cursor moves. With no cursor yet, or one older than the feed's window, it starts from now
 * (the "from now on" start point; existing records come in through a run over them).
 */
export async function catchUpRecords(
  services: Services,
  connection: StoredConnection,
  qbo: QboCompany,
  options: { deadline: number },
): Promise<RecordCatchUp> {
  const tally = new Tally();
  const settings = readSyncSettings(connection.recordSyncSettingsJson);
  const state = readSyncState(connection.recordSyncStateJson);
  const entities: CdcEntity[] = [
    ...(settings.contacts.enabled ? (['Customer'] as const) : []),
    ...(settings.products.enabled ? (['Item'] as const) : []),
  ];
  const logJson = connection.recordSyncLogJson;
  if (entities.length === 0) return { tally, complete: true, state, logJson };
  const now = services.clock.now();
  const cursorAt = state.cursor ? Date.parse(state.cursor) : NaN;
  if (!Number.isFinite(cursorAt) || now - cursorAt >= CHANGE_FEED_WINDOW_MS) {
    const next = { ...state, cursor: new Date(now).toISOString() };
    await services.connections.saveRecordSync(connection, {
      recordSyncStateJson: JSON.stringify(next),
    });
    return { tally, complete: true, state: next, logJson };
  }
  const feed = await qbo.cdc.changedSince(
    entities,
    new Date(cursorAt - CHANGE_FEED_OVERLAP_MS),
    options,
  );
  const customers: Customer[] = (feed.changes.Customer ?? []).flatMap((row) => {
    if (isDeleted(row)) return [{ Id: row.Id, DisplayName: '', Active: false } as Customer];
    const parsed = customerSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
  const items: Array<{ item: Item; deleted: boolean }> = (feed.changes.Item ?? []).flatMap(
    (row) => {
      if (isDeleted(row))
        return [{ item: { Id: row.Id, Name: '' } as Item, deleted: true as boolean }];
      const parsed = itemSchema.safeParse(row);
      return parsed.success ? [{ item: parsed.data, deleted: false }] : [];
    },
  );
  const context = {
    crm: services.crm,
    qbo,
    realmId: connection.realmId,
    dryRun: false,
    deadline: options.deadline,
  };
  if (customers.length > 0)
    tally.merge(
      await syncCustomers(customers, {
        ...context,
        rules: settings.contacts,
        mappings: await loadPlan(services, 'contacts', settings.contacts.mappings),
      }),
    );
  if (items.length > 0)
    tally.merge(
      await syncItems(items, {
        ...context,
        rules: settings.products,
        mappings: await loadPlan(services, 'products', settings.products.mappings),
      }),
    );

  const rows = [...(feed.changes.Customer ?? []), ...(feed.changes.Item ?? [])];
  const truncated = rows.length >= maxCdcObjects;
  const newest = rows
    .map((row) => Date.parse(row.MetaData?.LastUpdatedTime ?? ''))
    .filter(Number.isFinite)
    .reduce((max, at) => Math.max(max, at), 0);
  const cursor =
    truncated && newest > 0
      ? new Date(newest).toISOString()
      : (feed.time ?? new Date(now).toISOString());
  const next = { ...state, cursor };
  // The step's decisions go to the log in the same write as the cursor: no call of their own.
  // The log is read only when there is something to add to it.
  const nextLog =
    tally.decisions.length > 0
      ? appendToLog(await services.connections.readRecordSyncLog(connection), tally.decisions, now)
      : logJson;
  await services.connections.saveRecordSync(connection, {
    recordSyncStateJson: JSON.stringify(next),
    ...(nextLog !== logJson && nextLog !== undefined ? { recordSyncLogJson: nextLog } : {}),
  });
  return {
    tally,
    complete: !truncated || cursor === state.cursor,
    state: next,
    logJson: nextLog,
  };
}
