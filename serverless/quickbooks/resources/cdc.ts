import * as z from 'zod';
import { QboUnexpectedResponseError } from '../errors';
import type { QboTransport } from '../transport';
import type { CallOptions } from '../types';

export const cdcEntities = ['Invoice', 'Payment', 'Customer', 'Item'] as const;
export type CdcEntity = (typeof cdcEntities)[number];

/** A changed object, or a tombstone (`status: "Deleted"`, with its Id and MetaData only). */
export const cdcRowSchema = z.looseObject({
  Id: z.string(),
  status: z.string().optional(),
  MetaData: z.looseObject({ LastUpdatedTime: z.string().optional() }).optional(),
});
export type CdcRow = z.infer<typeof cdcRowSchema> & Record<string, unknown>;

export interface CdcResult {
  changes: Record<CdcEntity, CdcRow[]>;
  /** QuickBooks' server time of the answer: the next `changedSince`. */
  time: string | undefined;
}

/** QuickBooks only looks 30 days back. */
export const maxCdcLookbackMs = 30 * 24 * 60 * 60 * 1000;
/** QuickBooks answers at most this many objects; a full answer may have left some out. */
export const maxCdcObjects = 1000;

export class CdcApi {
  constructor(private readonly transport: QboTransport) {}

  /** Everything of these kinds changed since `changedSince` (≤ 30 days ago, ≤ 1000 objects). */
  async changedSince(
    entities: readonly CdcEntity[],
    changedSince: Date | string,
    options?: CallOptions,
  ): Promise<CdcResult> {
    const since = typeof changedSince === 'string' ? new Date(changedSince) : changedSince;
    if (Number.isNaN(since.getTime())) throw new RangeError('changedSince is not a date');
    if (entities.length === 0) throw new RangeError('CDC needs at least one entity');
    const response = await this.transport.request(
      {
        method: 'GET',
        path: '/cdc',
        params: { entities: entities.join(','), changedSince: since.toISOString() },
      },
      options,
    );
    const data = response.data as
      | { CDCResponse?: Array<{ QueryResponse?: Array<Record<string, unknown>> }>; time?: unknown }
      | undefined;
    if (!data || !Array.isArray(data.CDCResponse)) {
      throw new QboUnexpectedResponseError('QuickBooks sent a change list we could not read.');
    }
    const changes = Object.fromEntries(
      entities.map((entity) => [entity, [] as CdcRow[]]),
    ) as Record<CdcEntity, CdcRow[]>;
    for (const block of data.CDCResponse) {
      for (const result of block.QueryResponse ?? []) {
        for (const entity of entities) {
          const rows = result[entity];
          if (!Array.isArray(rows)) continue;
          for (const row of rows) {
            const parsed = cdcRowSchema.safeParse(row);
            if (parsed.success) changes[entity].push(parsed.data as CdcRow);
          }
        }
      }
    }
    return { changes, time: typeof data.time === 'string' ? data.time : undefined };
  }
}
