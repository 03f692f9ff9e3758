import * as z from 'zod';
import { fetchPage, paginate, type Page, type PageOptions } from '../paginate';
import { select, type QueryBuilder } from '../query';
import type { QboTransport } from '../transport';
import {
  entityBase,
  moneySchema,
  refSchema,
  toWireBody,
  type CallOptions,
  type RefInput,
  type WriteOptions,
} from '../types';
import { entityFrom, parseWith, pathId } from './common';

export const itemTypes = ['Service', 'Inventory', 'NonInventory', 'Group', 'Category'] as const;
export type ItemType = (typeof itemTypes)[number];

export const itemSchema = z.looseObject({
  ...entityBase,
  Name: z.string(),
  FullyQualifiedName: z.string().optional(),
  Type: z.string().optional(),
  Sku: z.string().optional(),
  Description: z.string().optional(),
  UnitPrice: moneySchema.optional(),
  Taxable: z.boolean().optional(),
  Active: z.boolean().optional(),
  IncomeAccountRef: refSchema.optional(),
  SalesTaxCodeRef: refSchema.optional(),
  ParentRef: refSchema.optional(),
});
export type Item = z.infer<typeof itemSchema>;

/**
 * A service or non-inventory item to create (Intuit's Item reference: `Name` unique among items,
 * at most 100 characters and no colon; `IncomeAccountRef` required for both types).
 */
export interface ItemCreate {
  Name: string;
  Type: 'Service' | 'NonInventory';
  IncomeAccountRef: RefInput;
  Sku?: string;
  Description?: string;
  /** An exact decimal string: sent as a JSON number with exactly these digits. */
  UnitPrice?: string;
  /** US sales tax companies only. */
  Taxable?: boolean;
}

export interface ItemSearch {
  /** Matches anywhere in the item's name. */
  text?: string;
  types?: readonly ItemType[];
  /** 1-based; from the previous page's `nextStartPosition`. */
  startPosition?: number;
  pageSize?: number;
}

const parseItem = (row: unknown) => parseWith(itemSchema, row, 'item');
const sellableTypes: readonly ItemType[] = ['Service', 'Inventory', 'NonInventory'];

export class ItemsApi {
  constructor(private readonly transport: QboTransport) {}

  async get(id: string, options?: CallOptions): Promise<Item> {
    const response = await this.transport.request(
      { method: 'GET', path: `/item/${pathId(id)}` },
      options,
    );
    return entityFrom(response, 'Item', itemSchema);
  }

  /** Active items that can go on an invoice line, by name, one page at a time. */
  search(search: ItemSearch = {}, options?: CallOptions): Promise<Page<Item>> {
    let query = select('Item')
      .where('Active', '=', true)
      .in('Type', search.types ?? sellableTypes)
      .orderBy('Name');
    if (search.text) query = query.contains('Name', search.text);
    if (search.startPosition) query = query.startPosition(search.startPosition);
    return fetchPage(this.transport, query, parseItem, {
      ...options,
      ...(search.pageSize ? { pageSize: search.pageSize } : {}),
    });
  }

  /** Active items with any of these SKUs (for matching quote lines). */
  async findBySkus(skus: readonly string[], options?: CallOptions): Promise<Item[]> {
    return this.findIn('Sku', skus, options);
  }

  /** Active items with any of these exact names. */
  async findByNames(names: readonly string[], options?: CallOptions): Promise<Item[]> {
    return this.findIn('Name', names, options);
  }

  private async findIn(field: 'Sku' | 'Name', values: readonly string[], options?: CallOptions) {
    const unique = [...new Set(values.filter((value) => value.trim() !== ''))];
    const found: Item[] = [];
    // Keep each statement well inside URL and QuickBooks limits.
    for (let index = 0; index < unique.length; index += 100) {
      const chunk = unique.slice(index, index + 100);
      const query = select('Item').where('Active', '=', true).in(field, chunk);
      for await (const item of paginate(this.transport, query, parseItem, options))
        found.push(item);
    }
    return found;
  }

  /** Creates an item; a name another item has fails with fault 6240. */
  async create(item: ItemCreate, options: WriteOptions): Promise<Item> {
    const response = await this.transport.write(
      { path: '/item', body: toWireBody(item) },
      'item.create',
      options,
    );
    return entityFrom(response, 'Item', itemSchema);
  }

  /** One page of an item query. */
  page(query: QueryBuilder<'Item'>, options?: PageOptions): Promise<Page<Item>> {
    return fetchPage(this.transport, query, parseItem, options);
  }

  all(query: QueryBuilder<'Item'> = select('Item').orderBy('Id'), options?: PageOptions) {
    return paginate(this.transport, query, parseItem, options);
  }
}
