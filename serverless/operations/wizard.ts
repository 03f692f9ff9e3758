import { AppError } from '../lib/errors';
import type { Handlers } from '../runtime/dispatch';

const notYet = (op: string) => async (): Promise<never> => {
  throw new AppError('INTERNAL', `${op} is not available yet.`, { retryable: false });
};

/** The invoice wizard's operations. */
export const wizardHandlers = {
  'wizard.start': notYet('Starting the invoice wizard'),
  'wizard.prepare': notYet('Preparing the invoice'),
  'customers.search': notYet('Searching customers'),
  'customers.create': notYet('Creating a customer'),
  'items.search': notYet('Searching products and services'),
  'wizard.review': notYet('Reviewing the invoice'),
  'invoices.createDraft': notYet('Creating the invoice'),
} satisfies Partial<Handlers<'invoices'>>;
