import * as z from 'zod';
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
  type RefInput,
  type WriteOptions,
} from '../types';
import { entityFrom, parseWith, pathId } from './common';

export const customerSchema = z.looseObject({
  ...entityBase,
  DisplayName: z.string(),
  GivenName: z.string().optional(),
  FamilyName: z.string().optional(),
  CompanyName: z.string().optional(),
  FullyQualifiedName: z.string().optional(),
  PrimaryEmailAddr: emailSchema.optional(),
  PrimaryPhone: z.looseObject({ FreeFormNumber: z.string().optional() }).optional(),
  BillAddr: addressSchema.optional(),
  ShipAddr: addressSchema.optional(),
  CurrencyRef: refSchema.optional(),
  SalesTermRef: refSchema.optional(),
  DefaultTaxCodeRef: refSchema.optional(),
  Taxable: z.boolean().optional(),
  Active: z.boolean().optional(),
  Balance: moneySchema.optional(),
  Job: z.boolean().optional(),
  ParentRef: refSchema.optional(),
});
export type Customer = z.infer<typeof customerSchema>;

export interface CustomerFields {
  /** Unique across customers, vendors and employees, else fault 6240. */
  DisplayName?: string;
  GivenName?: string;
  FamilyName?: string;
  CompanyName?: string;
  PrimaryEmailAddr?: { Address: string };
  PrimaryPhone?: { FreeFormNumber: string };
  BillAddr?: AddressInput;
  ShipAddr?: AddressInput;
  /** Fixed once the customer exists. */
  CurrencyRef?: RefInput;
  SalesTermRef?: RefInput;
  DefaultTaxCodeRef?: RefInput;
  Taxable?: boolean;
  Active?: boolean;
  Notes?: string;
}

export type CustomerCreate = CustomerFields & { DisplayName: string };
export type CustomerSparseUpdate = EntityVersion & Omit<CustomerFields, 'CurrencyRef'>;

const parseCustomer = (row: unknown) => parseWith(customerSchema, row, 'customer');

export class CustomersApi {
  constructor(private readonly transport: QboTransport) {}

  async get(id: string, options?: CallOptions): Promise<Customer> {
    const response = await this.transport.request(
      { method: 'GET', path: `/customer/${pathId(id)}` },
      options,
    );
    return entityFrom(response, 'Customer', customerSchema);
  }

  /** One page of a customer query. */
  page(query: QueryBuilder<'Customer'>, options?: PageOptions): Promise<Page<Customer>> {
    return fetchPage(this.transport, query, parseCustomer, options);
  }

  /** Every matching customer, fetched 1000 at a time. */
  all(query: QueryBuilder<'Customer'> = select('Customer').orderBy('Id'), options?: PageOptions) {
    return paginate(this.transport, query, parseCustomer, options);
  }

  count(query: QueryBuilder<'Customer'> = select('Customer'), options?: CallOptions) {
    return this.transport.count(query, options);
  }

  /** The customer with exactly this display name, active or not (names stay taken when inactive). */
  async findByDisplayName(name: string, options?: CallOptions): Promise<Customer | undefined> {
    const page = await this.page(
      select('Customer').where('DisplayName', '=', name).in('Active', [true, false]).maxResults(2),
      options,
    );
    return page.rows.find((customer) => customer.DisplayName === name) ?? page.rows[0];
  }

  async create(customer: CustomerCreate, options: WriteOptions): Promise<Customer> {
    const response = await this.transport.write(
      { path: '/customer', body: toWireBody(customer) },
      'customer.create',
      options,
    );
    return entityFrom(response, 'Customer', customerSchema);
  }

  /** Changes only the fields given; a stale SyncToken fails with fault 5010. */
  async update(change: CustomerSparseUpdate, options: WriteOptions): Promise<Customer> {
    const response = await this.transport.write(
      { path: '/customer', body: toWireBody({ ...change, sparse: true }) },
      `customer.update:${change.Id}:${change.SyncToken}`,
      options,
    );
    return entityFrom(response, 'Customer', customerSchema);
  }
}
