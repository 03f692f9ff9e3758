import * as z from 'zod';
import type { QboTransport } from '../transport';
import { moneySchema, type CallOptions } from '../types';
import { entityFrom } from './common';

export const exchangeRateSchema = z.looseObject({
  SourceCurrencyCode: z.string(),
  TargetCurrencyCode: z.string().optional(),
  /** Units of home currency per unit of the source currency, as exact decimal text. */
  Rate: moneySchema,
  AsOfDate: z.string().optional(),
  SyncToken: z.string().optional(),
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

const currencyCode = /^[A-Z]{3}$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export class ExchangeRatesApi {
  constructor(private readonly transport: QboTransport) {}

  /** The rate QuickBooks holds for `sourceCurrency` into the home currency on `asOfDate`. */
  async get(
    params: { sourceCurrency: string; asOfDate?: string },
    options?: CallOptions,
  ): Promise<ExchangeRate> {
    if (!currencyCode.test(params.sourceCurrency)) {
      throw new RangeError(`${params.sourceCurrency} is not a three-letter currency code`);
    }
    if (params.asOfDate !== undefined && !isoDate.test(params.asOfDate)) {
      throw new RangeError(`${params.asOfDate} is not a YYYY-MM-DD date`);
    }
    const response = await this.transport.request(
      {
        method: 'GET',
        path: '/exchangerate',
        params: { sourcecurrencycode: params.sourceCurrency, asofdate: params.asOfDate },
      },
      options,
    );
    return entityFrom(response, 'ExchangeRate', exchangeRateSchema);
  }
}
