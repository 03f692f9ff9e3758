import { hubspot } from '@hubspot/ui-extensions';
import {
  functionUids,
  isErrorCode,
  recordPropertiesToSend,
  type OperationRoute,
} from '@qbo-invoicing/contract/catalog';
import type {
  OperationError,
  OperationInput,
  OperationName,
  OperationOutput,
  Result,
} from '@qbo-invoicing/contract';

/** The signature components depend on, so tests and the sandbox can hand them any transport. */
export type Call = <N extends OperationName>(
  op: N,
  input: OperationInput<N>,
) => Promise<Result<OperationOutput<N>>>;

const unreachable: OperationError = {
  code: 'UNAVAILABLE',
  message: 'The app could not be reached. Check your connection and try again.',
  retryable: true,
};

const misunderstood: OperationError = {
  code: 'INTERNAL',
  message: 'The app answered in a way this page does not understand. Reload the page.',
  retryable: true,
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optionalText = (value: unknown) => value === undefined || typeof value === 'string';

/**
 * The answer's envelope, checked by hand: the function has already checked the data against the
 * contract's schema before answering, so the browser only makes sure it got `{ok, data}` or a
 * well-formed error. This keeps zod out of the extension bundles.
 */
export function envelopeOf(raw: unknown): Result<unknown> | null {
  if (!isRecord(raw)) return null;
  if (raw.ok === true && raw.data !== undefined) return { ok: true, data: raw.data };
  if (raw.ok !== false || !isRecord(raw.error)) return null;
  const { code, message, retryable, fix, field } = raw.error;
  if (!isErrorCode(code) || typeof message !== 'string' || typeof retryable !== 'boolean') {
    return null;
  }
  if (!optionalText(fix) || !optionalText(field)) return null;
  const error: OperationError = { code, message, retryable };
  if (typeof fix === 'string') error.fix = fix;
  if (typeof field === 'string') error.field = field;
  return { ok: false, error };
}

/** Where an extension's operations go: the card's or the settings page's table from the catalog. */
export type OperationRoutes = Partial<Record<OperationName, OperationRoute>>;

/**
 * Calls an operation through HubSpot's serverless bridge, telling the function the user's locale
 * so its messages come back in their language. `routes` is the extension's own table, so its
 * bundle carries only its own operations. Never throws: a transport failure or an answer that is
 * not a result envelope becomes an error result the UI can show.
 */
export function callIn(routes: OperationRoutes, locale?: string): Call {
  return async (op, input) => {
    const route = routes[op];
    // Only a programming error lands here (an operation of the other extension's table): the
    // user gets the generic reload message, the console names the operation.
    if (!route) {
      console.error({ unroutedOperation: op });
      return { ok: false, error: misunderstood };
    }
    let raw: unknown;
    try {
      raw = await hubspot.serverless(functionUids[route.group], {
        parameters: { op, input, ...(locale ? { locale } : {}) } as never,
        propertiesToSend: route.scope === 'record' ? [...recordPropertiesToSend] : [],
      });
    } catch {
      return { ok: false, error: unreachable };
    }
    return (envelopeOf(raw) ?? { ok: false, error: misunderstood }) as Result<never>;
  };
}
