import type { Handlers } from '../runtime/dispatch';

export const connectionHandlers = {
  'connections.list': async (_input, { services, words }) => ({
    connections: await services.connectionsService.list(words),
  }),
  'connections.startConnect': (_input, { services, words }) =>
    services.connectionsService.startConnect(words),
  'connections.complete': async (input, { services, words }) => {
    const outcome = await services.connectionsService.complete(input.redirectUrl, words);
    // Notes and tasks no one in particular writes speak the language of the admin who connected.
    const stored = await services.connections.get(outcome.connection.realmId);
    if (stored) await services.connections.saveLanguage(stored, words.locale);
    return outcome;
  },
  'connections.test': async (input, { services, words }) => ({
    connection: await services.connectionsService.test(input.realmId, words),
  }),
  'connections.disconnect': (input, { services, words }) =>
    services.connectionsService.disconnect(input.realmId, input.confirmCompanyName, words),
} satisfies Partial<Handlers<'admin'>>;
