import { invoiceHandlers } from '../operations/invoices';
import { createFunction } from '../runtime/dispatch';

/** App function "invoices-function": what the QuickBooks invoices card calls. */
export const main = createFunction('invoices', invoiceHandlers);
