import { log } from '../lib/log';
import type { EndpointRequest, EndpointResponse } from '../runtime/endpoint';
import type { Services } from '../runtime/services';
import { paymentApplications } from '../quickbooks';
import { portalToday } from './catch-up';
import { readInvoices, readPayments } from './read-quickbooks';
import { reconcile } from './reconcile';
import { parseDelivery, signatureValid, type EntityChange } from './webhook-events';

/** Intuit waits about 3 s for an answer: the work stops here and the change feed does the rest. */
export const WEBHOOK_BUDGET_MS = 2_000;
/** Event ids remembered per instance, to drop Intuit's redeliveries without any work. */
const SEEN_LIMIT = 5_000;

const json = (statusCode: number, body: unknown): EndpointResponse => ({
  statusCode,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  body: JSON.stringify(body),
});

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

/** Applies one realm's notified invoice and payment changes; false when it could not finish. */
async function applyRealm(
  services: Services,
  realmId: string,
  changes: EntityChange[],
  deadline: number,
): Promise<boolean> {
  const connection = await services.connections.get(realmId);
  // A company that is not connected (or was disconnected) is none of this portal's business.
  if (!connection || connection.status === 'needs_reconnect') return true;
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
  if (linked.length === 0) return true;
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
      invoices: read.invoices,
      deletedIds: [...deletedIds.filter((id) => linkedIds.has(id)), ...read.missingIds],
      voidedIds,
      payments,
      known: linked,
      confirmedAt: new Date(services.clock.now()).toISOString(),
      today: await portalToday(services),
      deadline,
    },
    qbo,
    services,
  );
  return true;
}

/**
 * A QuickBooks webhook delivery. Nothing is read or written before the signature checks out;
 * a forged, truncated or re-signed body gets 401 and touches nothing. Redeliveries of events
 * this instance already applied are dropped. Work that cannot finish in time is left to the
 * next change-feed catch-up (Intuit's order is not guaranteed anyway), and Intuit still gets 200.
 */
export async function handleDelivery(
  request: EndpointRequest,
  services: Services,
): Promise<EndpointResponse> {
  if (request.method !== 'POST') return json(405, { error: 'Use POST.' });
  if (!signatureValid(services.config.webhookVerifier(), request.rawBody, request.headers['intuit-signature']))
    return json(401, { error: 'The signature does not match this app’s verifier token.' });
  const changes = parseDelivery(request.rawBody);
  if (!changes) return json(400, { error: 'The body is not a QuickBooks notification.' });

  const started = services.clock.now();
  const deadline = Math.min(started + WEBHOOK_BUDGET_MS, services.deadline);
  const seen = seenEvents(services);
  const fresh = changes.filter((change) => !seen.has(change.eventId));
  const realms = [...new Set(fresh.map((change) => change.realmId))];
  let applied = 0;
  for (const realmId of realms) {
    const ofRealm = fresh.filter((change) => change.realmId === realmId);
    try {
      if (await applyRealm(services, realmId, ofRealm, deadline)) {
        remember(seen, ofRealm.map((change) => change.eventId), started);
        applied += ofRealm.length;
      }
    } catch (error) {
      log.warn('Webhook changes left to the next catch-up', {
        realmId,
        error: error instanceof Error ? error.name : String(error),
      });
    }
  }
  return json(200, { received: changes.length, duplicates: changes.length - fresh.length, applied });
}
