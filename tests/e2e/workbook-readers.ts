import ExcelJS from 'exceljs'
import { execFileSync } from 'node:child_process'

/**
 * A downloaded workbook read back by two independent readers, ExcelJS (the library that wrote
 * it) and Python's openpyxl (what many offices' scripts use), into one plain shape so a test
 * can check both the same way: what a reader sees, not what the writer meant.
 */

/** A cell as read: text, a number, a date cell (its day), or empty. */
export type ReadCell = string | number | { date: string } | null

export interface ReadSheet {
  name: string
  /** Values as displayed: a formula's cached result, a date cell as its day. */
  rows: ReadCell[][]
  /** The first cell below and right of the frozen panes ("A2": the header row frozen). */
  frozenAt: string | null
  autoFilter: string | null
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

function excelJsCell(value: ExcelJS.CellValue): ReadCell {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return { date: isoDay(value) }
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'boolean') return String(value)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  return String(value as unknown)
}

/** ExcelJS's frozen view as openpyxl names it: the top-left cell of the scrolling pane. */
function frozenAt(view: Partial<ExcelJS.WorksheetView> | undefined): string | null {
  if (!view || view.state !== 'frozen') return null
  const { xSplit = 0, ySplit = 0 } = view as { xSplit?: number; ySplit?: number }
  return `${String.fromCharCode(65 + xSplit)}${ySplit + 1}`
}

export async function readWithExcelJs(file: string): Promise<ReadSheet[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  return workbook.worksheets.map((sheet) => {
    const rows: ReadCell[][] = []
    for (let number = 1; number <= sheet.rowCount; number += 1) {
      const row = sheet.getRow(number)
      rows.push(
        Array.from({ length: sheet.columnCount }, (_, index) => {
          const cell = row.getCell(index + 1)
          // A formula's `value` drops a cached result of 0 (ExcelJS copies only truthy parts);
          // `result` keeps it.
          return cell.type === ExcelJS.ValueType.Formula
            ? excelJsCell(cell.result as ExcelJS.CellValue)
            : excelJsCell(cell.value)
        }),
      )
    }
    const filter = sheet.autoFilter
    return {
      name: sheet.name,
      rows,
      frozenAt: frozenAt((sheet.views as ExcelJS.WorksheetView[] | null)?.[0]),
      autoFilter: typeof filter === 'string' ? filter : filter ? JSON.stringify(filter) : null,
    }
  })
}

/** data_only: formulas read as the values Excel would show, as a reader without Excel gets them. */
const openpyxlScript = `
import datetime, json, sys
from openpyxl import load_workbook

def cell(value):
    if isinstance(value, datetime.datetime):
        return {"date": value.date().isoformat()}
    if isinstance(value, datetime.date):
        return {"date": value.isoformat()}
    return value

book = load_workbook(sys.argv[1], data_only=True)
sheets = []
for sheet in book.worksheets:
    sheets.append({
        "name": sheet.title,
        "rows": [[cell(value) for value in row] for row in sheet.iter_rows(values_only=True)],
        "frozenAt": sheet.freeze_panes,
        "autoFilter": sheet.auto_filter.ref,
    })
json.dump(sheets, sys.stdout, ensure_ascii=False)
`

/** Debian's openpyxl lives in the system Python, not in a pyenv shim that may come first. */
export function readWithOpenpyxl(file: string): ReadSheet[] {
  const python = process.env.ACCORD_PYTHON ?? '/usr/bin/python3'
  const output = execFileSync(python, ['-c', openpyxlScript, file], {
    encoding: 'utf8',
    // The default 1 MB is too little for a large office's workbook as JSON.
    maxBuffer: 256 * 1024 * 1024,
  })
  return JSON.parse(output) as ReadSheet[]
}
