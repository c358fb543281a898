import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';

/**
 * The one table of the dashboard: TanStack Table's rows in a focusable, scrolling frame.
 * `cards` turns each row into a small card on a phone (label beside value, from the
 * column header), for tables people read on 360 px; the others scroll sideways.
 */
export function DataTable<T>(props: {
  data: T[];
  // TanStack's own column type: each column's value type differs, hence `any` there.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  caption?: ReactNode;
  testId?: string;
  cards?: boolean;
  className?: string;
  rowKey?: (row: T, index: number) => string;
  rowClass?: (row: T) => string | undefined;
  /** Shown as the one row when there are none. */
  empty?: string;
}) {
  const table = useReactTable({
    data: props.data,
    columns: props.columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: props.rowKey,
  });
  const classes = [props.cards ? 'cards' : '', props.className ?? ''].join(' ').trim() || undefined;
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className={classes} data-testid={props.testId}>
        {props.caption !== undefined && <caption className="muted">{props.caption}</caption>}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={props.rowClass?.(row.original)}>
              {row.getVisibleCells().map((cell) => (
                <td
                  key={cell.id}
                  data-label={typeof cell.column.columnDef.header === 'string' ? cell.column.columnDef.header : ''}
                  className={(cell.column.columnDef.meta as { className?: string } | undefined)?.className}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
          {props.empty !== undefined && props.data.length === 0 && (
            <tr>
              <td colSpan={props.columns.length} className="muted">
                {props.empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
