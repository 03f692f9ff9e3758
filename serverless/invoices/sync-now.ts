import type * as z from 'zod';
import type { syncNowOutput } from '@qbo-invoicing/contract';
import type { OperationContext } from '../runtime/dispatch';
import { catchUpStep, portalToday } from './catch-up';

/** Sync now stops starting new steps this long before the call's deadline. */
export const STEP_RESERVE_MS = 4_000;

/**
 * invoices.syncNow (settings page): catches one company up with QuickBooks, step after step
 * while the call has time: the change feed since the cursor, or a full re-read of the linked
 * invoices when there is no usable cursor. What is left is finished by the next Sync now.
 */
export async function syncNow(
  input: { realmId: string },
  context: OperationContext,
): Promise<z.infer<typeof syncNowOutput>> {
  const { services } = context;
  let connection = await services.connections.require(input.realmId);
  const qbo = services.quickbooks.forRealm(input.realmId, {
    companyName: connection.companyName,
  });
  const today = await portalToday(services);
  const totals = { invoicesChecked: 0, invoicesUpdated: 0, paymentsNoted: 0 };
  let mode: 'changes' | 'full' = 'changes';
  let complete = false;
  while (!complete) {
    const step = await catchUpStep(services, connection, qbo, {
      today,
      deadline: context.deadline,
    });
    mode = step.mode === 'full' ? 'full' : mode;
    totals.invoicesChecked += step.invoicesChecked;
    totals.invoicesUpdated += step.invoicesUpdated;
    totals.paymentsNoted += step.paymentsNoted;
    complete = step.complete;
    connection = { ...connection, sync: step.sync };
    if (services.clock.now() > context.deadline - STEP_RESERVE_MS) break;
  }
  return {
    realmId: input.realmId,
    mode,
    ...totals,
    complete,
    syncedThrough: complete ? connection.sync.cursor : null,
  };
}
