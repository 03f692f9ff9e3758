/**
 * The zod-free part of the contract: the names, codes and labels both sides share, and which
 * function serves each operation. The UI loads only this at run time (and the contract's types,
 * which compile away), so zod stays out of the card and settings bundles; the functions check
 * every input and output against the schemas in `operations.ts`.
 */
export * from './new-customer-rules';
export * from './new-item-rules';
export * from './property-mappings';

/**
 * Whether what the admin typed confirms the company's name (case and surrounding spaces aside): the
 * settings page enables Disconnect on it, and the server refuses a disconnect without it.
 */
export function confirmsName(typed: string, name: string): boolean {
  return typed.trim().toLowerCase() === name.trim().toLowerCase();
}

/** A real calendar date written as YYYY-MM-DD: "2026-02-30" has the shape but is not one. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** The app functions, by the uid of their `*-hsmeta.json`. */
export const functionUids = {
  invoices: 'invoices-function',
  admin: 'admin-function',
} as const;
export type FunctionGroup = keyof typeof functionUids;

/**
 * `record`: the operation acts on the CRM record the card is on, whose id the function takes
 * from `propertiesToSend.hs_object_id` (fetched by HubSpot, so a card cannot forge it).
 */
export type RecordScope = 'record' | 'none';

/**
 * What a card asks HubSpot to send (`propertiesToSend`) with a record-scoped call: the record's id,
 * the create date every record has, and the property that names each type (deals' `dealname`,
 * contacts' `email`, companies' `domain`), with which the function checks the record's type.
 */
export const recordPropertiesToSend = [
  'hs_object_id',
  'createdate',
  'dealname',
  'email',
  'domain',
] as const;

export interface OperationRoute {
  group: FunctionGroup;
  scope: RecordScope;
}

// The three routes there are, each written once: the bundles carry a name per operation, not a
// copy of its route (docs/benchmarks.md, "UI extension bundles").
const onRecord = { group: 'invoices', scope: 'record' } as const;
const invoicesAnywhere = { group: 'invoices', scope: 'none' } as const;
const forAdmin = { group: 'admin', scope: 'none' } as const;

/**
 * The operations the cards call, all on the invoices function, and where each goes. Each function
 * is a dispatcher over one group, so a card warms one function for a whole session of work.
 */
export const cardOperationRoutes = {
  'invoices.listForRecord': onRecord,
  'wizard.start': onRecord,
  'wizard.prepare': onRecord,
  'customers.search': onRecord,
  'customers.create': onRecord,
  'items.search': onRecord,
  'items.choices': onRecord,
  'items.create': onRecord,
  'wizard.review': onRecord,
  'invoices.createDraft': onRecord,
  'invoices.preview': onRecord,
  'invoices.send': onRecord,
  'links.suggest': onRecord,
  'links.search': onRecord,
  'links.link': onRecord,
  'links.unlink': onRecord,
  'sync.recordStatus': onRecord,
  'sync.recordRetry': onRecord,
  'messages.card': invoicesAnywhere,
} as const satisfies Record<string, OperationRoute>;

/** The operations the settings page calls, all on the admin function. */
export const settingsOperationRoutes = {
  'setup.status': forAdmin,
  'setup.run': forAdmin,
  'connections.list': forAdmin,
  'connections.startConnect': forAdmin,
  'connections.complete': forAdmin,
  'connections.test': forAdmin,
  'connections.disconnect': forAdmin,
  'invoices.syncNow': forAdmin,
  'backfill.dryRun': forAdmin,
  'backfill.run': forAdmin,
  'backfill.status': forAdmin,
  'backfill.resolve': forAdmin,
  'reminders.get': forAdmin,
  'reminders.save': forAdmin,
  'items.default.get': forAdmin,
  'items.default.save': forAdmin,
  'items.default.search': forAdmin,
  'sync.settings.get': forAdmin,
  'sync.settings.save': forAdmin,
  'sync.run': forAdmin,
  'sync.catchUp': forAdmin,
  'sync.log.list': forAdmin,
  'sync.log.retry': forAdmin,
  'sync.mappings.get': forAdmin,
  'sync.mappings.save': forAdmin,
  'sync.mappings.preview': forAdmin,
  'messages.settings': forAdmin,
} as const satisfies Record<string, OperationRoute>;

