import ExcelJS from 'exceljs'
import { listSheets } from '../../../shared/reports/columns.ts'
import type { LayoutContent } from '../../../shared/reports/layout.ts'
import type { AnnualReportData } from '../../../shared/reports/report-data.ts'
import { reportWords } from '../../../shared/reports/words/report-words.ts'
import { vocabularyWords } from '../../../shared/reports/words/vocabulary.ts'
import { writeFileAtomically } from '../atomic-file.ts'
import type { CellContext, SheetRows } from './cell-values.ts'
import { writeListSheet } from './list-sheet.ts'
import { dateFormatFor } from './sheet-style.ts'
import { writeSummarySheet } from './summary-sheet.ts'

export type ProgressListener = (done: number, total: number) => void

function countryNamer(language: string): (code: string) => string {
  const names = new Intl.DisplayNames([language, 'en'], { type: 'region', fallback: 'code' })
  return (code) => names.of(code) ?? code
}

/** The list sheets' rows in the order a reader expects: by country name, then partner. */
function sortedRows(data: AnnualReportData, context: CellContext, language: string): SheetRows {
  const collator = new Intl.Collator(language)
  const countryKey = (codes: string[]) => codes.map(context.countryName).join(', ')
  const byCountryThenPartner = <T extends { countries: string[]; partners: string }>(rows: T[]) =>
    [...rows].sort(
      (a, b) =>
        collator.compare(countryKey(a.countries), countryKey(b.countries)) ||
        collator.compare(a.partners, b.partners),
    )
  return {
    inForce: byCountryThenPartner(data.inForce),
    byCountry: [...data.byCountry].sort((a, b) =>
      collator.compare(context.countryName(a.country), context.countryName(b.country)),
    ),
    mobility: data.mobility,
    changes: data.changes,
    renewals: data.renewals,
  }
}

/**
 * Writes the annual report workbook to `file`, whole or not at all: the streaming writer fills a
 * temporary sibling that replaces `file` only once the workbook is complete.
 */
export async function writeAnnualWorkbook(
  file: string,
  data: AnnualReportData,
  layout: LayoutContent,
  firstMonth: number,
  onProgress: ProgressListener = () => {},
): Promise<{ rows: number }> {
  const language = layout.language
  const context: CellContext = {
    words: reportWords[language],
    vocabulary: vocabularyWords[language],
    countryName: countryNamer(language),
  }
  const rows = sortedRows(data, context, language)
  const total = listSheets.reduce((sum, sheet) => sum + rows[sheet].length, 0)
  let done = 0
  onProgress(0, total)
  const dateFormat = dateFormatFor(language)
  await writeFileAtomically(file, async (partial) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: partial,
      useStyles: true,
      useSharedStrings: false,
    })
    workbook.creator = 'Accord'
    workbook.created = new Date(`${data.today}T00:00:00Z`)
    writeSummarySheet(workbook, context.words.sheets.summary, {
      data,
      context,
      dateFormat,
      firstMonth,
    })
    for (const sheet of listSheets) {
      await writeListSheet(workbook, context.words.sheets[sheet], {
        sheet,
        columns: layout.columns[sheet],
        rows: rows[sheet],
        context,
        dateFormat,
        onRows: async (written) => {
          done += written
          onProgress(done, total)
          // Other calls (the progress itself) are answered between two batches of rows.
          await new Promise((resolve) => setImmediate(resolve))
        },
      })
    }
    await workbook.commit()
  })
  return { rows: total }
}
