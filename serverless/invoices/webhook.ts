import { log } from '../lib/log';
import type { Services } from './services';
import { paymentApplications } from '../quickbooks';
import { portalToday } from './catch-up';
import { readInvoices, readPayments } from './read-quickbooks';
import { reconcile } from './reconcile';
import { parseDelivery, signatureValid, type EntityChange } from './webhook-events';
import { companyWords } from './company-language';

/** Intuit waits about 3 s for an answer: the work stops here and the change feed does the rest. */
export const WEBHOOK_BUDGET_MS = 2_000;
/** Event ids remembered per instance, to drop Intuit's redeliveries without any work. */
const SEEN_LIMIT = 5_000;

/** What became of a delivery: refused before anything was read, or applied as far as time allowed. */
export type DeliveryOutcome =
  | { outcome: 'unsigned' }
  | { outcome: 'malformed' }
  | { outcome: 'applied'; received: number; duplicates: number; applied: number };

function seenEvents(services: Services): Map<string, number> {
  return services.cache.keep('webhook-events-seen', () => new Map<string, number>());
}

function remember(seen: Map<string, number>, ids: string[], at: number) {
  for (const id of ids) seen.set(id, at);
  // Oldest first: a Map iterates in insertion order.
  for (const id of seen.keys()) {
    if (seen.size <= SEEN_LIMIT) break;
    seen.delete(id);
  }
}

/** Applies one realm's notified invoice and payment changes (throws when it cannot finish). */
async function applyRealm(
  services: Services,
  realmId: string,
  changes: EntityChange[],
  deadline: number,
): Promise<void> {
  const connection = await services.connections.get(realmId);
  // A company that is not connected (or was disconnected) is none of this portal's business.
  if (!connection || connection.status === 'needs_reconnect') return;
  const qbo = services.quickbooks.forRealm(realmId, { companyName: connection.companyName });
  const ofEntity = (entity: string) => changes.filter((change) => change.entity === entity);
  const deletedIds = ofEntity('Invoice')
    .filter((change) => change.operation === 'Delete')
    .map((change) => change.id);
  const voidedIds = ofEntity('Invoice')
    .filter((change) => change.operation === 'Void')
    .map((change) => change.id);
  const paymentIds = ofEntity('Payment')
    .filter((change) => change.operation !== 'Delete')
    .map((change) => change.id);
  const payments = paymentIds.length
    ? [...(await readPayments(qbo, paymentIds, { deadline })).values()]
    : [];
  const toRead = new Set([
    ...ofEntity('Invoice')
      .filter((change) => change.operation !== 'Delete')
      .map((change) => change.id),
    ...payments.flatMap((payment) => paymentApplications(payment).map((a) => a.invoiceId)),
  ]);
  for (const id of deletedIds) toRead.delete(id);
  // Only linked invoices matter: the others are not read at all.
  const linked = await services.invoiceLinks.getMany(realmId, [...toRead, ...deletedIds]);
  if (linked.length === 0) return;
  const linkedIds = new Set(linked.map((link) => link.invoiceId));
  const read = await readInvoices(
    qbo,
    [...toRead].filter((id) => linkedIds.has(id)),
    { deadline },
  );
  await reconcile(
    {
      realmId,
      homeCurrency: connection.homeCurrency,
      reminders: connection.reminders,
      invoices: read.invoices,
      deletedIds: [...deletedIds.filter((id) => linkedIds.has(id)), ...read.missingIds],
      voidedIds,
      payments,
      known: linked,
      confirmedAt: new Date(services.clock.now()).toISOString(),
      today: await portalToday(services),
      deadline,
      // A webhook is no one's action: its notes and tasks speak the company's language.
      words: companyWords(connection),
    },
    qbo,
    services,
  );
}

/**
 * A QuickBooks webhook delivery. Nothing is read or written before the signature checks out;
 * a forged, truncated or re-signed body is refused and touches nothing. Redeliveries of events
 * this instance already applied are dropped. Work that cannot finish in time is left to the
 * next change-feed catch-up (Intuit's order is not guaranteed anyway).
 */
export async function applyDelivery(
  rawBody: string,
  signature: string | undefined,
  services: Services,
): Promise<DeliveryOutcome> {
  if (!signatureValid(services.config.webhookVerifier(), rawBody, signature))
    return { outcome: 'unsigned' };
  const changes = parseDelivery(rawBody);
  if (!changes) return { outcome: 'malformed' };

  const started = services.clock.now();
  const deadline = Math.min(started + WEBHOOK_BUDGET_MS, services.deadline);
  const seen = seenEvents(services);
  const fresh = changes.filter((change) => !seen.has(change.eventId));
  const realms = [...new Set(fresh.map((change) => change.realmId))];
  let applied = 0;
  for (const realmId of realms) {
    const ofRealm = fresh.filter((change) => change.realmId === realmId);
    try {
      await applyRealm(services, realmId, ofRealm, deadline);
      remember(
        seen,
        ofRealm.map((change) => change.eventId),
        started,
      );
      applied += ofRealm.length;
    } catch (error) {
      log.warn('Webhook changes left to the next catch-up', {
        realmId,
        error: error instanceof Error ? error.name : String(error),
      });
    }
  }
  return {
    outcome: 'applied',
    received: changes.length,
    duplicates: changes.length - fresh.length,
    applied,
  };
}
