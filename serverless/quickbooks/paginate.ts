import { maxPageSize, type QueryBuilder, type QueryEntity } from './query';
import type { QboTransport } from './transport';
import type { CallOptions } from './types';

/**
 * Walks a query page by page with STARTPOSITION/MAXRESULTS. QuickBooks has no cursor: give the
 * query an ORDERBY so pages do not shift. A short page means the end. Options apply to each
 * page request; pass an absolute `deadline` to bound the whole walk.
 */
export interface PageOptions extends CallOptions {
  pageSize?: number;
}

export interface Page<T> {
  rows: T[];
  /** The STARTPOSITION of the page after this one, or undefined at the end. */
  nextStartPosition: number | undefined;
}

export async function fetchPage<E extends QueryEntity, T>(
  transport: QboTransport,
  query: QueryBuilder<E>,
  parse: (row: unknown) => T,
  options: PageOptions = {},
): Promise<Page<T>> {
  const pageSize = options.pageSize ?? query.pageSize ?? maxPageSize;
  const start = query.pageStart ?? 1;
  const page = await transport.query(query.startPosition(start).maxResults(pageSize), options);
  const rows = query.refine(page.rows).map(parse);
  const full = page.rows.length >= pageSize;
  return { rows, nextStartPosition: full ? start + page.rows.length : undefined };
}

export async function* paginatePages<E extends QueryEntity, T>(
  transport: QboTransport,
  query: QueryBuilder<E>,
  parse: (row: unknown) => T,
  options: PageOptions = {},
): AsyncGenerator<T[], void, undefined> {
  let next: QueryBuilder<E> | undefined = query;
  while (next) {
    const page: Page<T> = await fetchPage(transport, next, parse, options);
    if (page.rows.length > 0) yield page.rows;
    next =
      page.nextStartPosition === undefined ? undefined : next.startPosition(page.nextStartPosition);
  }
}

export async function* paginate<E extends QueryEntity, T>(
  transport: QboTransport,
  query: QueryBuilder<E>,
  parse: (row: unknown) => T,
  options: PageOptions = {},
): AsyncGenerator<T, void, undefined> {
  for await (const rows of paginatePages(transport, query, parse, options)) yield* rows;
}

/** Collects every row (for small lists such as terms and tax codes). */
export async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}
