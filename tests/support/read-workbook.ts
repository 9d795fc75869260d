import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export interface OpenpyxlCell {
  v: string | number | boolean | null
  /** openpyxl's data type: 's' text, 'n' number, 'd' date, 'f' formula. */
  t: string
  f: string | null
  fmt: string
}

export interface OpenpyxlSheet {
  title: string
  freeze: string | null
  autoFilter: string | null
  widths: Record<string, number>
  rows: OpenpyxlCell[][]
}

const script = fileURLToPath(new URL('./read-workbook.py', import.meta.url))

/**
 * Reads a workbook with openpyxl from Debian's python3-openpyxl: an independent check of what
 * ExcelJS wrote. The system Python is called by path, since a user's `python3` may lack it.
 */
export function readWithOpenpyxl(file: string): OpenpyxlSheet[] {
  const output = execFileSync('/usr/bin/python3', [script, file], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  return JSON.parse(output) as OpenpyxlSheet[]
}
