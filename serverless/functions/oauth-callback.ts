import { callbackPage } from '../connections/callback-page';
import { languageOfState } from '../connections/oauth-state';
import { sayError } from '../lib/errors';
import { translatorFor } from '../lib/text';
import {
  createEndpoint,
  type EndpointHandlers,
  type EndpointRequest,
  type EndpointResponse,
} from '../runtime/endpoint';

/**
 * App function "oauth-callback-function", a public endpoint: Intuit redirects the admin's browser
 * here after consent, and the connection completes by itself (the same code as pasting the address
 * into the settings page). Needs a portal that allows public function endpoints.
 *
 * The page speaks the language of the admin who pressed Connect: the settings page sent it with
 * `connections.startConnect`, and it came back inside the OAuth `state` Intuit returns unchanged
 * (https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0).
 */
const html = (statusCode: number, body: string): EndpointResponse => ({
  statusCode,
  headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  body,
});

/** The admin's words, from the state: only ever a choice between the product's catalogs. */
const wordsFor = (request: EndpointRequest) =>
  translatorFor(languageOfState(request.query.get('state')));

export const oauthCallbackHandlers: EndpointHandlers = {
  async handle(request, services) {
    const words = wordsFor(request);
    const redirectUrl = `${services.config.quickbooks().redirectUri}?${request.query.toString()}`;
    const { connection, reconnected } = await services.connectionsService.complete(
      redirectUrl,
      words,
    );
    // The state was verified by `complete`: its language is the connecting admin's, which the
    // company's background notes and tasks speak (as when the admin pastes the address instead).
    const stored = await services.connections.get(connection.realmId);
    if (stored) await services.connections.saveLanguage(stored, words.locale);
    const company = connection.companyName;
    return html(
      200,
      callbackPage(
        words.language,
        reconnected
          ? words.t('{company} is reconnected', { company })
          : words.t('{company} is connected', { company }),
        [
          words.t(
            'QuickBooks and HubSpot are connected. You can close this tab, go back to HubSpot and choose Show it here.',
          ),
        ],
      ),
    );
  },
  refused: (error, request) => {
    const words = wordsFor(request);
    const { message, fix } = sayError(error, words);
    return html(
      400,
      callbackPage(words.language, words.t('The QuickBooks company was not connected'), [
        message,
        fix ?? '',
      ]),
    );
  },
  failed: (request) => {
    const words = wordsFor(request);
    return html(
      500,
      callbackPage(words.language, words.t('The QuickBooks company was not connected'), [
        words.t('Something went wrong on our side. Try Connect again from the settings page.'),
      ]),
    );
  },
};

export const main = createEndpoint(oauthCallbackHandlers);
