import type { StoredConnection } from '../hubspot/stores/connections';
import { select, type Customer, type Item } from '../quickbooks';
import type { OperationContext } from '../runtime/dispatch';
import { syncCustomers } from './contacts';
import { appendToLog, type LogEntry } from './log';
import { loadPlan } from './mappings-plan';
import { syncItems } from './products';
import { readSyncSettings } from './settings';
import { Tally } from './tally';

type Services = OperationContext['services'];

/** Records one retry reads again: QuickBooks answers at most 100 rows to a query by default. */
export const RETRY_BATCH = 100;

/**
 * Runs logged decisions again: re-reads their QuickBooks customers and items (one query per
 * object) and applies the company's current rules, exactly as the change feed would. A customer
 * QuickBooks no longer returns is taken as inactive, an item as deleted, so the deleting rule
 * decides. The new decisions go to the log, and the entries run again are marked retried, in one
 * write.
 */
export async function retryEntries(
  services: Services,
  connection: StoredConnection,
  entries: LogEntry[],
  deadline: number,
): Promise<{ tally: Tally; logJson: string }> {
  const settings = readSyncSettings(connection.recordSyncSettingsJson);
  const qbo = services.quickbooks.forRealm(connection.realmId, {
    companyName: connection.companyName,
  });
  const context = { crm: services.crm, qbo, realmId: connection.realmId, dryRun: false, deadline };
  const idsOf = (object: LogEntry['object']) => [
    ...new Set(entries.filter((e) => e.object === object).map((e) => e.qboId)),
  ];
  const nameOf = new Map(entries.map((e) => [`${e.object}:${e.qboId}`, e.name]));
  const tally = new Tally();

  const customerIds = idsOf('contacts');
  if (customerIds.length > 0) {
    const page = await qbo.customers.page(
      select('Customer').in('Id', customerIds).in('Active', [true, false]),
      { deadline },
    );
    const found = new Set(page.rows.map((c) => c.Id));
    const gone = customerIds
      .filter((id) => !found.has(id))
      .map(
        (id) =>
          ({ Id: id, DisplayName: nameOf.get(`contacts:${id}`) ?? '', Active: false }) as Customer,
      );
    tally.merge(
      await syncCustomers([...page.rows, ...gone], {
        ...context,
        rules: settings.contacts,
        mappings: await loadPlan(services, 'contacts', settings.contacts.mappings),
      }),
    );
  }
  const itemIds = idsOf('products');
  if (itemIds.length > 0) {
    const page = await qbo.items.page(
      select('Item').in('Id', itemIds).in('Active', [true, false]),
      { deadline },
    );
    const found = new Set(page.rows.map((i) => i.Id));
    const gone = itemIds
      .filter((id) => !found.has(id))
      .map((id) => ({
        item: { Id: id, Name: nameOf.get(`products:${id}`) ?? '' } as Item,
        deleted: true,
      }));
    tally.merge(
      await syncItems([...page.rows.map((item) => ({ item })), ...gone], {
        ...context,
        rules: settings.products,
        mappings: await loadPlan(services, 'products', settings.products.mappings),
      }),
    );
  }
  const logJson = appendToLog(
    await services.connections.readRecordSyncLog(connection),
    tally.decisions,
    services.clock.now(),
    new Set(entries.map((e) => e.id)),
  );
  await services.connections.saveRecordSync(connection, { recordSyncLogJson: logJson });
  return { tally, logJson };
}
