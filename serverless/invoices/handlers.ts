import { listForRecord } from './list';
import { preview } from './preview';
import { send } from './send';
import type { Handlers } from '../runtime/dispatch';

/** The record's linked invoices: listing (refreshed from QuickBooks), preview and send. */
export const invoiceListHandlers = {
  'invoices.listForRecord': listForRecord,
  'invoices.preview': preview,
  'invoices.send': send,
} satisfies Partial<Handlers<'invoices'>>;
