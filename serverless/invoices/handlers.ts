import { linkExisting, unlinkExisting } from './link-existing';
import { searchLinks, suggestLinks } from './link-candidates';
import { listForRecord } from './list';
import { preview } from './preview';
import { send } from './send';
import type { Handlers } from '../runtime/dispatch';

/** The record's linked invoices: listing (refreshed from QuickBooks), preview, send, link, unlink. */
export const invoiceListHandlers = {
  'invoices.listForRecord': listForRecord,
  'invoices.preview': preview,
  'invoices.send': send,
  'links.suggest': suggestLinks,
  'links.search': searchLinks,
  'links.link': linkExisting,
  'links.unlink': unlinkExisting,
} satisfies Partial<Handlers<'invoices'>>;
