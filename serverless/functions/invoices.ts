import { invoiceListHandlers } from '../invoices/handlers';
import { createFunction } from '../runtime/dispatch';
import { wizardHandlers } from '../wizard/handlers';

export const invoiceHandlers = { ...invoiceListHandlers, ...wizardHandlers };

/** App function "invoices-function": what the QuickBooks invoices card calls. */
export const main = createFunction('invoices', invoiceHandlers);
