import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../shared/contract/result.ts'
import { todayIso } from '../../../shared/dates.ts'
import { ErrorNotice } from '../../components/ErrorNotice.tsx'
import { formatDate } from '../../components/format.ts'
import { PrintToolbar } from './PrintToolbar.tsx'
import './print.css'

export interface PrintedColumn<Row> {
  id: string
  header: string
  numeric?: boolean
  /** Its share of the page's width against the other columns' (1 when not given). */
  share?: number
  render: (row: Row) => ReactNode
}

export interface PrintedListProps<Row> {
  title: string
  /** "Status: Active · Country: Kazakhstan", already in words; empty when nothing narrows the list. */
  filters: string[]
  sortText: string
  countText: string | undefined
  rows: Row[] | undefined
  error: AppError | undefined
  onRetry: () => void
  columns: PrintedColumn<Row>[]
  rowKey: (row: Row) => number
  backHref: string
  backLabel: string
}

const cellClass = (column: { numeric?: boolean }) => (column.numeric ? 'numeric' : undefined)

/**
 * Each column's width as a share of the page. The table's layout is fixed to these: left to
 * itself, Chromium gives a long unbreakable cell its whole width and squeezes names to a word a line.
 */
function columnWidths(columns: { share?: number }[]): string[] {
  const total = columns.reduce((sum, column) => sum + (column.share ?? 1), 0)
  return columns.map((column) => `${(((column.share ?? 1) / total) * 100).toFixed(2)}%`)
}

/**
 * A whole list as a plain table for paper. The screen's table is virtualised (only the rows in
 * view exist), so it would print a fragment; here every row is in the document, the header row
 * repeats on each page and no row is split between two (print.css).
 */
export function PrintedList<Row>({
  title,
  filters,
  sortText,
  countText,
  rows,
  error,
  onRetry,
  columns,
  rowKey,
  backHref,
  backLabel,
}: PrintedListProps<Row>) {
  const { t, i18n } = useTranslation()
  return (
    <div className="page">
      <PrintToolbar
        backHref={backHref}
        backLabel={backLabel}
        pdfName={`${title} ${todayIso()}`}
        ready={rows !== undefined}
      />
      <article className="print-sheet print-list" aria-labelledby="printed-list-title">
        <header className="print-head">
          <div className="print-kicker">
            <span>{countText}</span>
            <span>{t('print.printedOn', { date: formatDate(todayIso(), i18n.language) })}</span>
          </div>
          <h1 id="printed-list-title">{title}</h1>
          <p className="print-meta" data-testid="printed-filters">
            {filters.length > 0
              ? `${t('print.list.filters')}: ${filters.join(' · ')}`
              : t('print.list.noFilters')}
            {' — '}
            {sortText}
          </p>
        </header>
        {error ? (
          <ErrorNotice error={error} onRetry={onRetry} />
        ) : rows === undefined ? (
          <p className="loading">{t('common.loading')}</p>
        ) : (
          <table className="print-table print-list-table">
            <colgroup>
              {columnWidths(columns).map((width, index) => (
                <col key={columns[index]!.id} style={{ width }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.id} scope="col" className={cellClass(column)}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <td key={column.id} className={cellClass(column)}>
                      {column.render(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
    </div>
  )
}
