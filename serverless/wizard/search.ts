import type * as z from 'zod';
import type { customerSearchOutput, itemSearchOutput } from '@qbo-invoicing/contract';
import { customerSummary, itemSummary } from './summaries';
import { select } from '../quickbooks';
import type { OperationContext } from '../runtime/dispatch';
import { companyOf } from './context';

/** Results per page of a search. */
export const SEARCH_PAGE_SIZE = 20;

interface SearchInput {
  realmId: string;
  text: string;
  startPosition: number;
}

/**
 * customers.search: active customers whose display name contains the text, by name, a page at a
 * time. The text only ever reaches QuickBooks through the query builder, which escapes it.
 */
export async function searchCustomers(
  input: SearchInput,
  context: OperationContext,
): Promise<z.infer<typeof customerSearchOutput>> {
  const { qbo, homeCurrency } = await companyOf(context, input.realmId);
  let query = select('Customer').where('Active', '=', true);
  if (input.text !== '') query = query.contains('DisplayName', input.text);
  const page = await qbo.customers.page(
    query.orderBy('DisplayName').startPosition(input.startPosition),
    { pageSize: SEARCH_PAGE_SIZE, deadline: context.deadline },
  );
  return {
    customers: page.rows.map((customer) => customerSummary(customer, homeCurrency)),
    nextStartPosition: page.nextStartPosition ?? null,
  };
}

/** items.search: active items that can go on an invoice line, by name, a page at a time. */
export async function searchItems(
  input: SearchInput,
  context: OperationContext,
): Promise<z.infer<typeof itemSearchOutput>> {
  const { qbo } = await companyOf(context, input.realmId);
  const page = await qbo.items.search(
    {
      ...(input.text !== '' ? { text: input.text } : {}),
      startPosition: input.startPosition,
      pageSize: SEARCH_PAGE_SIZE,
    },
    { deadline: context.deadline },
  );
  return {
    items: page.rows.map(itemSummary),
    nextStartPosition: page.nextStartPosition ?? null,
  };
}
