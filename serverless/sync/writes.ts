import type { SyncCounts } from '@qbo-invoicing/contract';
import type { Crm } from '../hubspot/crm';
import type { Tally } from './tally';

/** One HubSpot write the sync decided on. */
export interface PlannedWrite {
  /** The unique value (upsert) or the HubSpot record id (update, archive). */
  id: string;
  properties: Record<string, string>;
  outcome: keyof SyncCounts;
}

const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : 'HubSpot did not accept the write.';

/**
 * Creates or updates by a unique property, 100 to a call. HubSpot's 207 partial answers count
 * each refused record as failed with HubSpot's reason; the saved ones count as planned. A retry
 * upserts by the same key, so it can never make a second record.
 */
export async function upsertAll(
  crm: Crm,
  type: string,
  idProperty: string,
  writes: PlannedWrite[],
  tally: Tally,
): Promise<Array<{ write: PlannedWrite; recordId: string }>> {
  if (writes.length === 0) return [];
  try {
    const outcome = await crm.batchUpsert(
      type,
      idProperty,
      writes.map((w) => ({ id: w.id, properties: w.properties })),
    );
    for (const failure of outcome.failed) tally.fail(failure.message);
    const unanswered = writes.length - outcome.saved.length - outcome.failed.length;
    if (unanswered > 0) tally.fail('HubSpot did not answer for this record', unanswered);
    return outcome.saved.map((saved) => {
      const write = writes[saved.index]!;
      tally.add(write.outcome);
      return { write, recordId: saved.id };
    });
  } catch (error) {
    tally.fail(messageOf(error), writes.length);
    return [];
  }
}

/** Updates records by HubSpot id; a refused batch counts each of its records as failed. */
export async function updateAll(
  crm: Crm,
  type: string,
  writes: PlannedWrite[],
  tally: Tally,
): Promise<Array<{ write: PlannedWrite; recordId: string }>> {
  if (writes.length === 0) return [];
  try {
    await crm.batchUpdate(
      type,
      writes.map((w) => ({ id: w.id, properties: w.properties })),
    );
    for (const write of writes) tally.add(write.outcome);
    return writes.map((write) => ({ write, recordId: write.id }));
  } catch (error) {
    tally.fail(messageOf(error), writes.length);
    return [];
  }
}

export async function archiveAll(crm: Crm, type: string, ids: string[], tally: Tally) {
  if (ids.length === 0) return;
  try {
    await crm.batchArchive(type, ids);
    tally.add('archived', ids.length);
  } catch (error) {
    tally.fail(messageOf(error), ids.length);
  }
}
