import type { Handlers } from '../runtime/dispatch';

export const setupHandlers = {
  'setup.status': (_input, { services, words }) => services.setup.status(words),
  'setup.run': (_input, { services, words }) => services.setup.run(words),
} satisfies Partial<Handlers<'admin'>>;
