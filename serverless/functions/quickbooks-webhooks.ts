import { handleDelivery } from '../invoices/webhook';
import { createEndpoint, type EndpointHandlers, type EndpointResponse } from '../runtime/endpoint';

/**
 * App function "quickbooks-webhooks-function", a public endpoint: Intuit posts QuickBooks'
 * change notifications here (docs/deploy.md says how to register it). Needs a portal that
 * allows public function endpoints; without one, Sync now and card opens catch up instead.
 */
const json = (statusCode: number, error: string): EndpointResponse => ({
  statusCode,
  headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  body: JSON.stringify({ error }),
});

export const webhookHandlers: EndpointHandlers = {
  handle: (request, services) => handleDelivery(request, services),
  // A missing verifier secret: Intuit retries later, by which time it may be set.
  refused: (error) => json(503, error.message),
  failed: () => json(500, 'Something went wrong on our side.'),
};

export const main = createEndpoint(webhookHandlers);
