import { createFunction, lazyHandlers } from '../runtime/dispatch';
import { settingsMessages } from '../runtime/messages';

/** Each feature's handlers load on the first call that needs them (see docs/benchmarks.md). */
export const adminHandlers = {
  'messages.settings': settingsMessages,
  ...lazyHandlers<'admin', 'setup.status' | 'setup.run'>(
    ['setup.status', 'setup.run'],
    async () => (await import('../setup/handlers')).setupHandlers,
  ),
  ...lazyHandlers<
    'admin',
    | 'connections.list'
    | 'connections.startConnect'
    | 'connections.complete'
    | 'connections.test'
    | 'connections.disconnect'
  >(
    [
      'connections.list',
      'connections.startConnect',
      'connections.complete',
      'connections.test',
      'connections.disconnect',
    ],
    async () => (await import('../connections/handlers')).connectionHandlers,
  ),
  ...lazyHandlers<
    'admin',
    | 'invoices.syncNow'
    | 'reminders.get'
    | 'reminders.save'
    | 'backfill.dryRun'
    | 'backfill.run'
    | 'backfill.status'
    | 'backfill.resolve'
  >(
    [
      'invoices.syncNow',
      'reminders.get',
      'reminders.save',
      'backfill.dryRun',
      'backfill.run',
      'backfill.status',
      'backfill.resolve',
    ],
    async () => (await import('../invoices/admin-handlers')).invoiceAdminHandlers,
  ),
  ...lazyHandlers<'admin', 'items.default.get' | 'items.default.save' | 'items.default.search'>(
    ['items.default.get', 'items.default.save', 'items.default.search'],
    async () => (await import('../wizard/handlers')).defaultItemHandlers,
  ),
  ...lazyHandlers<
    'admin',
    | 'sync.settings.get'
    | 'sync.settings.save'
    | 'sync.run'
    | 'sync.catchUp'
    | 'sync.log.list'
    | 'sync.log.retry'
  >(
    [
      'sync.settings.get',
      'sync.settings.save',
      'sync.run',
      'sync.catchUp',
      'sync.log.list',
      'sync.log.retry',
    ],
    async () => (await import('../sync/handlers')).syncHandlers,
  ),
  ...lazyHandlers<'admin', 'sync.mappings.get' | 'sync.mappings.save' | 'sync.mappings.preview'>(
    ['sync.mappings.get', 'sync.mappings.save', 'sync.mappings.preview'],
    async () => (await import('../sync/mappings-handlers')).mappingHandlers,
  ),
};

/** App function "admin-function": what the settings page calls. */
export const main = createFunction('admin', adminHandlers);
