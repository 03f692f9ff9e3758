import type { Handlers } from '../runtime/dispatch';

export const connectionHandlers = {
  'connections.list': async (_input, { services }) => ({
    connections: await services.connectionsService.list(),
  }),
  'connections.startConnect': (_input, { services }) => services.connectionsService.startConnect(),
  'connections.complete': async (input, { services, words }) => {
    const outcome = await services.connectionsService.complete(input.redirectUrl);
    // Notes and tasks no one in particular writes speak the language of the admin who connected.
    const stored = await services.connections.get(outcome.connection.realmId);
    if (stored) await services.connections.saveLanguage(stored, words.locale);
    return outcome;
  },
  'connections.test': async (input, { services }) => ({
    connection: await services.connectionsService.test(input.realmId),
  }),
  'connections.disconnect': (input, { services }) =>
    services.connectionsService.disconnect(input.realmId, input.confirmCompanyName),
} satisfies Partial<Handlers<'admin'>>;
