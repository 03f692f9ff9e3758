import { callbackPage } from '../connections/callback-page';
import { getConfig } from '../config';
import { isAppError } from '../lib/errors';
import { log } from '../lib/log';
import { CALL_BUDGET_MS } from '../runtime/dispatch';
import { Services } from '../runtime/services';

/**
 * App function "oauth-callback-function", a public endpoint: Intuit redirects the admin's browser
 * here after consent, and the connection completes by itself (the same code as pasting the address
 * into the settings page). Needs a portal that allows public function endpoints.
 */
interface EndpointContext {
  params?: Record<string, string | string[] | undefined>;
  query?: Record<string, string | string[] | undefined>;
  secrets?: Record<string, string | undefined>;
}

const html = (statusCode: number, body: string) => ({
  statusCode,
  headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  body,
});

export async function main(context: EndpointContext) {
  const services = new Services(getConfig(context.secrets ?? {}), Date.now() + CALL_BUDGET_MS);
  try {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(context.params ?? context.query ?? {})) {
      const first = Array.isArray(value) ? value[0] : value;
      if (first !== undefined) query.set(key, first);
    }
    const redirectUrl = `${services.config.quickbooks().redirectUri}?${query.toString()}`;
    const { connection, reconnected } = await services.connectionsService.complete(redirectUrl);
    return html(
      200,
      callbackPage(`${connection.companyName} is ${reconnected ? 'reconnected' : 'connected'}`, [
        'QuickBooks and HubSpot are connected. You can close this tab and go back to HubSpot.',
      ]),
    );
  } catch (error) {
    if (isAppError(error)) {
      return html(
        400,
        callbackPage('The QuickBooks company was not connected', [error.message, error.fix ?? '']),
      );
    }
    log.error('OAuth callback failed', {
      error: error instanceof Error ? error.message : String(error),
    });
    return html(
      500,
      callbackPage('The QuickBooks company was not connected', [
        'Something went wrong on our side. Try Connect again from the settings page.',
      ]),
    );
  }
}
