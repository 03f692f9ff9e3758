import * as z from 'zod';
import { QboUnexpectedResponseError } from '../errors';
import { fetchPage, paginate, type Page, type PageOptions } from '../paginate';
import { select, type QueryBuilder } from '../query';
import type { QboTransport } from '../transport';
import {
  addressSchema,
  emailSchema,
  entityBase,
  moneySchema,
  refSchema,
  toWireBody,
  type AddressInput,
  type CallOptions,
  type EntityVersion,
  type MoneyInput,
  type RefInput,
  type WriteOptions,
} from '../types';
import { entityFrom, parseWith, pathId } from './common';

const lineSchema = z.looseObject({
  Id: z.string().optional(),
  LineNum: z.number().optional(),
  Description: z.string().optional(),
  Amount: moneySchema.optional(),
  DetailType: z.string(),
  SalesItemLineDetail: z
    .looseObject({
      ItemRef: refSchema.optional(),
      Qty: moneySchema.optional(),
      UnitPrice: moneySchema.optional(),
      TaxCodeRef: refSchema.optional(),
      ServiceDate: z.string().optional(),
    })
    .optional(),
  DiscountLineDetail: z
    .looseObject({
      PercentBased: z.boolean().optional(),
      DiscountPercent: moneySchema.optional(),
    })
    .optional(),
});
export type InvoiceLine = z.infer<typeof lineSchema>;

export const invoiceSchema = z.looseObject({
  ...entityBase,
  DocNumber: z.string().optional(),
  TxnDate: z.string().optional(),
  DueDate: z.string().optional(),
  CustomerRef: refSchema,
  CurrencyRef: refSchema.optional(),
  ExchangeRate: moneySchema.optional(),
  SalesTermRef: refSchema.optional(),
  Line: z.array(lineSchema).default([]),
  TxnTaxDetail: z
    .looseObject({ TxnTaxCodeRef: refSchema.optional(), TotalTax: moneySchema.optional() })
    .optional(),
  GlobalTaxCalculation: z.string().optional(),
  TotalAmt: moneySchema.optional(),
  Balance: moneySchema.optional(),
  HomeTotalAmt: moneySchema.optional(),
  HomeBalance: moneySchema.optional(),
  Deposit: moneySchema.optional(),
  CustomerMemo: z.looseObject({ value: z.string().optional() }).optional(),
  PrivateNote: z.string().optional(),
  BillEmail: emailSchema.optional(),
  BillAddr: addressSchema.optional(),
  EmailStatus: z.string().optional(),
  PrintStatus: z.string().optional(),
  InvoiceLink: z.string().optional(),
  LinkedTxn: z
    .array(
      z.looseObject({ TxnId: z.string(), TxnType: z.string(), TxnLineId: z.string().optional() }),
    )
    .optional(),
  CustomField: z
    .array(
      z.looseObject({
        DefinitionId: z.string(),
        Name: z.string().optional(),
        Type: z.string().optional(),
        StringValue: z.string().optional(),
      }),
    )
    .optional(),
});
export type Invoice = z.infer<typeof invoiceSchema>;

export type InvoiceLineInput =
  | {
      DetailType: 'SalesItemLineDetail';
      Amount: MoneyInput;
      Description?: string;
      SalesItemLineDetail: {
        ItemRef: RefInput;
        Qty?: MoneyInput;
        UnitPrice?: MoneyInput;
        /** US: "TAX" or "NON"; elsewhere a real TaxCode id. */
        TaxCodeRef?: RefInput;
        ServiceDate?: string;
      };
    }
  | { DetailType: 'DescriptionOnly'; Description: string; Amount?: MoneyInput }
  | {
      DetailType: 'DiscountLineDetail';
      Amount?: MoneyInput;
      DiscountLineDetail: { PercentBased: boolean; DiscountPercent?: MoneyInput };
    };

export interface InvoiceFields {
  DocNumber?: string;
  TxnDate?: string;
  DueDate?: string;
  SalesTermRef?: RefInput;
  CurrencyRef?: RefInput;
  /** Send it for foreign-currency invoices, or QuickBooks may use 1. */
  ExchangeRate?: MoneyInput;
  Line?: InvoiceLineInput[];
  TxnTaxDetail?: { TxnTaxCodeRef?: RefInput };
  GlobalTaxCalculation?: 'TaxExcluded' | 'TaxInclusive' | 'NotApplicable';
  CustomerMemo?: { value: string };
  PrivateNote?: string;
  BillEmail?: { Address: string };
  BillAddr?: AddressInput;
  EmailStatus?: 'NotSet' | 'NeedToSend' | 'EmailSent';
  Deposit?: MoneyInput;
  CustomField?: Array<{ DefinitionId: string; Type: 'StringType'; StringValue: string }>;
}

