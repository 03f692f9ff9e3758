import type * as z from 'zod';
import type { syncLogListOutput, syncLogRetryOutput } from '@qbo-invoicing/contract';
import type { SyncObject } from '@qbo-invoicing/contract/catalog';
import { AppError } from '../lib/errors';
import type { OperationContext } from '../runtime/dispatch';
import { isOpenFailure, readLog, type LogEntry, type LogOutcome } from './log';
import { retryEntries, RETRY_BATCH } from './retry';

/**
 * sync.log.list: the company's sync log, newest first, filtered by object and outcome and paged;
 * each reason said in the caller's language.
 */
export async function listSyncLog(
  input: {
    realmId: string;
    object?: SyncObject | undefined;
    outcome?: LogOutcome | undefined;
    offset: number;
    limit: number;
  },
  context: OperationContext,
): Promise<z.infer<typeof syncLogListOutput>> {
  const connection = await context.services.connections.require(input.realmId);
  const log = readLog(await context.services.connections.readRecordSyncLog(connection));
  const ofObject = log.filter((e) => !input.object || e.object === input.object);
  const matching = ofObject.filter((e) => !input.outcome || e.outcome === input.outcome);
  const page = matching.slice(input.offset, input.offset + input.limit);
  const next = input.offset + page.length;
  return {
    realmId: input.realmId,
    entries: page.map((entry) => ({
      id: entry.id,
      at: entry.at,
      object: entry.object,
      outcome: entry.outcome,
      qboId: entry.qboId,
      name: entry.name,
      hubspotId: entry.hubspotId,
      reason: entry.reason ? context.words.t(entry.reason.id, entry.reason.values) : null,
      canRetry: isOpenFailure(entry),
    })),
    total: matching.length,
    nextOffset: next < matching.length ? next : null,
    openFailures: ofObject.filter(isOpenFailure).length,
  };
}

/**
 * sync.log.retry: runs one logged failure again (`entryId`), or the open failures of the company
 * (of one object when given), at most 100 a call; `remaining` says how many are left.
 */
export async function retrySyncLog(
  input: { realmId: string; entryId?: string | undefined; object?: SyncObject | undefined },
  context: OperationContext,
): Promise<z.infer<typeof syncLogRetryOutput>> {
  const connection = await context.services.connections.require(input.realmId);
  const log = readLog(await context.services.connections.readRecordSyncLog(connection));
  let chosen: LogEntry[];
  if (input.entryId) {
    const entry = log.find((e) => e.id === input.entryId);
    if (!entry)
      throw new AppError('NOT_FOUND', 'That sync log entry is no longer in the log.', {
        fix: 'Reload the sync log: it keeps the newest decisions only.',
        field: 'input.entryId',
      });
    if (!isOpenFailure(entry))
      throw new AppError('CONFLICT', 'Only a failure that was not retried yet can be retried.', {
        fix: 'Reload the sync log to see its newest outcome.',
        field: 'input.entryId',
      });
    chosen = [entry];
  } else {
    const open = log.filter(
      (e) => isOpenFailure(e) && (!input.object || e.object === input.object),
    );
    chosen = open.slice(0, RETRY_BATCH);
  }
  const { tally, logJson } = await retryEntries(
    context.services,
    connection,
    chosen,
    context.deadline,
  );
  const remaining = readLog(logJson).filter(
    (e) => isOpenFailure(e) && (!input.object || e.object === input.object),
  );
  // A retry that failed again adds new open failures: what is left are the ones not run yet.
  const retriedNow = new Set(tally.decisions.map((d) => `${d.object}:${d.qboId}`));
  return {
    realmId: input.realmId,
    retried: chosen.length,
    counts: tally.counts,
    reasons: tally.reasonsIn(context.words),
    remaining: input.entryId
      ? 0
      : remaining.filter((e) => !retriedNow.has(`${e.object}:${e.qboId}`)).length,
  };
}
