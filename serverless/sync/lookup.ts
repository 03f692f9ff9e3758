import type { Crm, CrmRecord } from '../hubspot/crm';
import type { WarmCache } from '../lib/warm-cache';
import { searchIn } from './search';

/**
 * How the sync finds HubSpot records for a batch of QuickBooks records: by their unique key
 * (linked ones) and by email, SKU or name (matches). Each lookup costs a HubSpot call per 100
 * values, so a run over thousands of records spends most of its calls finding them; a portal that
 * holds fewer records than one page of lookups would cost is read whole once instead.
 */
export interface RecordLookup {
  /** Records whose unique `property` is one of `values` (a batch read by that property). */
  byKey(
    type: string,
    property: string,
    values: string[],
    properties: string[],
  ): Promise<CrmRecord[]>;
  /** Records whose `property` is one of `values`, compared without case (as HubSpot's search). */
  search(
    type: string,
    property: string,
    values: string[],
    properties: string[],
  ): Promise<CrmRecord[]>;
  /** Records this run just wrote, so a later page of the same run finds them. */
  remember(type: string, records: Array<{ id: string; properties: Record<string, string> }>): void;
}

/** Every lookup asks HubSpot (the change feed's small batches). */
export function directLookup(crm: Crm): RecordLookup {
  return {
    byKey: (type, property, values, properties) =>
      crm.batchRead(type, values, properties, property),
    search: (type, property, values, properties) =>
      searchIn(crm, type, property, values, properties),
    remember: () => {},
  };
}

/** HubSpot's search returns at most 200 records a page. */
const SEARCH_PAGE = 200;
/**
 * A type with at most this many records is read whole: 10 search pages, what one page of 1,000
 * QuickBooks records costs in lookups (a key read and a match search per 100).
 */
export const SNAPSHOT_LIMIT = 10 * SEARCH_PAGE;

/** A snapshot serves the calls of one run; a later run reads the portal again. */
const SNAPSHOT_TTL_MS = 60_000;

/**
 * For a run over existing records: each type that holds at most `SNAPSHOT_LIMIT` records in the
 * portal is read whole once (200 a page) and looked up in memory, kept true by what
 * the run writes, and kept for the run's next call for a minute; a larger type is looked up in
 * HubSpot as usual. A record something else writes meanwhile is still safe: writes upsert by the
 * unique key, so none is ever made twice (a contact whose email another call took meanwhile is
 * refused by HubSpot, counted as failed, and linked by the next catch-up or run).
 */
export async function snapshotLookup(
  crm: Crm,
  cache: WarmCache,
  wanted: Array<{ type: string; properties: string[] }>,
): Promise<RecordLookup> {
  const direct = directLookup(crm);
  const snapshots = new Map<string, Map<string, CrmRecord>>();
  for (const { type, properties } of wanted) {
    // The run's next call finds the snapshot it left (with what it wrote) in the warm function.
    const key = `sync:snapshot:${type}:${properties.join(',')}`;
    const kept = cache.get<Map<string, CrmRecord>>(key, SNAPSHOT_TTL_MS);
    if (kept) {
      snapshots.set(type, kept);
      continue;
    }
    // The first page says how many there are: a type too large to read whole costs that call.
    const records = new Map<string, CrmRecord>();
    let after: string | undefined;
    let tooMany = false;
    do {
      const page = await crm.search(type, {
        properties,
        limit: SEARCH_PAGE,
        sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
        ...(after ? { after } : {}),
      });
      tooMany = page.total > SNAPSHOT_LIMIT;
      for (const record of page.results) records.set(record.id, record);
      after = tooMany ? undefined : page.paging?.next?.after;
    } while (after);
    if (tooMany) continue;
    snapshots.set(type, cache.set(key, records));
  }
  const find = (type: string, property: string, values: string[], fold: boolean) => {
    const records = snapshots.get(type)!;
    const key = (value: string) => (fold ? value.toLowerCase() : value);
    const wantedValues = new Set(values.map(key));
    return [...records.values()].filter((record) => {
      const value = record.properties[property];
      return value !== null && value !== undefined && wantedValues.has(key(value));
    });
  };
  return {
    byKey: (type, property, values, properties) =>
      snapshots.has(type)
        ? Promise.resolve(find(type, property, values, false))
        : direct.byKey(type, property, values, properties),
    search: (type, property, values, properties) =>
      snapshots.has(type)
        ? Promise.resolve(find(type, property, values, true))
        : direct.search(type, property, values, properties),
    remember: (type, written) => {
      const records = snapshots.get(type);
      if (!records) return;
      for (const { id, properties } of written) {
        const known = records.get(id);
        records.set(id, { id, properties: { ...known?.properties, ...properties } });
      }
    },
  };
}