export type OperationName = keyof typeof cardOperationRoutes | keyof typeof settingsOperationRoutes;

export function isOperationName(name: unknown): name is OperationName {
  const has = (table: object) => Object.prototype.hasOwnProperty.call(table, name as string);
  return typeof name === 'string' && (has(cardOperationRoutes) || has(settingsOperationRoutes));
}

/**
 * Every operation answers with an envelope, so the UI can always show a message and knows
 * whether trying again can help.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'NOT_SET_UP',
  'CONFIGURATION',
  'RECONNECT_REQUIRED',
  'QUICKBOOKS_REJECTED',
  'HUBSPOT_REJECTED',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (errorCodes as readonly string[]).includes(code);
}

/** The statuses a rep sees; one pure function on the server decides which applies. */
export const invoiceStatuses = [
  'AWAITING_SEND',
  'SENT',
  'PARTIALLY_PAID',
  'PAID',
  'OVERDUE',
  'VOIDED',
  'DELETED',
] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/** English ids of `@qbo-invoicing/messages` (say them with `t`). */
export const invoiceStatusLabels = {
  AWAITING_SEND: 'Awaiting send',
  SENT: 'Sent to customer',
  PARTIALLY_PAID: 'Partial payment',
  PAID: 'Paid in full',
  OVERDUE: 'Overdue',
  VOIDED: 'Voided',
  DELETED: 'Deleted in QuickBooks',
} as const satisfies Record<InvoiceStatus, string>;

/** The CRM records the card can sit on. */
/** The statuses a rep can search a company's existing invoices by, to link one. */
export const linkSearchStatuses = ['open', 'overdue', 'paid', 'voided'] as const;
export type LinkSearchStatus = (typeof linkSearchStatuses)[number];

export const recordObjectTypes = ['deals', 'contacts', 'companies'] as const;
export type RecordObjectType = (typeof recordObjectTypes)[number];

export const connectionStatuses = ['connected', 'needs_reconnect', 'error'] as const;
export type ConnectionStatus = (typeof connectionStatuses)[number];

/** What contact and product sync brings from QuickBooks: customers and items. */
export const syncObjects = ['contacts', 'products'] as const;
export type SyncObject = (typeof syncObjects)[number];

/**
 * The stored settings format; a later change bumps it and migrates older settings. Version 2 added
 * each object's custom property mappings (version 1 reads as having none).
 */
export const SYNC_SETTINGS_VERSION = 2;

/** When a QuickBooks record is created or changed: create and update · update only · nothing. */
export const createAndUpdateRules = ['create_and_update', 'update_only', 'nothing'] as const;
export type CreateAndUpdateRule = (typeof createAndUpdateRules)[number];

/** When it is made inactive or deleted: nothing · mark the HubSpot record · archive it. */
export const deletingRules = ['nothing', 'mark_inactive', 'archive'] as const;
export type DeletingRule = (typeof deletingRules)[number];

/** Only records created or changed from now on, or the existing ones too. */
export const startPoints = ['from_now', 'existing'] as const;
export type StartPoint = (typeof startPoints)[number];

/** The rules' labels: English ids of the settings catalog (say them with `t`). */
export const createAndUpdateLabels = {
  create_and_update: 'Create new records and update linked ones',
  update_only: 'Update linked and matched records only (never create)',
  nothing: 'Do nothing',
} as const satisfies Record<CreateAndUpdateRule, string>;

export const deletingLabels = {
  nothing: 'Do nothing',
  mark_inactive: 'Mark the HubSpot record as inactive in QuickBooks',
  archive: 'Archive the HubSpot record',
} as const satisfies Record<DeletingRule, string>;

export const startPointLabels = {
  from_now: 'Only records created or changed from now on',
  existing: 'Also bring in existing records',
} as const satisfies Record<StartPoint, string>;
