import type { Handlers } from '../runtime/dispatch';
import { createDraft } from './create';
import { createItem, itemChoices } from './create-item';
import { createCustomer } from './customers';
import { getDefaultItem, saveDefaultItem } from './default-item';
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
  'items.choices': itemChoices,
  'items.create': createItem,
  'wizard.review': review,
  'invoices.createDraft': createDraft,
} satisfies Partial<Handlers<'invoices'>>;

/** The settings page's default item for lines that match no QuickBooks item. */
export const defaultItemHandlers = {
  'items.default.get': getDefaultItem,
  'items.default.save': saveDefaultItem,
  'items.default.search': searchItems,
} satisfies Partial<Handlers<'admin'>>;
