import { hubspot } from '@hubspot/ui-extensions';
import {
  functionUids,
  operations,
  resultSchema,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  type Result,
} from './contract';

/** The signature components depend on, so tests and the sandbox can hand them any transport. */
export type Call = <N extends OperationName>(
  op: N,
  input: OperationInput<N>,
) => Promise<Result<OperationOutput<N>>>;

/**
 * Calls an operation through HubSpot's serverless bridge. Never throws: a transport failure or an
 * answer that does not fit the contract becomes an error result the UI can show.
 */
export const call: Call = async (op, input) => {
  const definition = operations[op];
  let raw: unknown;
  try {
    raw = await hubspot.serverless(functionUids[definition.group], {
      parameters: { op, input } as never,
      propertiesToSend: definition.scope === 'record' ? ['hs_object_id'] : [],
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: 'The app could not be reached. Check your connection and try again.',
        retryable: true,
      },
    };
  }
  const parsed = resultSchema(definition.output).safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'The app answered in a way this page does not understand. Reload the page.',
        retryable: true,
      },
    };
  }
  return parsed.data as Result<never>;
};
