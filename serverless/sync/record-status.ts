import type * as z from 'zod';
import type { CustomerSyncLink, syncRecordStatusOutput } from '@qbo-invoicing/contract';
import { CUSTOMER_KEY } from '../hubspot/definitions';
import type { StoredConnection } from '../hubspot/stores/connections';
import { AppError } from '../lib/errors';
import { log as serverLog } from '../lib/log';
import { select } from '../quickbooks';
import type { OperationContext } from '../runtime/dispatch';
import { isOpenFailure, readLog, type LogEntry } from './log';
import { retryEntries } from './retry';

type CardObject = 'contacts' | 'companies';
type Output = z.infer<typeof syncRecordStatusOutput>;

/** A company shows the customers of at most this many of its contacts (one batch read). */
const MAX_CONTACTS = 20;

/** Where a person opens a customer in QuickBooks Online. */
export function quickBooksCustomerUrl(
  environment: 'sandbox' | 'production',
  customerId: string,
): string {
  const host = environment === 'sandbox' ? 'app.sandbox.qbo.intuit.com' : 'app.qbo.intuit.com';
  return `https://${host}/app/customerdetail?nameId=${encodeURIComponent(customerId)}`;
}

const parseKey = (key: string | null | undefined) => {
  const match = /^(\d{1,20}):(\d{1,20})$/.exec(key ?? '');
  return match ? { realmId: match[1]!, customerId: match[2]! } : null;
};

/**
 * The QuickBooks customers a contact or company is linked to, by the "realm:customerId" key the
 * sync writes: the contact's own; a company's own (one the sync created) and its contacts'.
 * The record id is the one HubSpot sent with the call, never one the browser names.
 */
async function linkedCustomers(context: OperationContext, objectType: CardObject) {
  const { crm } = context.services;
  const recordId = context.recordId as string;
  const keys: string[] = [];
  if (objectType === 'contacts') {
    const contact = await crm.getObject('contacts', recordId, [CUSTOMER_KEY]);
    keys.push(contact?.properties[CUSTOMER_KEY] ?? '');
  } else {
    const company = await crm.getWithAssociations(
      'companies',
      recordId,
      [CUSTOMER_KEY],
      ['contacts'],
    );
    keys.push(company?.properties[CUSTOMER_KEY] ?? '');
    const contactIds = (company?.associations.contacts?.results ?? [])
      .map((r) => String(r.id))
      .slice(0, MAX_CONTACTS);
    if (contactIds.length > 0)
      for (const contact of await crm.batchRead('contacts', contactIds, [CUSTOMER_KEY]))
        keys.push(contact.properties[CUSTOMER_KEY] ?? '');
  }
  const unique = new Map<string, { realmId: string; customerId: string }>();
  for (const key of keys) {
    const parsed = parseKey(key);
    if (parsed) unique.set(`${parsed.realmId}:${parsed.customerId}`, parsed);
  }
  return [...unique.values()];
}

/** The newest log entry about a customer (the sync log keeps the newest first). */
const newestAbout = (log: LogEntry[], customerId: string) =>
  log.find((e) => e.object === 'contacts' && e.qboId === customerId) ?? null;

/** Outcomes that wrote the customer to HubSpot. */
const wroteRecord = (outcome: LogEntry['outcome']) =>
  outcome === 'created' || outcome === 'updated' || outcome === 'matched' || outcome === 'inactive';

/** Names QuickBooks has for customers the log does not name; a failure leaves them unnamed. */
async function namesFromQuickBooks(
  context: OperationContext,
  connection: StoredConnection,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  try {
    const qbo = context.services.quickbooks.forRealm(connection.realmId, {
      companyName: connection.companyName,
    });
    const page = await qbo.customers.page(
      select('Customer').in('Id', ids).in('Active', [true, false]),
      { deadline: context.deadline },
    );
    return new Map(page.rows.map((c) => [c.Id, c.DisplayName ?? '']));
  } catch (error) {
    serverLog.warn('Customer names could not be read from QuickBooks for the card', {
      realmId: connection.realmId,
      error: error instanceof Error ? error.name : String(error),
    });
    return new Map();
  }
}

async function statusOf(context: OperationContext, objectType: CardObject): Promise<Output> {
  const customers = await linkedCustomers(context, objectType);
  const links: CustomerSyncLink[] = [];
  for (const realmId of new Set(customers.map((c) => c.realmId))) {
    const connection = await context.services.connections.get(realmId);
    // A company disconnected since: its links are not the card's to show.
    if (!connection) continue;
    const log = readLog(await context.services.connections.readRecordSyncLog(connection));
    const ofRealm = customers.filter((c) => c.realmId === realmId);
    const unnamed = ofRealm
      .filter((c) => !newestAbout(log, c.customerId)?.name)
      .map((c) => c.customerId);
    const names = await namesFromQuickBooks(context, connection, unnamed);
    for (const { customerId } of ofRealm) {
      const newest = newestAbout(log, customerId);
      const lastWrite = log.find(
        (e) => e.object === 'contacts' && e.qboId === customerId && wroteRecord(e.outcome),
      );
      const problem =
        newest && (newest.outcome === 'failed' || newest.outcome === 'skipped') && newest.reason
          ? {
              entryId: newest.id,
              at: newest.at,
              outcome: newest.outcome,
              reason: context.words.t(newest.reason.id, newest.reason.values),
            }
          : null;
      links.push({
        realmId,
        companyName: connection.companyName,
        customerId,
        customerName: newest?.name || names.get(customerId) || customerId,
        quickBooksUrl: quickBooksCustomerUrl(connection.environment, customerId),
        problem,
        lastSyncedAt: lastWrite?.at ?? null,
      });
    }
  }
  return { links };
}

/** sync.recordStatus: the card's contact or company, its QuickBooks customers and sync problems. */
export function recordSyncStatus(
  input: { objectType: CardObject },
  context: OperationContext,
): Promise<Output> {
  return statusOf(context, input.objectType);
}

/**
 * sync.recordRetry: runs the card's last sync problem again (a failure, or a skip the admin may
 * have fixed in QuickBooks since), only when it is about a customer this record is linked to.
 */
export async function retryRecordSync(
  input: { objectType: CardObject; realmId: string; entryId: string },
  context: OperationContext,
): Promise<Output> {
  const customers = await linkedCustomers(context, input.objectType);
  const connection = await context.services.connections.get(input.realmId, { fresh: true });
  const logJson = connection
    ? await context.services.connections.readRecordSyncLog(connection)
    : null;
  const entry = readLog(logJson).find((e) => e.id === input.entryId);
  const ours =
    entry &&
    entry.object === 'contacts' &&
    customers.some((c) => c.realmId === input.realmId && c.customerId === entry.qboId);
  if (!connection || !entry || !ours)
    throw new AppError('NOT_FOUND', 'That sync problem is no longer in the sync log.', {
      fix: 'Reload the card to see the newest sync status.',
    });
  if (entry.outcome !== 'skipped' && !isOpenFailure(entry))
    throw new AppError('CONFLICT', 'Only a failure that was not retried yet can be retried.', {
      fix: 'Reload the sync log to see its newest outcome.',
    });
  await retryEntries(context.services, connection, [entry], context.deadline);
  return statusOf(context, input.objectType);
}
