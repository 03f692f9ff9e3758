import { callbackPage } from '../connections/callback-page';
import { createEndpoint, type EndpointHandlers, type EndpointResponse } from '../runtime/endpoint';

/**
 * App function "oauth-callback-function", a public endpoint: Intuit redirects the admin's browser
 * here after consent, and the connection completes by itself (the same code as pasting the address
 * into the settings page). Needs a portal that allows public function endpoints.
 */
const html = (statusCode: number, body: string): EndpointResponse => ({
  statusCode,
  headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  body,
});

const notConnected = 'The QuickBooks company was not connected';

export const oauthCallbackHandlers: EndpointHandlers = {
  async handle(request, services) {
    const redirectUrl = `${services.config.quickbooks().redirectUri}?${request.query.toString()}`;
    const { connection, reconnected } = await services.connectionsService.complete(redirectUrl);
    return html(
      200,
      callbackPage(`${connection.companyName} is ${reconnected ? 'reconnected' : 'connected'}`, [
        'QuickBooks and HubSpot are connected. You can close this tab and go back to HubSpot.',
      ]),
    );
  },
  refused: (error) => html(400, callbackPage(notConnected, [error.message, error.fix ?? ''])),
  failed: () =>
    html(
      500,
      callbackPage(notConnected, [
        'Something went wrong on our side. Try Connect again from the settings page.',
      ]),
    ),
};

export const main = createEndpoint(oauthCallbackHandlers);
