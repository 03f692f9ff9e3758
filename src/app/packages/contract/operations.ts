import type * as z from 'zod';
import type { OperationName } from './catalog';
import { operationRoutes } from './routes';
import {
  listForRecordInput,
  listForRecordOutput,
  previewInput,
  previewOutput,
  remindersGetInput,
  remindersOutput,
  remindersSaveInput,
  sendInput,
  sendOutput,
  syncNowInput,
  syncNowOutput,
} from './invoices';
import {
  backfillDryRunInput,
  backfillDryRunOutput,
  backfillProgressOutput,
  backfillResolveInput,
  backfillRunInput,
  backfillStatusInput,
} from './backfill';
import {
  linkInput,
  linkOutput,
  linkSearchInput,
  linkSearchOutput,
  linkSuggestInput,
  linkSuggestOutput,
  unlinkInput,
  unlinkOutput,
} from './linking';
import {
  completeConnectInput,
  completeConnectOutput,
  connectionsListInput,
  connectionsListOutput,
  disconnectInput,
  disconnectOutput,
  realmInput,
  startConnectInput,
  startConnectOutput,
  testConnectionOutput,
} from './connections';
import {
  createDraftInput,
  createDraftOutput,
  customerCreateInput,
  customerCreateOutput,
  customerSearchOutput,
  itemSearchOutput,
  searchInput,
  wizardPrepareInput,
  wizardPrepareOutput,
  wizardReviewInput,
  wizardReviewOutput,
  wizardStartInput,
  wizardStartOutput,
} from './wizard';
import {
  syncCatchUpInput,
  syncRunInput,
  syncRunOutput,
  syncSettingsGetInput,
  syncSettingsOutput,
  syncSettingsSaveInput,
} from './sync';
import {
  defaultItemGetInput,
  defaultItemOutput,
  defaultItemSaveInput,
  itemChoicesInput,
  itemChoicesOutput,
  itemCreateInput,
  itemCreateOutput,
} from './items';
import {
  syncLogListInput,
  syncLogListOutput,
  syncLogRetryInput,
  syncLogRetryOutput,
  syncRecordRetryInput,
  syncRecordStatusInput,
  syncRecordStatusOutput,
} from './sync-log';
import {
  mappingsGetInput,
  mappingsGetOutput,
  mappingsPreviewInput,
  mappingsPreviewOutput,
  mappingsSaveInput,
} from './mapping-schemas';
import { messagesInput, messagesOutput } from './messages';
import { setupRunInput, setupRunOutput, setupStatusInput, setupStatusSchema } from './setup';

interface OperationDefinition<N extends OperationName, I extends z.ZodType, O extends z.ZodType> {
  group: (typeof operationRoutes)[N]['group'];
  scope: (typeof operationRoutes)[N]['scope'];
  input: I;
  output: O;
}

/** An operation's route (from the catalog) with the schemas its function checks. */
function operation<N extends OperationName, I extends z.ZodType, O extends z.ZodType>(
  name: N,
  input: I,
  output: O,
): OperationDefinition<N, I, O> {
  return { ...operationRoutes[name], input, output };
}

