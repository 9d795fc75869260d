import { columnsOf, listSheets, type ListSheet } from '../../../shared/reports/columns.ts'
import type { LayoutContent, ReportLayout } from '../../../shared/reports/layout.ts'

/*
 * The layout editor's edits as pure functions of a column list, so the screen only wires
 * buttons to them and the rules (a sheet keeps at least one column) live in one place.
 */

/** Moves `column` one place up (-1) or down (+1); at either end the list is unchanged. */
export function moveColumn(columns: string[], column: string, by: -1 | 1): string[] {
  const from = columns.indexOf(column)
  const to = from + by
  if (from < 0 || to < 0 || to >= columns.length) return columns
  const moved = [...columns]
  moved[from] = columns[to]!
  moved[to] = column
  return moved
}

/** The workbook needs at least one column per sheet (the schema refuses an empty one). */
export function removeColumn(columns: string[], column: string): string[] {
  if (columns.length <= 1) return columns
  return columns.filter((id) => id !== column)
}

export function addColumn(columns: string[], column: string): string[] {
  return columns.includes(column) ? columns : [...columns, column]
}

/** The sheet's columns not yet chosen, in the sheet's own order. */
export function remainingColumns(sheet: ListSheet, columns: string[]): string[] {
  return columnsOf(sheet).filter((id) => !columns.includes(id))
}

export function contentOf(layout: ReportLayout): LayoutContent {
  return { language: layout.language, columns: layout.columns }
}

export function sameContent(a: LayoutContent, b: LayoutContent): boolean {
  return (
    a.language === b.language &&
    listSheets.every((sheet) => a.columns[sheet].join('\n') === b.columns[sheet].join('\n'))
  )
}
