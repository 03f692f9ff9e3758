import { useRef, useState } from 'react';
import type { CustomerSummary, ItemSummary, OperationError } from '@qbo-invoicing/contract';
import type { Call } from '@qbo-invoicing/ui';

export type SearchOp = 'customers.search' | 'items.search';
export type RowOf<Op extends SearchOp> = Op extends 'customers.search'
  ? CustomerSummary
  : ItemSummary;

/**
 * A server-side search of a company's customers or items with "Show more": the first page
 * replaces the results, later pages add to them, and an answer to an older search than the latest
 * is dropped.
 */
export function usePagedSearch<Op extends SearchOp>(call: Call, op: Op, realmId: string) {
  const [state, setState] = useState<{
    text: string;
    rows: RowOf<Op>[];
    next: number | null;
    error: OperationError | null;
  }>({ text: '', rows: [], next: null, error: null });
  const latest = useRef(0);

  const load = async (text: string, startPosition: number, append: boolean) => {
    const request = ++latest.current;
    const result = await call<SearchOp>(op, { realmId, text, startPosition });
    if (request !== latest.current) return;
    setState((previous) => {
      if (!result.ok) return { ...previous, text, error: result.error };
      const data = result.data;
      const rows = ('customers' in data ? data.customers : data.items) as RowOf<Op>[];
      return {
        text,
        rows: append ? [...previous.rows, ...rows] : rows,
        next: data.nextStartPosition,
        error: null,
      };
    });
  };

  return {
    ...state,
    search: (text: string) => load(text, 1, false),
    more: () => (state.next === null ? Promise.resolve() : load(state.text, state.next, true)),
  };
}
