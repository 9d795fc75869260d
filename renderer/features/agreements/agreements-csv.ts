import type { TFunction } from 'i18next'
import type { AgreementSummary } from '../../../shared/agreements/agreement.ts'
import type { CsvCell } from '../../../shared/export/csv.ts'
import { countryNamesOf } from '../../components/country-names.ts'
import type { AgreementColumn } from './agreement-filters.ts'

/**
 * The agreements list as a spreadsheet: the columns shown, in their order, with the words of the
 * interface's language; dates as YYYY-MM-DD (which every spreadsheet reads as a date), days as
 * numbers.
 */
export function agreementsCsv(
  agreements: AgreementSummary[],
  columns: AgreementColumn[],
  t: TFunction,
  language: string,
): { header: string[]; rows: CsvCell[][] } {
  const value: Record<AgreementColumn, (row: AgreementSummary) => CsvCell> = {
    reference: (row) => row.reference,
    title: (row) => row.title,
    partners: (row) => row.partnerNames,
    country: (row) => countryNamesOf(row.countries, language),
    kind: (row) => t(`agreements.kinds.${row.kind}`),
    status: (row) => t(`agreements.status.${row.status}`),
    endsOn: (row) => row.endsOn,
    daysLeft: (row) => row.daysLeft,
    unit: (row) => row.unit,
  }
  return {
    header: columns.map((column) => t(`agreements.columns.${column}`)),
    rows: agreements.map((row) => columns.map((column) => value[column](row))),
  }
}
