import type { Handlers } from '../runtime/dispatch';

export const connectionHandlers = {
  'connections.list': async (_input, { services }) => ({
    connections: await services.connectionsService.list(),
  }),
  'connections.startConnect': (_input, { services }) => services.connectionsService.startConnect(),
  'connections.complete': (input, { services }) =>
    services.connectionsService.complete(input.redirectUrl),
  'connections.test': async (input, { services }) => ({
    connection: await services.connectionsService.test(input.realmId),
  }),
  'connections.disconnect': (input, { services }) =>
    services.connectionsService.disconnect(input.realmId, input.confirmCompanyName),
} satisfies Partial<Handlers<'admin'>>;
