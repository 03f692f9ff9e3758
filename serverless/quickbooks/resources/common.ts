import type * as z from 'zod';
import { QboUnexpectedResponseError } from '../errors';
import type { QboHttpResponse } from '../http';

/** Validates one row of a QuickBooks answer against what we rely on. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    // Which entity and why are for the log: the person learns only that the answer was unreadable.
    throw new QboUnexpectedResponseError('QuickBooks sent an answer we could not read.', {
      detail: `${what}: ${issues}`,
    });
  }
  return parsed.data;
}

/** Reads `{ "<Entity>": {...} }` from a response. */
export function entityFrom<S extends z.ZodType>(
  response: QboHttpResponse,
  key: string,
  schema: S,
): z.output<S> {
  const data = response.data as Record<string, unknown> | undefined;
  return parseWith(schema, data?.[key], key);
}

/** An id for a URL path segment: QuickBooks ids are digits, but never trust that blindly. */
export function pathId(id: string): string {
  if (id.trim() === '') throw new RangeError('An id must not be empty');
  return encodeURIComponent(id);
}