export type InvoiceCreate = InvoiceFields & {
  CustomerRef: RefInput;
  Line: [InvoiceLineInput, ...InvoiceLineInput[]];
};
export type InvoiceSparseUpdate = EntityVersion & InvoiceFields & { CustomerRef?: RefInput };

const parseInvoice = (row: unknown) => parseWith(invoiceSchema, row, 'invoice');

export class InvoicesApi {
  constructor(private readonly transport: QboTransport) {}

  /**
   * Creates the invoice. With custom transaction numbers on, send DocNumber: QuickBooks leaves it
   * empty otherwise, and a used number fails with fault 6140.
   */
  async create(
    invoice: InvoiceCreate,
    options: WriteOptions & { allowDuplicateDocNumber?: boolean },
  ): Promise<Invoice> {
    const response = await this.transport.write(
      {
        path: '/invoice',
        body: toWireBody(invoice),
        ...(options.allowDuplicateDocNumber ? { params: { include: 'allowduplicatedocnum' } } : {}),
      },
      'invoice.create',
      options,
    );
    return entityFrom(response, 'Invoice', invoiceSchema);
  }

  async get(
    id: string,
    options?: CallOptions & { includeInvoiceLink?: boolean },
  ): Promise<Invoice> {
    const response = await this.transport.request(
      {
        method: 'GET',
        path: `/invoice/${pathId(id)}`,
        ...(options?.includeInvoiceLink ? { params: { include: 'invoiceLink' } } : {}),
      },
      options,
    );
    return entityFrom(response, 'Invoice', invoiceSchema);
  }

  page(query: QueryBuilder<'Invoice'>, options?: PageOptions): Promise<Page<Invoice>> {
    return fetchPage(this.transport, query, parseInvoice, options);
  }

  all(query: QueryBuilder<'Invoice'> = select('Invoice').orderBy('Id'), options?: PageOptions) {
    return paginate(this.transport, query, parseInvoice, options);
  }

  count(query: QueryBuilder<'Invoice'> = select('Invoice'), options?: CallOptions) {
    return this.transport.count(query, options);
  }

  async update(change: InvoiceSparseUpdate, options: WriteOptions): Promise<Invoice> {
    const response = await this.transport.write(
      { path: '/invoice', body: toWireBody({ ...change, sparse: true }) },
      `invoice.update:${change.Id}:${change.SyncToken}`,
      options,
    );
    return entityFrom(response, 'Invoice', invoiceSchema);
  }

  /** Voids it: amounts become zero, the invoice stays with a "Voided" memo. */
  async void(version: EntityVersion, options: WriteOptions): Promise<Invoice> {
    const response = await this.transport.write(
      {
        path: '/invoice',
        params: { operation: 'void' },
        body: { Id: version.Id, SyncToken: version.SyncToken },
      },
      `invoice.void:${version.Id}`,
      options,
    );
    return entityFrom(response, 'Invoice', invoiceSchema);
  }

  async delete(
    version: EntityVersion,
    options: WriteOptions,
  ): Promise<{ Id: string; status: string }> {
    const response = await this.transport.write(
      {
        path: '/invoice',
        params: { operation: 'delete' },
        body: { Id: version.Id, SyncToken: version.SyncToken },
      },
      `invoice.delete:${version.Id}`,
      options,
    );
    return entityFrom(
      response,
      'Invoice',
      z.looseObject({ Id: z.string(), status: z.string().default('Deleted') }),
    );
  }

  /** The invoice as QuickBooks prints it. */
  async pdf(id: string, options?: CallOptions): Promise<Buffer> {
    const response = await this.transport.request(
      { method: 'GET', path: `/invoice/${pathId(id)}/pdf`, accept: 'application/pdf' },
      options,
    );
    if (!Buffer.isBuffer(response.data)) {
      throw new QboUnexpectedResponseError('QuickBooks did not send a PDF for the invoice.');
    }
    return response.data;
  }

  /** Emails the invoice (to `sendTo`, else its BillEmail); EmailStatus becomes EmailSent. */
  async send(id: string, options: WriteOptions & { sendTo?: string }): Promise<Invoice> {
    const response = await this.transport.write(
      {
        path: `/invoice/${pathId(id)}/send`,
        params: { sendTo: options.sendTo },
        body: '',
        contentType: 'application/octet-stream',
      },
      `invoice.send:${id}:${options.sendTo ?? ''}`,
      options,
    );
    return entityFrom(response, 'Invoice', invoiceSchema);
  }
}
