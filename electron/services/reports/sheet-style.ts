import type { Cell, Row } from 'exceljs'
import type { Language } from '../../../shared/settings/settings.ts'
import type { CellValue } from './cell-values.ts'

/** Dates as the office writes them: day first in Russian, Kazakh and Azerbaijani; ISO in English. */
export function dateFormatFor(language: Language): string {
  return language === 'en' ? 'yyyy-mm-dd' : 'dd.mm.yyyy'
}

export const percentFormat = '0%'
/** Excel's "Text" format: what is typed or pasted into the cell later stays text, never a formula. */
const textFormat = '@'

/** Text a spreadsheet would take for a formula if someone edited the cell (see formula-injection.ts). */
const formulaLike = /^[=+\-@\t\r]/

export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/**
 * Puts a value in a cell: a date as a real date cell (midnight UTC, which Excel reads as that
 * day), a number as a number, text as text. Text is always stored as a string, never as a
 * formula; formula-like text also gets the Text format so that editing it keeps it text.
 */
export function setCell(cell: Cell, value: CellValue, dateFormat: string): void {
  if (value === null) return
  if (typeof value === 'object') {
    const [year, month, day] = value.date.split('-').map(Number)
    cell.value = new Date(Date.UTC(year!, month! - 1, day!))
    cell.numFmt = dateFormat
    return
  }
  cell.value = value
  if (typeof value === 'string' && formulaLike.test(value)) cell.numFmt = textFormat
}

export function styleHeader(row: Row): void {
  row.font = { bold: true }
  row.alignment = { vertical: 'top', wrapText: true }
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } }
}

/** A column wide enough for its header and its longest value, within reason. */
export function columnWidth(header: string, values: Iterable<CellValue>): number {
  let longest = Math.min(header.length, 24)
  for (const value of values) {
    if (value === null) continue
    const length = typeof value === 'object' ? 10 : typeof value === 'number' ? 8 : value.length
    if (length > longest) longest = length
  }
  return Math.min(Math.max(longest + 2, 8), 60)
}
