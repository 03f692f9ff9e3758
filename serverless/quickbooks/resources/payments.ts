import * as z from 'zod';
import { fetchPage, paginate, type Page, type PageOptions } from '../paginate';
import { select, type QueryBuilder } from '../query';
import type { QboTransport } from '../transport';
import { entityBase, moneySchema, refSchema, type CallOptions } from '../types';
import { entityFrom, parseWith, pathId } from './common';

export const paymentSchema = z.looseObject({
  ...entityBase,
  TxnDate: z.string().optional(),
  CustomerRef: refSchema,
  CurrencyRef: refSchema.optional(),
  ExchangeRate: moneySchema.optional(),
  TotalAmt: moneySchema,
  UnappliedAmt: moneySchema.optional(),
  PaymentRefNum: z.string().optional(),
  PaymentMethodRef: refSchema.optional(),
  PrivateNote: z.string().optional(),
  Line: z
    .array(
      z.looseObject({
        Amount: moneySchema.optional(),
        LinkedTxn: z.array(z.looseObject({ TxnId: z.string(), TxnType: z.string() })).optional(),
      }),
    )
    .default([]),
});
export type Payment = z.infer<typeof paymentSchema>;

const parsePayment = (row: unknown) => parseWith(paymentSchema, row, 'payment');

/** The invoice ids a payment applies to, with the amount applied to each. */
export function paymentApplications(
  payment: Payment,
): Array<{ invoiceId: string; amount: string }> {
  const out: Array<{ invoiceId: string; amount: string }> = [];
  for (const line of payment.Line) {
    for (const linked of line.LinkedTxn ?? []) {
      if (linked.TxnType === 'Invoice')
        out.push({ invoiceId: linked.TxnId, amount: line.Amount ?? '0' });
    }
  }
  return out;
}

export class PaymentsApi {
  constructor(private readonly transport: QboTransport) {}

  async get(id: string, options?: CallOptions): Promise<Payment> {
    const response = await this.transport.request(
      { method: 'GET', path: `/payment/${pathId(id)}` },
      options,
    );
    return entityFrom(response, 'Payment', paymentSchema);
  }

  page(query: QueryBuilder<'Payment'>, options?: PageOptions): Promise<Page<Payment>> {
    return fetchPage(this.transport, query, parsePayment, options);
  }

  all(query: QueryBuilder<'Payment'> = select('Payment').orderBy('Id'), options?: PageOptions) {
    return paginate(this.transport, query, parsePayment, options);
  }
}
