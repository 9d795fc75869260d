import type { Workbook } from 'exceljs'
import { cellKindOf, isSummed, type ListSheet } from '../../../shared/reports/columns.ts'
import type { ColumnWord } from '../../../shared/reports/words/report-words.ts'
import { cellValue, type CellContext, type SheetRows } from './cell-values.ts'
import { columnLetter, columnWidth, percentFormat, setCell, styleHeader } from './sheet-style.ts'

export interface ListSheetOptions<S extends ListSheet> {
  sheet: S
  columns: string[]
  rows: SheetRows[S]
  context: CellContext
  dateFormat: string
  /** Called as rows are written, so a long export can show how far it got. */
  onRows: (written: number) => Promise<void>
}

/** Rows written between two reports of progress (and two chances for other work to run). */
const rowsPerStep = 500
/** Widths are judged from the first rows; a long tail does not slow the export down. */
const rowsForWidth = 2000

/**
 * One list sheet: a frozen header row with an autofilter, one row per record, and a total row
 * whose sums are formulas (with their values), so the totals still add up after a row is edited.
 */
export async function writeListSheet<S extends ListSheet>(
  workbook: Workbook,
  name: string,
  options: ListSheetOptions<S>,
): Promise<void> {
  const { sheet, columns, rows, context } = options
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  })
  const values = (column: string) =>
    rows.slice(0, rowsForWidth).map((row) => cellValue(sheet, row, column, context))
  worksheet.columns = columns.map((column) => {
    const header = context.words.columns[column as ColumnWord] ?? column
    return { key: column, width: columnWidth(header, values(column)) }
  })
  const header = worksheet.addRow(
    columns.map((column) => context.words.columns[column as ColumnWord] ?? column),
  )
  styleHeader(header)
  header.commit()

  const sums = new Map<string, number>()
  for (let index = 0; index < rows.length; index += 1) {
    const row = worksheet.addRow([])
    columns.forEach((column, position) => {
      const value = cellValue(sheet, rows[index]!, column, context)
      setCell(row.getCell(position + 1), value, options.dateFormat)
      if (cellKindOf(sheet, column) === 'percent') row.getCell(position + 1).numFmt = percentFormat
      if (isSummed(sheet, column) && typeof value === 'number')
        sums.set(column, (sums.get(column) ?? 0) + value)
    })
    row.commit()
    if ((index + 1) % rowsPerStep === 0) await options.onRows(rowsPerStep)
  }
  await options.onRows(rows.length % rowsPerStep)

  const lastDataRow = rows.length + 1
  // A total row only where there is something to add up (not under a list of dates and names).
  const anySummed = columns.some((column) => isSummed(sheet, column))
  if (rows.length > 0 && anySummed) writeTotals(worksheet.addRow([]), options, sums, lastDataRow)
  worksheet.autoFilter = `A1:${columnLetter(columns.length - 1)}${lastDataRow}`
  worksheet.commit()
}

function writeTotals<S extends ListSheet>(
  row: import('exceljs').Row,
  options: ListSheetOptions<S>,
  sums: Map<string, number>,
  lastDataRow: number,
): void {
  const { sheet, columns } = options
  const letterOf = (column: string) => columnLetter(columns.indexOf(column))
  columns.forEach((column, position) => {
    const cell = row.getCell(position + 1)
    if (isSummed(sheet, column)) {
      const letter = letterOf(column)
      cell.value = {
        formula: `SUM(${letter}2:${letter}${lastDataRow})`,
        result: sums.get(column) ?? 0,
      }
    } else if (column === 'filled' && columns.includes('places') && columns.includes('people')) {
      // The share of the totals, not the sum of the shares.
      const places = sums.get('places') ?? 0
      const totalRow = lastDataRow + 1
      cell.value = {
        formula: `IF(${letterOf('places')}${totalRow}>0,${letterOf('people')}${totalRow}/${letterOf('places')}${totalRow},"")`,
        result: places > 0 ? (sums.get('people') ?? 0) / places : '',
      }
      cell.numFmt = percentFormat
    }
  })
  const first = row.getCell(1)
  if (first.value === null || first.value === undefined) first.value = options.context.words.total
  row.font = { bold: true }
  row.commit()
}
