import * as z from 'zod';
import { collect, paginate } from '../paginate';
import { select } from '../query';
import type { QboTransport } from '../transport';
import { entityBase, refSchema, type CallOptions } from '../types';
import { entityFrom, parseWith, pathId } from './common';

const rateDetail = z.looseObject({
  TaxRateRef: refSchema,
  TaxTypeApplicable: z.string().optional(),
  TaxOrder: z.number().optional(),
});

export const taxCodeSchema = z.looseObject({
  ...entityBase,
  /** US companies use the pseudo codes TAX and NON, whose Id is the same text. */
  Id: z.string(),
  SyncToken: z.string().optional(),
  Name: z.string(),
  Description: z.string().optional(),
  Active: z.boolean().optional(),
  Taxable: z.boolean().optional(),
  TaxGroup: z.boolean().optional(),
  SalesTaxRateList: z.looseObject({ TaxRateDetail: z.array(rateDetail).optional() }).optional(),
  PurchaseTaxRateList: z.looseObject({ TaxRateDetail: z.array(rateDetail).optional() }).optional(),
});
export type TaxCode = z.infer<typeof taxCodeSchema>;

export const taxRateSchema = z.looseObject({
  ...entityBase,
  Name: z.string(),
  Description: z.string().optional(),
  Active: z.boolean().optional(),
  /** A percentage as exact decimal text, e.g. "20". */
  RateValue: z
    .union([z.number(), z.string()])
    .transform((value) => String(value))
    .optional(),
  AgencyRef: refSchema.optional(),
  SpecialTaxType: z.string().optional(),
  DisplayType: z.string().optional(),
});
export type TaxRate = z.infer<typeof taxRateSchema>;

const parseTaxCode = (row: unknown) => parseWith(taxCodeSchema, row, 'tax code');
const parseTaxRate = (row: unknown) => parseWith(taxRateSchema, row, 'tax rate');

/** Tax codes and rates are read with queries: CDC does not report them. */
export class TaxApi {
  constructor(private readonly transport: QboTransport) {}

  codes(options?: CallOptions & { includeInactive?: boolean }): Promise<TaxCode[]> {
    let query = select('TaxCode').orderBy('Name');
    if (!options?.includeInactive) query = query.where('Active', '=', true);
    return collect(paginate(this.transport, query, parseTaxCode, options));
  }

  async code(id: string, options?: CallOptions): Promise<TaxCode> {
    const response = await this.transport.request(
      { method: 'GET', path: `/taxcode/${pathId(id)}` },
      options,
    );
    return entityFrom(response, 'TaxCode', taxCodeSchema);
  }

  rates(options?: CallOptions & { includeInactive?: boolean }): Promise<TaxRate[]> {
    let query = select('TaxRate').orderBy('Name');
    if (!options?.includeInactive) query = query.where('Active', '=', true);
    return collect(paginate(this.transport, query, parseTaxRate, options));
  }

  async rate(id: string, options?: CallOptions): Promise<TaxRate> {
    const response = await this.transport.request(
      { method: 'GET', path: `/taxrate/${pathId(id)}` },
      options,
    );
    return entityFrom(response, 'TaxRate', taxRateSchema);
  }
}
