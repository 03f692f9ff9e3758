import { ApiError, badRequest } from './errors.js';
import { optString } from './http-util.js';

/**
 * HubSpot's multi-status batch writes (https://developers.hubspot.com/docs/api-reference/error-handling,
 * "Multi-status errors"): when every input carries a unique `objectWriteTraceId`, a batch write
 * applies the good inputs and answers 207 with one error per failed input, naming its trace id in
 * `context.objectWriteTraceId`. Without trace ids, one bad input fails the whole batch.
 */
export function traceIdsOf(inputs: Array<Record<string, unknown>>): string[] | undefined {
  const ids = inputs.map((i) => optString(i.objectWriteTraceId));
  if (ids.every((id) => id === undefined)) return undefined;
  if (ids.some((id) => id === undefined))
    throw badRequest('Invalid input JSON: objectWriteTraceId must be set on every input or none');
  const seen = new Set<string>();
  for (const id of ids as string[]) {
    if (seen.has(id))
      throw badRequest(`Duplicate objectWriteTraceId found in batch input: ${id}`, {
        context: { objectWriteTraceId: [id] },
      });
    seen.add(id);
  }
  return ids as string[];
}

/** One failed input of a multi-status batch, in HubSpot's StandardError shape. */
export interface InputError {
  status: 'error';
  category: string;
  message: string;
  subCategory?: string;
  errors?: unknown[];
  context: Record<string, string[]>;
}

/** Turns what a single write threw into the input's error; anything but an ApiError is a bug. */
export function inputError(err: unknown, traceId: string): InputError {
  if (!(err instanceof ApiError)) throw err;
  const body = err.body();
  const out: InputError = {
    status: 'error',
    category: body.category,
    message: body.message,
    context: { ...body.context, objectWriteTraceId: [traceId] },
  };
  if (body.subCategory) out.subCategory = body.subCategory;
  if (body.errors) out.errors = body.errors;
  return out;
}