/** Every operation a card or the settings page can call, declared once for both sides. */
export const operations = {
  'invoices.listForRecord': operation(
    'invoices.listForRecord',
    listForRecordInput,
    listForRecordOutput,
  ),
  'wizard.start': operation('wizard.start', wizardStartInput, wizardStartOutput),
  'wizard.prepare': operation('wizard.prepare', wizardPrepareInput, wizardPrepareOutput),
  'customers.search': operation('customers.search', searchInput, customerSearchOutput),
  'customers.create': operation('customers.create', customerCreateInput, customerCreateOutput),
  'items.search': operation('items.search', searchInput, itemSearchOutput),
  'items.choices': operation('items.choices', itemChoicesInput, itemChoicesOutput),
  'items.create': operation('items.create', itemCreateInput, itemCreateOutput),
  'items.default.get': operation('items.default.get', defaultItemGetInput, defaultItemOutput),
  'items.default.save': operation('items.default.save', defaultItemSaveInput, defaultItemOutput),
  'items.default.search': operation('items.default.search', searchInput, itemSearchOutput),
  'wizard.review': operation('wizard.review', wizardReviewInput, wizardReviewOutput),
  'invoices.createDraft': operation('invoices.createDraft', createDraftInput, createDraftOutput),
  'invoices.preview': operation('invoices.preview', previewInput, previewOutput),
  'invoices.send': operation('invoices.send', sendInput, sendOutput),
  'links.suggest': operation('links.suggest', linkSuggestInput, linkSuggestOutput),
  'links.search': operation('links.search', linkSearchInput, linkSearchOutput),
  'links.link': operation('links.link', linkInput, linkOutput),
  'links.unlink': operation('links.unlink', unlinkInput, unlinkOutput),
  'backfill.dryRun': operation('backfill.dryRun', backfillDryRunInput, backfillDryRunOutput),
  'backfill.run': operation('backfill.run', backfillRunInput, backfillProgressOutput),
  'backfill.status': operation('backfill.status', backfillStatusInput, backfillProgressOutput),
  'backfill.resolve': operation('backfill.resolve', backfillResolveInput, backfillProgressOutput),
  'invoices.syncNow': operation('invoices.syncNow', syncNowInput, syncNowOutput),
  'reminders.get': operation('reminders.get', remindersGetInput, remindersOutput),
  'reminders.save': operation('reminders.save', remindersSaveInput, remindersOutput),
  'sync.settings.get': operation('sync.settings.get', syncSettingsGetInput, syncSettingsOutput),
  'sync.settings.save': operation('sync.settings.save', syncSettingsSaveInput, syncSettingsOutput),
  'sync.run': operation('sync.run', syncRunInput, syncRunOutput),
  'sync.catchUp': operation('sync.catchUp', syncCatchUpInput, syncRunOutput),
  'sync.log.list': operation('sync.log.list', syncLogListInput, syncLogListOutput),
  'sync.log.retry': operation('sync.log.retry', syncLogRetryInput, syncLogRetryOutput),
  'sync.recordStatus': operation(
    'sync.recordStatus',
    syncRecordStatusInput,
    syncRecordStatusOutput,
  ),
  'sync.recordRetry': operation('sync.recordRetry', syncRecordRetryInput, syncRecordStatusOutput),
  'sync.mappings.get': operation('sync.mappings.get', mappingsGetInput, mappingsGetOutput),
  'sync.mappings.save': operation('sync.mappings.save', mappingsSaveInput, mappingsGetOutput),
  'sync.mappings.preview': operation(
    'sync.mappings.preview',
    mappingsPreviewInput,
    mappingsPreviewOutput,
  ),
  'setup.status': operation('setup.status', setupStatusInput, setupStatusSchema),
  'setup.run': operation('setup.run', setupRunInput, setupRunOutput),
  'connections.list': operation('connections.list', connectionsListInput, connectionsListOutput),
  'connections.startConnect': operation(
    'connections.startConnect',
    startConnectInput,
    startConnectOutput,
  ),
  'connections.complete': operation(
    'connections.complete',
    completeConnectInput,
    completeConnectOutput,
  ),
  'connections.test': operation('connections.test', realmInput, testConnectionOutput),
  'connections.disconnect': operation('connections.disconnect', disconnectInput, disconnectOutput),
  'messages.card': operation('messages.card', messagesInput, messagesOutput),
  'messages.settings': operation('messages.settings', messagesInput, messagesOutput),
} satisfies { [N in OperationName]: OperationDefinition<N, z.ZodType, z.ZodType> };

export type Operations = typeof operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.infer<Operations[N]['output']>;

/** What a card sends as `parameters`. */
export interface OperationRequest {
  op: OperationName;
  input: unknown;
}
