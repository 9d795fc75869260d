import { neutralizeFormula } from './formula-injection.ts'

export const csvDelimiters = [',', ';'] as const
export type CsvDelimiter = (typeof csvDelimiters)[number]

export type CsvCell = string | number | null

/** The byte order mark that makes Excel read the file as UTF-8 (Cyrillic, Kazakh, Azerbaijani). */
const bom = '\uFEFF'

function cellText(cell: CsvCell, delimiter: CsvDelimiter): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return String(cell)
  const text = neutralizeFormula(cell)
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A CSV file as Excel opens it: BOM, the chosen delimiter, RFC 4180 quoting, CRLF lines. */
export function toCsv(header: string[], rows: CsvCell[][], delimiter: CsvDelimiter): string {
  const line = (cells: CsvCell[]) => cells.map((cell) => cellText(cell, delimiter)).join(delimiter)
  return bom + [header, ...rows].map(line).join('\r\n') + '\r\n'
}
