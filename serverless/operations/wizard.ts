import type { Handlers } from '../runtime/dispatch';
import { createDraft } from './wizard/create';
import { createCustomer } from './wizard/customers';
import { prepare } from './wizard/prepare';
import { review } from './wizard/review';
import { searchCustomers, searchItems } from './wizard/search';
import { start } from './wizard/start';

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
