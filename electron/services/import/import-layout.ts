import { cellText, type SheetRows } from '../../../shared/import/cell.ts'
import { findHeaderRow } from '../../../shared/import/header-row.ts'
import { detectDateOrder } from '../../../shared/import/import-dates.ts'
import { suggestMapping, type ImportField } from '../../../shared/import/import-fields.ts'
import type { ImportColumn, ImportLayout } from '../../../shared/import/import.ts'

const sampleCount = 3
const dateFields: ReadonlySet<ImportField> = new Set(['signedOn', 'startsOn', 'endsOn'])

/** The mapping remembered for a header row, keyed by its folded headers. */
export function layoutSignature(columns: readonly ImportColumn[]): string {
  return columns.map((column) => column.header.toLowerCase().replace(/\s+/g, ' ')).join('|')
}

/** The sheet's columns under a header row: the header text and a few values beneath. */
export function columnsOf(rows: SheetRows, headerRow: number): ImportColumn[] {
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0)
  const header = rows[headerRow] ?? []
  return Array.from({ length: width }, (_, index) => {
    const samples: string[] = []
    for (let row = headerRow + 1; row < rows.length && samples.length < sampleCount; row++) {
      const text = cellText(rows[row]?.[index] ?? null)
      if (text) samples.push(text.slice(0, 80))
    }
    return { index, header: cellText(header[index] ?? null), samples }
  })
}

/** Day/month order as the mapped date columns show it. */
export function dateOrderOf(
  rows: SheetRows,
  headerRow: number,
  mapping: ReadonlyArray<ImportField | null>,
): ImportLayout['dateOrder'] {
  const cells = []
  for (const [index, field] of mapping.entries()) {
    if (!field || !dateFields.has(field)) continue
    for (let row = headerRow + 1; row < rows.length; row++) cells.push(rows[row]?.[index] ?? null)
  }
  return detectDateOrder(cells)
}

/**
 * A sheet laid out for mapping: the header row found (or the one the user picked), its columns,
 * and the mapping remembered for these headers or else suggested from them.
 */
export function layoutOf(
  rows: SheetRows,
  sheet: number,
  headerRow: number | undefined,
  remembered: (signature: string) => Array<ImportField | null> | null,
): ImportLayout {
  const header = Math.min(headerRow ?? findHeaderRow(rows), Math.max(0, rows.length - 1))
  const columns = columnsOf(rows, header)
  const saved = remembered(layoutSignature(columns))
  const mapping =
    saved && saved.length === columns.length
      ? saved
      : suggestMapping(columns.map((column) => column.header))
  return {
    sheet,
    headerRow: header,
    dataRows: Math.max(0, rows.length - header - 1),
    columns,
    mapping,
    mappingRemembered: saved !== null && saved.length === columns.length,
    dateOrder: dateOrderOf(rows, header, mapping),
  }
}
