import type { Handlers } from '../runtime/dispatch';
import { createDraft } from './create';
import { createCustomer } from './customers';
import { prepare } from './prepare';
import { review } from './review';
import { searchCustomers, searchItems } from './search';
import { start } from './start';

/** The invoice wizard's operations (see docs/wizard.md). */
export const wizardHandlers = {
  'wizard.start': start,
  'wizard.prepare': prepare,
  'customers.search': searchCustomers,
  'customers.create': createCustomer,
  'items.search': searchItems,
  'wizard.review': review,
  'invoices.createDraft': createDraft,
} satisfies Partial<Handlers<'invoices'>>;
