import { useRef, useState } from 'react';
import type { OperationError, Result } from '@qbo-invoicing/contract';

export interface Page<T> {
  rows: T[];
  nextStartPosition: number | null;
}

/**
 * A server-side search with "Show more": the first page replaces the results, later pages add to
 * them, and an answer to an older search than the latest is dropped.
 */
export function usePagedSearch<T>(
  fetchPage: (text: string, startPosition: number) => Promise<Result<Page<T>>>,
) {
  const [state, setState] = useState<{
    text: string;
    rows: T[];
    next: number | null;
    error: OperationError | null;
  }>({
    text: '',
    rows: [],
    next: null,
    error: null,
  });
  const latest = useRef(0);

  const load = async (text: string, startPosition: number, append: boolean) => {
    const request = ++latest.current;
    const result = await fetchPage(text, startPosition);
    if (request !== latest.current) return;
    setState((previous) =>
      result.ok
        ? {
            text,
            rows: append ? [...previous.rows, ...result.data.rows] : result.data.rows,
            next: result.data.nextStartPosition,
            error: null,
          }
        : { ...previous, text, error: result.error },
    );
  };

  return {
    ...state,
    search: (text: string) => load(text, 1, false),
    more: () => (state.next === null ? Promise.resolve() : load(state.text, state.next, true)),
  };
}
