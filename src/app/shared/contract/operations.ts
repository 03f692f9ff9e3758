import type * as z from 'zod';
import { listForRecordInput, listForRecordOutput } from './invoices';
import {
  completeConnectInput,
  completeConnectOutput,
  connectionsListInput,
  connectionsListOutput,
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
import { setupRunInput, setupRunOutput, setupStatusInput, setupStatusSchema } from './setup';

/**
 * The app functions, by the uid of their `*-hsmeta.json`. Each one is a dispatcher over a group
 * of operations, so a card warms one function for a whole session of work.
 */
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

interface OperationDefinition<G extends FunctionGroup, I extends z.ZodType, O extends z.ZodType> {
  group: G;
  scope: RecordScope;
  input: I;
  output: O;
}

function operation<G extends FunctionGroup, I extends z.ZodType, O extends z.ZodType>(
  definition: OperationDefinition<G, I, O>,
): OperationDefinition<G, I, O> {
  return definition;
}

/** Every operation a card or the settings page can call, declared once for both sides. */
export const operations = {
  'invoices.listForRecord': operation({
    group: 'invoices',
    scope: 'record',
    input: listForRecordInput,
    output: listForRecordOutput,
  }),
  'wizard.start': operation({
    group: 'invoices',
    scope: 'record',
    input: wizardStartInput,
    output: wizardStartOutput,
  }),
  'wizard.prepare': operation({
    group: 'invoices',
    scope: 'record',
    input: wizardPrepareInput,
    output: wizardPrepareOutput,
  }),
  'customers.search': operation({
    group: 'invoices',
    scope: 'record',
    input: searchInput,
    output: customerSearchOutput,
  }),
  'customers.create': operation({
    group: 'invoices',
    scope: 'record',
    input: customerCreateInput,
    output: customerCreateOutput,
  }),
  'items.search': operation({
    group: 'invoices',
    scope: 'record',
    input: searchInput,
    output: itemSearchOutput,
  }),
  'wizard.review': operation({
    group: 'invoices',
    scope: 'record',
    input: wizardReviewInput,
    output: wizardReviewOutput,
  }),
  'invoices.createDraft': operation({
    group: 'invoices',
    scope: 'record',
    input: createDraftInput,
    output: createDraftOutput,
  }),
  'setup.status': operation({
    group: 'admin',
    scope: 'none',
    input: setupStatusInput,
    output: setupStatusSchema,
  }),
  'setup.run': operation({
    group: 'admin',
    scope: 'none',
    input: setupRunInput,
    output: setupRunOutput,
  }),
  'connections.list': operation({
    group: 'admin',
    scope: 'none',
    input: connectionsListInput,
    output: connectionsListOutput,
  }),
  'connections.startConnect': operation({
    group: 'admin',
    scope: 'none',
    input: startConnectInput,
    output: startConnectOutput,
  }),
  'connections.complete': operation({
    group: 'admin',
    scope: 'none',
    input: completeConnectInput,
    output: completeConnectOutput,
  }),
  'connections.test': operation({
    group: 'admin',
    scope: 'none',
    input: realmInput,
    output: testConnectionOutput,
  }),
  'connections.disconnect': operation({
    group: 'admin',
    scope: 'none',
    input: realmInput,
    output: disconnectOutput,
  }),
};

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export type OperationInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OperationOutput<N extends OperationName> = z.infer<Operations[N]['output']>;

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(operations, name);
}

/** What a card sends as `parameters`. */
export interface OperationRequest {
  op: OperationName;
  input: unknown;
}
