import { Fragment, type ReactNode } from 'react';
import './data-table.css';

export interface Column {
  label: ReactNode;
  /** Read by screen readers only (an actions column). */
  hidden?: boolean;
  /** Centred figures. */
  numeric?: boolean;
  className?: string;
}

/** `false` leaves a column out (a column only some users see). */
type ColumnList = readonly (Column | string | false)[];

interface Shared {
  /** `data-testid` of the `<table>`. */
  testId?: string;
  /** Classes added to the table (`table-clickable`, a feature's table class). */
  className?: string;
  /** Classes added to the scrolling box around the table. */
  wrapClassName?: string;
  /** Shown instead of the table when there are no rows; a string becomes a muted paragraph. */
  empty?: ReactNode;
  emptyTestId?: string;
  /** Under the table: a pager, "show more", a note on the figures. */
  paging?: ReactNode;
  /** Under the table inside its scrolling box, so it scrolls with it: a legend, an "add row" button. */
  underTable?: ReactNode;
  /** A `<tfoot>` row or rows (totals). */
  footer?: ReactNode;
  /** The table's name for screen readers (the card around it names it for the eye). */
  caption?: ReactNode;
  'aria-label'?: string;
  'aria-labelledby'?: string;
}

type Head =
  | { columns: ColumnList; head?: never }
  /** Header rows for tables whose header does not fit one row of columns. */
  | { head: ReactNode; columns?: never };

type Body<T> =
  | {
      rows: readonly T[];
      rowKey: (row: T, index: number) => string;
      /** The `<tr>` (or rows) of one item. */
      renderRow: (row: T, index: number) => ReactNode;
      children?: never;
      groups?: never;
      rowCount?: never;
    }
  | {
      /** The body rows, written out. */
      children: ReactNode;
      /** For the empty state: how many body rows there are. */
      rowCount?: number;
      rows?: never;
      rowKey?: never;
      renderRow?: never;
      groups?: never;
    }
  | {
      /** Several `<tbody>`, each a group under its own heading row (competency kinds, org units). */
      groups: ReactNode;
      rowCount?: number;
      rows?: never;
      rowKey?: never;
      renderRow?: never;
      children?: never;
    };

export type DataTableProps<T> = Shared & Head & Body<T>;

/**
 * A table of records: blue header row, zebra rows, horizontal scroll when narrow, an empty state
 * and a slot for paging. Rows are the caller's, so they keep their own test ids and expansions.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const count = props.rows ? props.rows.length : props.rowCount;
  if (count === 0 && props.empty !== undefined) {
    return typeof props.empty === 'string' ? (
      <p className="muted" data-testid={props.emptyTestId}>
        {props.empty}
      </p>
    ) : (
      props.empty
    );
  }
  const tableClass = props.className ? `table ${props.className}` : 'table';
  return (
    <>
      {/* On a narrow screen the table scrolls sideways: a keyboard must be able to reach and scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is focusable (WCAG 2.1.1) */}
      <div className={props.wrapClassName ? `table-wrap ${props.wrapClassName}` : 'table-wrap'} tabIndex={0}>
        <table
          className={tableClass}
          data-testid={props.testId}
          aria-label={props['aria-label']}
          aria-labelledby={props['aria-labelledby']}
        >
          {props.caption && <caption className="visually-hidden">{props.caption}</caption>}
          <thead>{props.columns ? <HeaderRow columns={props.columns} /> : props.head}</thead>
          {props.groups ?? (
            <tbody>
              {props.rows
                ? props.rows.map((row, index) => (
                    <Fragment key={props.rowKey(row, index)}>{props.renderRow(row, index)}</Fragment>
                  ))
                : props.children}
            </tbody>
          )}
          {props.footer && <tfoot>{props.footer}</tfoot>}
        </table>
        {props.underTable}
      </div>
      {props.paging}
    </>
  );
}

function HeaderRow({ columns }: { columns: ColumnList }) {
  return (
    <tr>
      {columns.map((column, index) => {
        if (column === false) return null;
        const { label, hidden, numeric, className } = typeof column === 'string' ? { label: column } : column;
        const classes = [numeric && 'num', className].filter(Boolean).join(' ') || undefined;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are static; two may share a label
          <th key={index} scope="col" className={classes}>
            {hidden ? <span className="visually-hidden">{label}</span> : label}
          </th>
        );
      })}
    </tr>
  );
}
