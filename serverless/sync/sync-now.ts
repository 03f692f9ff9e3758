import type * as z from 'zod';
import type { syncRunOutput } from '@qbo-invoicing/contract';
import type { OperationContext } from '../runtime/dispatch';
import { catchUpRecords } from './catch-up';
import { STEP_RESERVE_MS } from './existing';
import { Tally } from './tally';

/**
 * sync.catchUp (the Contacts and Products tabs' Sync now): brings the company's changed customers
 * and items into HubSpot, change-feed step after step while the call has time.
 */
export async function syncChangesNow(
  input: { realmId: string },
  context: OperationContext,
): Promise<z.infer<typeof syncRunOutput>> {
  const { services } = context;
  let connection = await context.services.connections.require(input.realmId);
  const qbo = services.quickbooks.forRealm(input.realmId, {
    companyName: connection.companyName,
  });
  const tally = new Tally();
  let complete = false;
  while (!complete && services.clock.now() < context.deadline - STEP_RESERVE_MS) {
    const step = await catchUpRecords(services, connection, qbo, { deadline: context.deadline });
    tally.merge(step.tally);
    complete = step.complete;
    connection = {
      ...connection,
      recordSyncStateJson: JSON.stringify(step.state),
      ...(step.logJson !== undefined ? { recordSyncLogJson: step.logJson } : {}),
    };
  }
  return {
    realmId: input.realmId,
    dryRun: false,
    counts: tally.counts,
    complete,
    reasons: tally.reasonsIn(context.words),
  };
}
