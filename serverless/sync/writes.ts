import type { SyncCounts } from '@qbo-invoicing/contract';
import type { Crm } from '../hubspot/crm';
import { because, failureOf, refusedBy } from './reasons';
import type { Subject, Tally } from './tally';

/** One HubSpot write the sync decided on. */
export interface PlannedWrite {
  /** The unique value (upsert) or the HubSpot record id (update, archive). */
  id: string;
  properties: Record<string, string>;
  outcome: keyof SyncCounts;
  /** The QuickBooks record it is for (what the sync log names). */
  subject: Subject;
}

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
    const answered = new Set<number>();
    for (const failure of outcome.failed) {
      answered.add(failure.index);
      const write = writes[failure.index];
      if (write) tally.fail(refusedBy(failure.message), write.subject);
    }
    const saved = outcome.saved.map((record) => {
      answered.add(record.index);
      const write = writes[record.index]!;
      tally.add(write.outcome, write.subject, record.id);
      return { write, recordId: record.id };
    });
    writes.forEach((write, index) => {
      if (!answered.has(index))
        tally.fail(because('HubSpot did not answer for this record'), write.subject);
    });
    return saved;
  } catch (error) {
    const reason = failureOf(error);
    for (const write of writes) tally.fail(reason, write.subject);
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
    for (const write of writes) tally.add(write.outcome, write.subject, write.id);
    return writes.map((write) => ({ write, recordId: write.id }));
  } catch (error) {
    const reason = failureOf(error);
    for (const write of writes) tally.fail(reason, write.subject);
    return [];
  }
}

/** Archives records by HubSpot id (`id` of each write); a refused batch fails each of them. */
export async function archiveAll(crm: Crm, type: string, writes: PlannedWrite[], tally: Tally) {
  if (writes.length === 0) return;
  try {
    await crm.batchArchive(
      type,
      writes.map((w) => w.id),
    );
    for (const write of writes) tally.add('archived', write.subject, write.id);
  } catch (error) {
    const reason = failureOf(error);
    for (const write of writes) tally.fail(reason, write.subject);
  }
}
