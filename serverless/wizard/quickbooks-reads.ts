import { randomUUID } from 'node:crypto';
import type * as z from 'zod';
import { AppError } from '../lib/errors';
import type { QboCompany, QueryBuilder, QueryEntity } from '../quickbooks';
import { parseWith } from '../quickbooks/resources/common';

/** One query of a batch and how to read its rows. */
export interface BatchQuery<T> {
  query: QueryBuilder<QueryEntity>;
  schema: z.ZodType<T>;
}

export const batchQuery = <T>(
  query: QueryBuilder<QueryEntity>,
  schema: z.ZodType<T>,
): BatchQuery<T> => ({ query, schema });

type Rows<Q> = { [K in keyof Q]: Q[K] extends BatchQuery<infer T> ? T[] : never };

/**
 * Runs several QuickBooks queries in one batch request (at most 30 per request), so a wizard step
 * costs one call instead of one per list. Reads are not idempotent writes, so each batch gets a
 * fresh request id: a repeat must see today's data, not a replay.
 */
export async function runQueries<Q extends Record<string, BatchQuery<unknown>>>(
  company: QboCompany,
  queries: Q,
  deadline: number,
): Promise<Rows<Q>> {
  const names = Object.keys(queries);
  if (names.length === 0) return {} as Rows<Q>;
  const results = await company.batch.run(
    names.map((name) => ({ bId: name, query: (queries[name] as BatchQuery<unknown>).query })),
    { idempotencyKey: randomUUID(), deadline },
  );
  const out: Record<string, unknown[]> = {};
  for (const name of names) {
    const { query, schema } = queries[name] as BatchQuery<unknown>;
    const result = results.find((candidate) => candidate.bId === name);
    if (!result) {
      throw new AppError('UNAVAILABLE', 'QuickBooks did not answer every question. Try again.', {
        retryable: true,
        detail: `batch item ${name} missing`,
      });
    }
    if (!result.ok) throw result.error;
    const rows = (result.data as Record<string, unknown>)[query.entity];
    out[name] = (Array.isArray(rows) ? rows : []).map((row) =>
      parseWith(schema, row, query.entity),
    );
  }
  return out as Rows<Q>;
}
