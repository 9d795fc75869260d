import type { TFunction } from 'i18next'
import type { CsvCell } from '../../../shared/export/csv.ts'
import type { ImportReport } from '../../../shared/import/import.ts'
import { issueText } from './import-texts.ts'

/** The import report as a spreadsheet: every row of the file and what became of it. */
export function importReportCsv(
  report: ImportReport,
  t: TFunction,
): { header: string[]; rows: CsvCell[][] } {
  return {
    header: [
      t('import.rows.row'),
      t('import.report.outcome'),
      t('import.fields.reference'),
      t('import.fields.partner'),
      t('import.report.reasons'),
    ],
    rows: report.rows.map((row) => [
      row.rowNumber,
      t(`import.report.outcomes.${row.outcome}`),
      row.reference,
      row.partners.join('; '),
      row.skippedByUser
        ? t('import.report.skippedByUser')
        : row.reasons.map((issue) => issueText(t, issue)).join(' '),
    ]),
  }
}
