import { hubspot } from '@hubspot/ui-extensions';
import {
  functionUids,
  isErrorCode,
  operationRoutes,
  recordPropertiesToSend,
} from '@qbo-invoicing/contract/catalog';
import type {
  FunctionGroup,
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

/** One call over HubSpot's bridge; never throws (a failure becomes an error result). */
async function send(
  uid: string,
  parameters: Record<string, unknown>,
  propertiesToSend: string[],
): Promise<Result<never>> {
  let raw: unknown;
  try {
    raw = await hubspot.serverless(uid, { parameters: parameters as never, propertiesToSend });
  } catch {
    return { ok: false, error: unreachable };
  }
  return (envelopeOf(raw) ?? { ok: false, error: misunderstood }) as Result<never>;
}

/**
 * An extension's calls: all go to its one function (the card's to the invoices function, the
 * settings page's to the admin function, so a session warms one), with the user's locale so the
 * answers come back in their language. A card's calls carry the record's properties HubSpot
 * fetches (the function takes the record from them, and ignores them where it needs none). No
 * route table is bundled: a call to another function's operation is refused by the function,
 * and `test/project/extension-calls.test.ts` checks each extension calls only its own.
 */
export function callIn(locale: string | undefined, group: FunctionGroup): Call {
  const propertiesToSend = group === 'invoices' ? [...recordPropertiesToSend] : [];
  return (op, input) =>
    send(functionUids[group], { op, input, ...(locale ? { locale } : {}) }, propertiesToSend);
}

/**
 * Any operation, routed by the contract's table, in English: for tests and tools. The extensions
 * use `callIn`, which keeps the route table out of their bundles.
 */
export const call: Call = (op, input) => {
  const route = operationRoutes[op];
  return send(
    functionUids[route.group],
    { op, input },
    route.scope === 'record' ? [...recordPropertiesToSend] : [],
  );
};
