import { useState, type ReactNode } from 'react';
import { classes, testIdOf } from './shared';

type Children = { children?: ReactNode; testId?: string };
type Cell = Children & {
  align?: 'left' | 'center' | 'right';
  width?: 'min' | 'max' | 'auto' | number;
  colSpan?: number;
};

/**
 * Table: HubSpot draws the page buttons; the extension owns the rows of each page. With `page`
 * the extension also owns the page number; without it the table counts pages itself.
 */
export function Table(
  props: Children & {
    bordered?: boolean;
    flush?: boolean;
    density?: 'default' | 'condensed' | 'compact';
    paginated?: boolean;
    pageCount?: number;
    page?: number;
    showFirstLastButtons?: boolean;
    showButtonLabels?: boolean;
    maxVisiblePageButtons?: number;
    onPageChange?: (page: number) => void;
  },
) {
  const [ownPage, setOwnPage] = useState(1);
  const page = props.page ?? ownPage;
  const pageCount = Math.max(1, props.pageCount ?? 1);
  const go = (next: number) => {
    if (next < 1 || next > pageCount || next === page) return;
    setOwnPage(next);
    props.onPageChange?.(next);
  };
  const visible = Math.max(1, props.maxVisiblePageButtons ?? 5);
  const first = Math.max(1, Math.min(page - Math.floor(visible / 2), pageCount - visible + 1));
  const pages = Array.from({ length: Math.min(visible, pageCount) }, (_, i) => first + i);
  const labels = props.showButtonLabels !== false;
  return (
    <div className="hs-table-wrap">
      <table
        className={classes(
          'hs-table',
          props.bordered !== false && 'hs-table--bordered',
          props.density && `hs-table--${props.density}`,
        )}
        {...testIdOf(props)}
      >
        {props.children}
      </table>
      {props.paginated ? (
        <nav className="hs-pagination" aria-label="Table pages">
          {props.showFirstLastButtons ? (
            <button
              type="button"
              className="hs-pagination__button"
              disabled={page <= 1}
              onClick={() => go(1)}
            >
              First
            </button>
          ) : null}
          <button
            type="button"
            className="hs-pagination__button"
            aria-label="Previous page"
            disabled={page <= 1}
            onClick={() => go(page - 1)}
          >
            ‹{labels ? ' Prev' : ''}
          </button>
          {pages.map((n) => (
            <button
              key={n}
              type="button"
              className={classes(
                'hs-pagination__button',
                n === page && 'hs-pagination__button--current',
              )}
              aria-current={n === page ? 'page' : undefined}
              onClick={() => go(n)}
            >
              {n}
            </button>
          ))}
          <button
            type="button"
            className="hs-pagination__button"
            aria-label="Next page"
            disabled={page >= pageCount}
            onClick={() => go(page + 1)}
          >
            {labels ? 'Next ' : ''}›
          </button>
          {props.showFirstLastButtons ? (
            <button
              type="button"
              className="hs-pagination__button"
              disabled={page >= pageCount}
              onClick={() => go(pageCount)}
            >
              Last
            </button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

const cellStyle = (props: Cell) => ({
  textAlign: props.align,
  width: typeof props.width === 'number' ? props.width : props.width === 'min' ? '1%' : undefined,
  whiteSpace: props.width === 'min' ? ('nowrap' as const) : undefined,
});

export function TableHead(props: Children) {
  return <thead {...testIdOf(props)}>{props.children}</thead>;
}
export function TableBody(props: Children) {
  return <tbody {...testIdOf(props)}>{props.children}</tbody>;
}
export function TableFooter(props: Children) {
  return <tfoot {...testIdOf(props)}>{props.children}</tfoot>;
}
export function TableRow(props: Children) {
  return <tr {...testIdOf(props)}>{props.children}</tr>;
}
export function TableHeader(
  props: Cell & {
    sortDirection?: 'ascending' | 'descending' | 'none' | 'never';
    onSortChange?: (direction: 'ascending' | 'descending' | 'none') => void;
    disabled?: boolean;
  },
) {
  const sortable = props.sortDirection !== undefined && props.sortDirection !== 'never';
  const next = props.sortDirection === 'ascending' ? 'descending' : 'ascending';
  return (
    <th
      style={cellStyle(props)}
      aria-sort={
        sortable && props.sortDirection !== 'none'
          ? (props.sortDirection as 'ascending')
          : undefined
      }
      {...testIdOf(props)}
    >
      {sortable ? (
        <button
          type="button"
          className="hs-table__sort"
          disabled={props.disabled}
          onClick={() => props.onSortChange?.(next)}
        >
          {props.children}
          {props.sortDirection === 'ascending'
            ? ' ▲'
            : props.sortDirection === 'descending'
              ? ' ▼'
              : ''}
        </button>
      ) : (
        props.children
      )}
    </th>
  );
}
export function TableCell(props: Cell) {
  return (
    <td style={cellStyle(props)} colSpan={props.colSpan} {...testIdOf(props)}>
      {props.children}
    </td>
  );
}
