import { createFunction, lazyHandlers } from '../runtime/dispatch';
import { cardMessages } from '../runtime/messages';

/** Each feature's handlers load on the first call that needs them (see docs/benchmarks.md). */
export const invoiceHandlers = {
  'messages.card': cardMessages,
  ...lazyHandlers<
    'invoices',
    | 'invoices.listForRecord'
    | 'invoices.preview'
    | 'invoices.send'
    | 'links.suggest'
    | 'links.search'
    | 'links.link'
    | 'links.unlink'
  >(
    [
      'invoices.listForRecord',
      'invoices.preview',
      'invoices.send',
      'links.suggest',
      'links.search',
      'links.link',
      'links.unlink',
    ],
    async () => (await import('../invoices/handlers')).invoiceListHandlers,
  ),
  ...lazyHandlers<
    'invoices',
    | 'wizard.start'
    | 'wizard.prepare'
    | 'customers.search'
    | 'customers.create'
    | 'items.search'
    | 'items.choices'
    | 'items.create'
    | 'wizard.review'
    | 'invoices.createDraft'
  >(
    [
      'wizard.start',
      'wizard.prepare',
      'customers.search',
      'customers.create',
      'items.search',
      'items.choices',
      'items.create',
      'wizard.review',
      'invoices.createDraft',
    ],
    async () => (await import('../wizard/handlers')).wizardHandlers,
  ),
  ...lazyHandlers<'invoices', 'sync.recordStatus' | 'sync.recordRetry'>(
    ['sync.recordStatus', 'sync.recordRetry'],
    async () => (await import('../sync/handlers')).syncCardHandlers,
  ),
};

/** App function "invoices-function": what the QuickBooks invoices card calls. */
export const main = createFunction('invoices', invoiceHandlers);
