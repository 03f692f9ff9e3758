import { randomUUID } from 'node:crypto';
import type * as z from 'zod';
import { AppError } from '../../lib/errors';
import { QboUnexpectedResponseError, QboValidationError } from '../errors';
import { describeFault, parseFault } from '../faults';
import type { QueryBuilder, QueryEntity } from '../query';
import type { QboTransport } from '../transport';
import { parseWith } from './common';
import { toWireBody, type WriteOptions } from '../types';

/** QuickBooks accepts at most 30 operations per batch request. */
export const maxBatchSize = 30;

export type BatchEntity = 'Customer' | 'Item' | 'Invoice' | 'Payment';

export type BatchOperation =
  | {
      bId: string;
      operation: 'create' | 'update' | 'delete';
      entity: BatchEntity;
      body: Record<string, unknown>;
    }
  | { bId: string; query: QueryBuilder<QueryEntity> };

export type BatchResult =
  | { bId: string; ok: true; entity: string | undefined; data: Record<string, unknown> }
  | { bId: string; ok: false; error: QboValidationError };

function wireItem(item: BatchOperation): Record<string, unknown> {
  if ('query' in item) return { bId: item.bId, Query: item.query.toString() };
  return { bId: item.bId, operation: item.operation, [item.entity]: toWireBody(item.body) };
}

function readItem(raw: unknown): BatchResult | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  const bId = typeof record.bId === 'string' ? record.bId : undefined;
  if (bId === undefined) return undefined;
  if ('Fault' in record) {
    const fault = parseFault({ Fault: record.Fault });
    const reason = describeFault(fault);
    return {
      bId,
      ok: false,
      error: new QboValidationError(
        reason ? 'QuickBooks rejected the request: {reason}' : 'QuickBooks rejected the request.',
        fault?.errors ?? [],
        { values: { reason }, ...(fault?.type ? { faultType: fault.type } : {}) },
      ),
    };
  }
  const key = Object.keys(record).find((name) => name !== 'bId');
  const value = key === undefined ? {} : record[key];
  return {
    bId,
    ok: true,
    entity: key,
    data: typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {},
  };
}

export class BatchApi {
  constructor(private readonly transport: QboTransport) {}

  /**
   * Runs the operations 30 at a time, in order. One operation failing does not fail the others:
   * each result says how it went. Each chunk's requestid comes from the key and its bIds.
   */
  async run(operations: readonly BatchOperation[], options: WriteOptions): Promise<BatchResult[]> {
    const ids = new Set(operations.map((item) => item.bId));
    if (ids.size !== operations.length) throw new RangeError('Batch bIds must be unique');
    const results: BatchResult[] = [];
    for (let index = 0; index < operations.length; index += maxBatchSize) {
      const chunk = operations.slice(index, index + maxBatchSize);
      const response = await this.transport.write(
        { path: '/batch', body: { BatchItemRequest: chunk.map(wireItem) } },
        `batch:${chunk.map((item) => item.bId).join(',')}`,
        options,
      );
      const items = (response.data as { BatchItemResponse?: unknown } | undefined)
        ?.BatchItemResponse;
      if (!Array.isArray(items)) {
        throw new QboUnexpectedResponseError('QuickBooks sent a batch answer we could not read.');
      }
      for (const item of items) {
        const result = readItem(item);
        if (result) results.push(result);
      }
    }
    return results;
  }

  /**
   * Asks every question in as few batch requests as QuickBooks allows (30 queries each), and
   * answers each with its rows read by its own schema. Reads get a fresh request id each time: a
   * repeat must see today's data, not a replay.
   */
  async answer<Q extends Questions>(
    questions: Q,
    options: { deadline: number },
  ): Promise<Answers<Q>> {
    const asked = Object.entries(questions).flatMap(([name, question]) =>
      question ? question.queries.map((query, index) => ({ bId: `${name}.${index}`, query })) : [],
    );
    const results =
      asked.length === 0
        ? []
        : await this.run(asked, { idempotencyKey: randomUUID(), deadline: options.deadline });
    const answers: Record<string, unknown[]> = {};
    for (const [name, question] of Object.entries(questions)) {
      const rows: unknown[] = [];
      answers[name] = rows;
      if (!question) continue;
      for (const [index, query] of question.queries.entries()) {
        const result = results.find((candidate) => candidate.bId === `${name}.${index}`);
        if (!result) {
          throw new AppError(
            'UNAVAILABLE',
            'QuickBooks did not answer every question. Try again.',
            {
              retryable: true,
              detail: `batch item ${name}.${index} missing`,
            },
          );
        }
        if (!result.ok) throw result.error;
        const found = result.data[query.entity];
        for (const row of Array.isArray(found) ? found : []) {
          rows.push(parseWith(question.schema, row, query.entity));
        }
      }
    }
    return answers as Answers<Q>;
  }
}

/**
 * A question for a batch: one or more queries of the same entity (an `IN` list longer than
 * QuickBooks takes is split by the caller into several) and the schema each row is read with.
 */
export interface BatchQuestion<S extends z.ZodType = z.ZodType> {
  queries: Array<QueryBuilder<QueryEntity>>;
  schema: S;
}

export function question<S extends z.ZodType>(
  queries: QueryBuilder<QueryEntity> | Array<QueryBuilder<QueryEntity>>,
  schema: S,
): BatchQuestion<S> {
  return { queries: Array.isArray(queries) ? queries : [queries], schema };
}

/** Questions by name; an `undefined` one is not asked and answers no rows. */
export type Questions = Record<string, BatchQuestion | undefined>;
export type Answers<Q extends Questions> = {
  [K in keyof Q]: Array<z.output<NonNullable<Q[K]>['schema']>>;
};
