/**
 * One cell of an imported sheet, as the file reader hands it on: text trimmed (empty text is
 * null), numbers as numbers, a date-formatted XLSX cell as `YYYY-MM-DD` text. CSV cells are
 * always text; the value readers (dates, countries, ...) accept both.
 */
export type Cell = string | number | boolean | null

/** A sheet's rows as read, top to bottom; row 0 is the file's first row. */
export type SheetRows = Cell[][]

/** The text a person sees in a cell ("" for an empty one). */
export function cellText(cell: Cell): string {
  if (cell === null) return ''
  return String(cell).trim()
}
