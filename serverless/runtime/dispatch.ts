import type * as z from 'zod';
import { isOperationName } from '@qbo-invoicing/contract/catalog';
import {
  describeIssues,
  excerpt,
  loadOperationSchemas,
  operationRoutes,
} from '@qbo-invoicing/contract/server';
import type {
  FunctionGroup,
  OperationError,
  OperationName,
  OperationOutput,
  Operations,
  Result,
} from '@qbo-invoicing/contract';
import { verifyRecordType, type CardRecordType } from '../hubspot/record-identity';
import { log } from '../lib/log';
import { translatorFor, type Translator } from '../lib/text';
import { internalError, toOperationError } from './errors';
import { functionRuntime, servicesFor, type Runtime } from './runtime';
import type { Services } from './services';

/** What HubSpot hands an app function. */
export interface FunctionContext {
  parameters?: unknown;
  propertiesToSend?: Record<string, string | null | undefined>;
  secrets?: Record<string, string | undefined>;
}

export interface OperationContext {
  services: Services;
  /**
   * The CRM record the card is on, from `propertiesToSend.hs_object_id`; null for settings. Its
   * type (the input's `objectType`; a deal for the wizard's operations) is verified before any
   * handler runs.
   */
  recordId: string | null;
  /** Epoch ms by which the operation must have answered. */
  deadline: number;
  /** The caller's language (from the `locale` the extension sends; English when none). */
  words: Translator;
}

type OperationsOf<G extends FunctionGroup> = {
  [N in OperationName]: Operations[N]['group'] extends G ? N : never;
}[OperationName];

export type Handlers<G extends FunctionGroup> = {
  [N in OperationsOf<G>]: (
    input: z.infer<Operations[N]['input']>,
    context: OperationContext,
  ) => Promise<OperationOutput<N>>;
};

const fail = (error: OperationError): Result<never> => ({ ok: false, error });

/** The type a record-scoped operation acts on: the one its input names, else a deal (the wizard). */
function claimedRecordType(input: unknown): CardRecordType {
  const named = (input as { objectType?: unknown }).objectType;
  return named === 'contacts' || named === 'companies' ? named : 'deals';
}

/**
 * Handlers whose module is loaded on the first call of one of them, so a cold start loads no
 * feature and a call loads only its own feature's code.
 */
export function lazyHandlers<G extends FunctionGroup, K extends OperationsOf<G>>(
  names: readonly K[],
  load: () => Promise<Pick<Handlers<G>, K>>,
): Pick<Handlers<G>, K> {
  const entries = names.map((name) => [
    name,
    async (input: unknown, context: OperationContext) => {
      const handlers = (await load()) as Record<
        string,
        (input: unknown, context: OperationContext) => Promise<unknown>
      >;
      const handler = handlers[name];
      if (!handler) throw new Error(`No handler for ${name}`);
      return handler(input, context);
    },
  ]);
  return Object.fromEntries(entries) as unknown as Pick<Handlers<G>, K>;
}

/**
 * Builds an app function's `main`: it reads `{op, input}`, checks the op belongs to this function,
 * validates the input with the contract's schema, runs the handler, and checks the answer against
 * the contract too. It always answers `{ok: true, data}` or `{ok: false, error}`, never throws.
 */
export function createFunction<G extends FunctionGroup>(
  group: G,
  handlers: Handlers<G>,
  runtime: Runtime = functionRuntime,
) {
  return async function main(context: FunctionContext): Promise<Result<unknown>> {
    const started = runtime.clock.now();
    const parameters = (context.parameters ?? {}) as {
      op?: unknown;
      input?: unknown;
      locale?: unknown;
    };
    // Only ever a choice between the catalogs: anything but a short tag reads as English.
    const locale = typeof parameters.locale === 'string' ? parameters.locale.slice(0, 20) : null;
    const words = translatorFor(locale);
    const op = parameters.op;
    if (!isOperationName(op) || operationRoutes[op].group !== group) {
      return fail({
        code: 'INVALID_INPUT',
        message:
          typeof op === 'string'
            ? words.t('Unknown operation {operation} for this function.', {
                operation: excerpt(op),
              })
            : words.t('The call names no operation.'),
        retryable: false,
        field: 'op',
      });
    }
    const route = operationRoutes[op];
    const schemas = await loadOperationSchemas[op]();
    const parsed = schemas.input.safeParse(parameters.input ?? {});
    if (!parsed.success) {
      const { message, field } = describeIssues(parsed.error);
      // The extensions check what a person types before calling; what reaches here is a call
      // nobody could have typed, so it keeps the schema's own (English) wording for its author.
      return fail({ code: 'INVALID_INPUT', message, retryable: false, field });
    }
    let recordId: string | null = null;
    if (route.scope === 'record') {
      const id = context.propertiesToSend?.hs_object_id;
      if (!id || !/^\d+$/.test(String(id))) {
        return fail({
          code: 'INVALID_INPUT',
          message: words.t(
            'This operation must be called from a CRM record (hs_object_id was not sent).',
          ),
          retryable: false,
          field: 'propertiesToSend.hs_object_id',
        });
      }
      recordId = String(id);
    }
    try {
      const deadline = started + runtime.budgetMs;
      const services = await servicesFor(runtime, context.secrets, deadline);
      if (recordId) {
        await verifyRecordType(
          services.crm,
          services.cache,
          claimedRecordType(parsed.data),
          recordId,
          context.propertiesToSend ?? {},
        );
      }
      const handler = (
        handlers as Record<string, (input: unknown, ctx: OperationContext) => Promise<unknown>>
      )[op];
      if (!handler) throw new Error(`No handler for ${op}`);
      const data = await handler(parsed.data, { services, recordId, deadline, words });
      const checked = schemas.output.safeParse(data);
      if (!checked.success) {
        log.error('Answer does not fit the contract', {
          op,
          issues: describeIssues(checked.error, 'output').message,
        });
        return fail(internalError(words));
      }
      return { ok: true, data: checked.data };
    } catch (error) {
      return fail(toOperationError(error, op, words));
    } finally {
      log.info('Operation finished', { op, ms: runtime.clock.now() - started });
    }
  };
}
