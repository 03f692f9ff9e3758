import type { Handlers } from '../runtime/dispatch';

export const setupHandlers = {
  'setup.status': (_input, { services }) => services.setup.status(),
  'setup.run': (_input, { services }) => services.setup.run(),
} satisfies Partial<Handlers<'admin'>>;
