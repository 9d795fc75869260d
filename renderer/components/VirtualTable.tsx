import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

export interface TableColumn<Row> {
  id: string
  header: string
  /** A CSS grid track, e.g. `2fr` or `120px`. */
  width: string
  render: (row: Row) => ReactNode
  /** The sort this column's header applies, if it sorts. */
  sort?: string
  numeric?: boolean
}

export interface VirtualTableProps<Row> {
  label: string
  rows: Row[]
  columns: TableColumn<Row>[]
  rowKey: (row: Row) => number
  /** The text a screen reader announces for a row. */
  rowLabel: (row: Row) => string
  sort: string
  direction: 'asc' | 'desc'
  onSortChange: (sort: string, direction: 'asc' | 'desc') => void
  onOpen: (row: Row) => void
  emptyText: string
  rowHeight?: number
}

/**
 * A sortable grid that draws only the rows in view, so ten thousand rows open and scroll as fast
 * as ten. Keyboard: Tab enters the grid on the current row; arrows, Page Up/Down, Home and End
 * move; Enter opens the row. Column headers are buttons that sort.
 */
export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { rows, columns, rowHeight = 46 } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const current = Math.min(active, Math.max(rows.length - 1, 0))
  // TanStack Virtual returns new functions each render by design; the compiler lint only warns about it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  })
  const template = columns.map((column) => column.width).join(' ')

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index))
    setActive(target)
    virtualizer.scrollToIndex(target, { align: 'auto' })
    // The row may only exist once the virtualizer has drawn it.
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus(),
    )
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, row: Row) => {
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1,
    )
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    }
    if (event.key in moves) {
      event.preventDefault()
      focusRow(moves[event.key]!)
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      props.onOpen(row)
    }
  }

  const ariaSort = (column: TableColumn<Row>) =>
    column.sort === props.sort
      ? props.direction === 'asc'
        ? 'ascending'
        : 'descending'
      : column.sort
        ? 'none'
        : undefined

  return (
    <div
      ref={scrollRef}
      className="vtable"
      role="grid"
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
    >
      <div
        className="vtable-header"
        role="row"
        aria-rowindex={1}
        style={{ gridTemplateColumns: template }}
      >
        {columns.map((column) => (
          <div
            key={column.id}
            role="columnheader"
            aria-sort={ariaSort(column)}
            className={`vtable-heading ${column.numeric ? 'numeric' : ''}`}
          >
            {column.sort ? (
              <button
                type="button"
                className="vtable-sort"
                onClick={() =>
                  props.onSortChange(
                    column.sort!,
                    column.sort === props.sort && props.direction === 'asc' ? 'desc' : 'asc',
                  )
                }
              >
                {column.header}
                {column.sort === props.sort && (
                  <span aria-hidden="true">{props.direction === 'asc' ? ' ▲' : ' ▼'}</span>
                )}
              </button>
            ) : (
              column.header
            )}
          </div>
        ))}
      </div>
      {rows.length === 0 ? (
        <div className="table-empty" role="row">
          <div role="gridcell">{props.emptyText}</div>
        </div>
      ) : (
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!
            return (
              <div
                key={props.rowKey(row)}
                role="row"
                aria-rowindex={item.index + 2}
                aria-label={props.rowLabel(row)}
                data-index={item.index}
                tabIndex={item.index === current ? 0 : -1}
                className="vtable-row"
                style={{
                  gridTemplateColumns: template,
                  height: item.size,
                  transform: `translateY(${item.start}px)`,
                }}
                onClick={() => {
                  setActive(item.index)
                  props.onOpen(row)
                }}
                onFocus={() => setActive(item.index)}
                onKeyDown={(event) => onKeyDown(event, item.index, row)}
              >
                {columns.map((column, index) => (
                  <div
                    key={column.id}
                    // The first column names the row, as a spreadsheet's first column does.
                    role={index === 0 ? 'rowheader' : 'gridcell'}
                    className={`vtable-cell ${column.numeric ? 'numeric' : ''}`}
                  >
                    {column.render(row)}
                  </div>
                ))}
              </div>
            )
          })}
        </div>
      )}
    </div>
  )
}
