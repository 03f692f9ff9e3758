import type * as z from 'zod';
import type { OperationName } from './catalog';

export interface OperationSchemas {
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * An operation's schemas, built on first use. Each group of schemas is a module of its own,
 * loaded by dynamic import: a function's cold start builds none of them, and a call builds only
 * its own group's module (esbuild keeps a module that is only imported dynamically uninitialised
 * until the import runs, so nothing in a function may import the schema modules statically).
 */
export const loadOperationSchemas: {
  [N in OperationName]: () => Promise<OperationSchemas>;
} = {
  'invoices.listForRecord': async () => {
    const { listForRecordInput, listForRecordOutput } = await import('./invoices');
    return { input: listForRecordInput, output: listForRecordOutput };
  },
  'invoices.preview': async () => {
    const { previewInput, previewOutput } = await import('./invoices');
    return { input: previewInput, output: previewOutput };
  },
  'invoices.send': async () => {
    const { sendInput, sendOutput } = await import('./invoices');
    return { input: sendInput, output: sendOutput };
  },
  'links.suggest': async () => {
    const { linkSuggestInput, linkSuggestOutput } = await import('./linking');
    return { input: linkSuggestInput, output: linkSuggestOutput };
  },
  'links.search': async () => {
    const { linkSearchInput, linkSearchOutput } = await import('./linking');
    return { input: linkSearchInput, output: linkSearchOutput };
  },
  'links.link': async () => {
    const { linkInput, linkOutput } = await import('./linking');
    return { input: linkInput, output: linkOutput };
  },
  'links.unlink': async () => {
    const { unlinkInput, unlinkOutput } = await import('./linking');
    return { input: unlinkInput, output: unlinkOutput };
  },
  'backfill.dryRun': async () => {
    const { backfillDryRunInput, backfillDryRunOutput } = await import('./backfill');
    return { input: backfillDryRunInput, output: backfillDryRunOutput };
  },
  'backfill.run': async () => {
    const { backfillRunInput, backfillProgressOutput } = await import('./backfill');
    return { input: backfillRunInput, output: backfillProgressOutput };
  },
  'backfill.status': async () => {
    const { backfillStatusInput, backfillProgressOutput } = await import('./backfill');
    return { input: backfillStatusInput, output: backfillProgressOutput };
  },
  'backfill.resolve': async () => {
    const { backfillResolveInput, backfillProgressOutput } = await import('./backfill');
    return { input: backfillResolveInput, output: backfillProgressOutput };
  },
  'invoices.syncNow': async () => {
    const { syncNowInput, syncNowOutput } = await import('./invoices');
    return { input: syncNowInput, output: syncNowOutput };
  },
  'reminders.get': async () => {
    const { remindersGetInput, remindersOutput } = await import('./invoices');
    return { input: remindersGetInput, output: remindersOutput };
  },
  'reminders.save': async () => {
    const { remindersSaveInput, remindersOutput } = await import('./invoices');
    return { input: remindersSaveInput, output: remindersOutput };
  },
  'sync.settings.get': async () => {
    const { syncSettingsGetInput, syncSettingsOutput } = await import('./sync');
    return { input: syncSettingsGetInput, output: syncSettingsOutput };
  },
  'sync.settings.save': async () => {
    const { syncSettingsSaveInput, syncSettingsOutput } = await import('./sync');
    return { input: syncSettingsSaveInput, output: syncSettingsOutput };
  },
  'sync.run': async () => {
    const { syncRunInput, syncRunOutput } = await import('./sync');
    return { input: syncRunInput, output: syncRunOutput };
  },
  'sync.mappings.get': async () => {
    const { mappingsGetInput, mappingsGetOutput } = await import('./mapping-schemas');
    return { input: mappingsGetInput, output: mappingsGetOutput };
  },
  'sync.mappings.save': async () => {
    const { mappingsSaveInput, mappingsGetOutput } = await import('./mapping-schemas');
    return { input: mappingsSaveInput, output: mappingsGetOutput };
  },
  'sync.mappings.preview': async () => {
    const { mappingsPreviewInput, mappingsPreviewOutput } = await import('./mapping-schemas');
    return { input: mappingsPreviewInput, output: mappingsPreviewOutput };
  },
  'sync.catchUp': async () => {
    const { syncCatchUpInput, syncRunOutput } = await import('./sync');
    return { input: syncCatchUpInput, output: syncRunOutput };
  },
  'sync.log.list': async () => {
    const { syncLogListInput, syncLogListOutput } = await import('./sync-log');
    return { input: syncLogListInput, output: syncLogListOutput };
  },
  'sync.log.retry': async () => {
    const { syncLogRetryInput, syncLogRetryOutput } = await import('./sync-log');
    return { input: syncLogRetryInput, output: syncLogRetryOutput };
  },
  'sync.recordStatus': async () => {
    const { syncRecordStatusInput, syncRecordStatusOutput } = await import('./sync-log');
    return { input: syncRecordStatusInput, output: syncRecordStatusOutput };
  },
  'sync.recordRetry': async () => {
    const { syncRecordRetryInput, syncRecordStatusOutput } = await import('./sync-log');
    return { input: syncRecordRetryInput, output: syncRecordStatusOutput };
  },
  'wizard.start': async () => {
    const { wizardStartInput, wizardStartOutput } = await import('./wizard');
    return { input: wizardStartInput, output: wizardStartOutput };
  },
  'wizard.prepare': async () => {
    const { wizardPrepareInput, wizardPrepareOutput } = await import('./wizard');
    return { input: wizardPrepareInput, output: wizardPrepareOutput };
  },
  'customers.search': async () => {
    const { searchInput, customerSearchOutput } = await import('./wizard');
    return { input: searchInput, output: customerSearchOutput };
  },
  'customers.create': async () => {
    const { customerCreateInput, customerCreateOutput } = await import('./wizard');
    return { input: customerCreateInput, output: customerCreateOutput };
  },
  'items.search': async () => {
    const { searchInput, itemSearchOutput } = await import('./wizard');
    return { input: searchInput, output: itemSearchOutput };
  },
  'items.choices': async () => {
    const { itemChoicesInput, itemChoicesOutput } = await import('./items');
    return { input: itemChoicesInput, output: itemChoicesOutput };
  },
  'items.create': async () => {
    const { itemCreateInput, itemCreateOutput } = await import('./items');
    return { input: itemCreateInput, output: itemCreateOutput };
  },
  'items.default.get': async () => {
    const { defaultItemGetInput, defaultItemOutput } = await import('./items');
    return { input: defaultItemGetInput, output: defaultItemOutput };
  },
  'items.default.save': async () => {
    const { defaultItemSaveInput, defaultItemOutput } = await import('./items');
    return { input: defaultItemSaveInput, output: defaultItemOutput };
  },
  'items.default.search': async () => {
    const { searchInput, itemSearchOutput } = await import('./wizard');
    return { input: searchInput, output: itemSearchOutput };
  },
  'wizard.review': async () => {
    const { wizardReviewInput, wizardReviewOutput } = await import('./wizard');
    return { input: wizardReviewInput, output: wizardReviewOutput };
  },
  'invoices.createDraft': async () => {
    const { createDraftInput, createDraftOutput } = await import('./wizard');
    return { input: createDraftInput, output: createDraftOutput };
  },
  'setup.status': async () => {
    const { setupStatusInput, setupStatusSchema } = await import('./setup');
    return { input: setupStatusInput, output: setupStatusSchema };
  },
  'setup.run': async () => {
    const { setupRunInput, setupRunOutput } = await import('./setup');
    return { input: setupRunInput, output: setupRunOutput };
  },
  'connections.list': async () => {
    const { connectionsListInput, connectionsListOutput } = await import('./connections');
    return { input: connectionsListInput, output: connectionsListOutput };
  },
  'connections.startConnect': async () => {
    const { startConnectInput, startConnectOutput } = await import('./connections');
    return { input: startConnectInput, output: startConnectOutput };
  },
  'connections.complete': async () => {
    const { completeConnectInput, completeConnectOutput } = await import('./connections');
    return { input: completeConnectInput, output: completeConnectOutput };
  },
  'connections.test': async () => {
    const { realmInput, testConnectionOutput } = await import('./connections');
    return { input: realmInput, output: testConnectionOutput };
  },
  'connections.disconnect': async () => {
    const { disconnectInput, disconnectOutput } = await import('./connections');
    return { input: disconnectInput, output: disconnectOutput };
  },
  'messages.card': async () => {
    const { messagesInput, messagesOutput } = await import('./messages');
    return { input: messagesInput, output: messagesOutput };
  },
  'messages.settings': async () => {
    const { messagesInput, messagesOutput } = await import('./messages');
    return { input: messagesInput, output: messagesOutput };
  },
};
