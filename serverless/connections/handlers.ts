import type { Handlers } from '../runtime/dispatch';

export const connectionHandlers = {
  'connections.list': async (_input, { services, words }) => ({
    connections: await services.connectionsService.list(words),
  }),
  'connections.startConnect': (_input, { services, words }) =>
    services.connectionsService.startConnect(words),
  'connections.complete': (input, { services, words }) =>
    services.connectionsService.complete(input.redirectUrl, words),
  'connections.test': async (input, { services, words }) => ({
    connection: await services.connectionsService.test(input.realmId, words),
  }),
  'connections.disconnect': (input, { services, words }) =>
    services.connectionsService.disconnect(input.realmId, input.confirmCompanyName, words),
} satisfies Partial<Handlers<'admin'>>;
