import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Db } from '../../db/connection.ts'
import { annualReportData } from '../../db/reports/annual-report.ts'
import { writeAnnualWorkbook } from '../../electron/services/reports/annual-workbook.ts'
import type { IsoDate } from '../../shared/dates.ts'
import { listSheets } from '../../shared/reports/columns.ts'
import { defaultLayout } from '../../shared/reports/layout.ts'
import { footprintOf, measure, type Figure } from './measure.ts'

export interface ReportFootprint {
  rows: number
  cells: number
  bytes: number
  /** Highest resident memory seen while one workbook was built, above the level before it. */
  peakRssGrowthMb: number
  /** Longest the event loop waited (other calls would have waited as long) while it was built. */
  maxEventLoopDelayMs: number
}

/**
 * The annual report at benchmark size, as the report job builds it (electron/services/reports/
 * report-jobs.ts): the queries, then the workbook written batch by batch. The baseline is ExcelJS
 * alone streaming as many plain cells, so the ratio shows what Accord's own work costs on top.
 */
export async function measureAnnualReport(
  db: Db,
  today: IsoDate,
  academicYear: number,
): Promise<{ figures: Figure[]; footprint: ReportFootprint }> {
  const folder = mkdtempSync(join(tmpdir(), 'accord-bench-report-'))
  const file = join(folder, 'report.xlsx')
  const period = { kind: 'academic' as const, year: academicYear }
  const layout = defaultLayout
  const data = await annualReportData(db, period, 9, today)
  const rows = listSheets.reduce((sum, sheet) => sum + data[sheet].length, 0)
  const cells = listSheets.reduce(
    (sum, sheet) => sum + data[sheet].length * layout.columns[sheet].length,
    0,
  )

  const build = async () => {
    const fresh = await annualReportData(db, period, 9, today)
    await writeAnnualWorkbook(file, fresh, layout, 9)
  }
  const footprint = await footprintOf(build)
  const queries = await measure('annual report: queries', () =>
    annualReportData(db, period, 9, today),
  )
  const plainCells = await measure('ExcelJS streaming the same number of plain cells', () =>
    writePlainCells(join(folder, 'plain.xlsx'), rows, Math.ceil(cells / Math.max(rows, 1))),
  )
  const whole = await measure(`annual report workbook (${rows} rows, ${cells} cells)`, build, 3)
  const result = {
    figures: [
      queries,
      { ...whole, baseline: { name: 'ExcelJS alone', median: plainCells.median } },
      plainCells,
    ],
    footprint: { rows, cells, bytes: statSync(file).size, ...footprint },
  }
  rmSync(folder, { recursive: true, force: true })
  return result
}

async function writePlainCells(file: string, rows: number, columns: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true })
  const sheet = workbook.addWorksheet('Plain')
  for (let index = 0; index < rows; index += 1) {
    const values = Array.from({ length: columns }, (_, column) =>
      column % 2 === 0 ? `text ${index}` : index,
    )
    sheet.addRow(values).commit()
  }
  sheet.commit()
  await workbook.commit()
}
