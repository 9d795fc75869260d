import type { ListSheet } from '../../../shared/reports/columns.ts'
import type {
  ReportAgreement,
  ReportChange,
  ReportCountry,
  ReportMobility,
  ReportRenewal,
} from '../../../shared/reports/report-data.ts'
import type { ReportWords } from '../../../shared/reports/words/report-words.ts'
import type { VocabularyWords } from '../../../shared/reports/words/vocabulary.ts'

/** What one cell holds before it is styled: text, a number, a date (ISO), or nothing. */
export type CellValue = string | number | { date: string } | null

export interface CellContext {
  words: ReportWords
  vocabulary: VocabularyWords
  countryName: (code: string) => string
}

export interface SheetRows {
  inForce: ReportAgreement[]
  byCountry: ReportCountry[]
  mobility: ReportMobility[]
  changes: ReportChange[]
  renewals: ReportRenewal[]
}

const date = (value: string | null): CellValue => (value === null ? null : { date: value })

function agreementCell(row: ReportAgreement, column: string, context: CellContext): CellValue {
  const { words, vocabulary } = context
  switch (column) {
    case 'reference':
      return row.reference
    case 'title':
      return row.title
    case 'kind':
      return vocabulary.kinds[row.kind] ?? row.kind
    case 'status':
      return vocabulary.status[row.status] ?? row.status
    case 'partners':
      return row.partners
    case 'countries':
      return row.countries.map(context.countryName).join(', ')
    case 'unit':
      return row.unit
    case 'coordinator':
      return row.coordinator
    case 'signedOn':
      return date(row.signedOn)
    case 'startsOn':
      return date(row.startsOn)
    case 'endsOn':
      return date(row.endsOn)
    case 'autoRenew':
      return row.autoRenew ? words.yes : words.no
    case 'noticeOn':
      return date(row.noticeOn)
    case 'places':
      return row.places
    case 'outgoing':
      return row.outgoing
    case 'incoming':
      return row.incoming
    default:
      return null
  }
}

function mobilityCell(row: ReportMobility, column: string, context: CellContext): CellValue {
  const { vocabulary } = context
  switch (column) {
    case 'direction':
      return vocabulary.directions[row.direction]
    case 'mobilityType':
      return vocabulary.mobilityTypes[row.mobilityType]
    case 'level':
      return row.level === null ? null : vocabulary.levels[row.level]
    case 'places':
      return row.places
    case 'people':
      return row.people
    // A share of nothing promised is left empty rather than shown as 0 % or an error.
    case 'filled':
      return row.places > 0 ? row.people / row.places : null
    case 'countries':
      return row.countries.map(context.countryName).join(', ')
    default:
      return column === 'reference' ? row.reference : column === 'partners' ? row.partners : null
  }
}

/** The value of `column` for one row of `sheet`, in the report's language. */
export function cellValue(
  sheet: ListSheet,
  row: SheetRows[ListSheet][number],
  column: string,
  context: CellContext,
): CellValue {
  switch (sheet) {
    case 'byCountry': {
      const country = row as ReportCountry
      if (column === 'country') return context.countryName(country.country)
      return (country as unknown as Record<string, number>)[column] ?? null
    }
    case 'mobility':
      return mobilityCell(row as ReportMobility, column, context)
    case 'changes': {
      const change = row as ReportChange
      if (column === 'change') return context.words.change[change.change]
      return agreementCell(change, column, context)
    }
    case 'renewals': {
      const renewal = row as ReportRenewal
      if (column === 'daysLeft') return renewal.daysLeft
      if (column === 'lapseDecided')
        return renewal.lapseDecided ? context.words.yes : context.words.no
      return agreementCell(renewal, column, context)
    }
    case 'inForce':
      return agreementCell(row as ReportAgreement, column, context)
  }
}
