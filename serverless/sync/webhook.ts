import { log } from '../lib/log';
import type { OperationContext } from '../runtime/dispatch';
import { catchUpRecords } from './catch-up';

type Services = OperationContext['services'];

/** The QuickBooks entities whose notifications wake contact and product sync. */
export const SYNCED_ENTITIES: readonly string[] = ['Customer', 'Item'];

/**
 * A verified QuickBooks notification named changed customers or items: each connected company's
 * change feed is caught up at once (one QuickBooks call), so the contact or product follows within
 * seconds. The feed's cursor makes a repeated or late notification harmless; what the budget
 * leaves is picked up by the next catch-up.
 */
export async function catchUpNotifiedRealms(
  services: Services,
  realmIds: string[],
  deadline: number,
): Promise<number> {
  let caughtUp = 0;
  for (const realmId of realmIds) {
    if (services.clock.now() >= deadline) break;
    try {
      const connection = await services.connections.get(realmId);
      if (!connection || connection.status === 'needs_reconnect') continue;
      const qbo = services.quickbooks.forRealm(realmId, { companyName: connection.companyName });
      await catchUpRecords(services, connection, qbo, { deadline });
      caughtUp += 1;
    } catch (error) {
      log.warn('Customer and item changes left to the next catch-up', {
        realmId,
        error: error instanceof Error ? error.name : String(error),
      });
    }
  }
  return caughtUp;
}
