import * as z from 'zod';
import { collect, paginate } from '../paginate';
import { select } from '../query';
import type { QboTransport } from '../transport';
import { entityBase, type CallOptions } from '../types';
import { entityFrom, parseWith, pathId } from './common';

export const termSchema = z.looseObject({
  ...entityBase,
  Name: z.string(),
  Active: z.boolean().optional(),
  Type: z.string().optional(),
  DueDays: z.number().int().optional(),
  DayOfMonthDue: z.number().int().optional(),
  DueNextMonthDays: z.number().int().optional(),
  DiscountDays: z.number().int().optional(),
  DiscountDayOfMonth: z.number().int().optional(),
  DiscountPercent: z.union([z.number(), z.string()]).optional(),
});
export type Term = z.infer<typeof termSchema>;

const parseTerm = (row: unknown) => parseWith(termSchema, row, 'payment term');

export class TermsApi {
  constructor(private readonly transport: QboTransport) {}

  /** The company's active payment terms. */
  list(options?: CallOptions): Promise<Term[]> {
    const query = select('Term').where('Active', '=', true).orderBy('Name');
    return collect(paginate(this.transport, query, parseTerm, options));
  }

  async get(id: string, options?: CallOptions): Promise<Term> {
    const response = await this.transport.request(
      { method: 'GET', path: `/term/${pathId(id)}` },
      options,
    );
    return entityFrom(response, 'Term', termSchema);
  }
}
