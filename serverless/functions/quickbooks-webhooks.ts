import { createEndpoint, type EndpointHandlers, type EndpointResponse } from '../runtime/endpoint';

/**
 * App function "quickbooks-webhooks-function", a public endpoint: Intuit posts QuickBooks'
 * change notifications here (docs/deploy.md says how to register it). Needs a portal that
 * allows public function endpoints; without one, Sync now and card opens catch up instead.
 */
const json = (statusCode: number, body: unknown): EndpointResponse => ({
  statusCode,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  body: JSON.stringify(body),
});

export const webhookHandlers: EndpointHandlers = {
  async handle(request, services) {
    if (request.method !== 'POST') return json(405, { error: 'Use POST.' });
    // Loaded on the first delivery, not at cold start (as the other functions load their features).
    const [
      { applyDelivery, WEBHOOK_BUDGET_MS },
      { parseDelivery },
      { catchUpNotifiedRealms, SYNCED_ENTITIES },
    ] = await Promise.all([
      import('../invoices/webhook'),
      import('../invoices/webhook-events'),
      import('../sync/webhook'),
    ]);
    const delivery = await applyDelivery(
      request.rawBody,
      request.headers['intuit-signature'],
      services,
    );
    if (delivery.outcome === 'unsigned')
      return json(401, { error: 'The signature does not match this app’s verifier token.' });
    if (delivery.outcome === 'malformed')
      return json(400, { error: 'The body is not a QuickBooks notification.' });
    // Customers and items: contact and product sync catches those companies up from its feed.
    const synced = (parseDelivery(request.rawBody) ?? []).filter((change) =>
      SYNCED_ENTITIES.includes(change.entity),
    );
    if (synced.length > 0)
      await catchUpNotifiedRealms(
        services,
        [...new Set(synced.map((change) => change.realmId))],
        Math.min(services.clock.now() + WEBHOOK_BUDGET_MS, services.deadline),
      );
    // Intuit gets 200 even when some work was left to the next change-feed catch-up.
    const { received, duplicates, applied } = delivery;
    return json(200, { received, duplicates, applied });
  },
  // Intuit's servers read these answers, no person: they stay English, like the logs.
  // A missing verifier secret: Intuit retries later, by which time it may be set.
  refused: (error) => json(503, { error: error.message }),
  failed: () => json(500, { error: 'Something went wrong on our side.' }),
};

export const main = createEndpoint(webhookHandlers);
