import { QboUnexpectedResponseError, QboValidationError } from '../errors';
import { parseFault } from '../faults';
import type { QueryBuilder, QueryEntity } from '../query';
import type { QboTransport } from '../transport';
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
    const first = fault?.errors[0];
    const message = first ? [first.message, first.detail].filter(Boolean).join(': ') : 'Rejected';
    return {
      bId,
      ok: false,
      error: new QboValidationError(message, fault?.errors ?? [], {
        ...(fault?.type ? { faultType: fault.type } : {}),
      }),
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
}
