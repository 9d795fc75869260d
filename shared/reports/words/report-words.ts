import type { Language } from '../../settings/settings.ts'
import type { ReportSheet } from '../columns.ts'
import type { PeopleGroup } from '../report-data.ts'
import { azWords } from './az.ts'
import { enWords } from './en.ts'
import { kkWords } from './kk.ts'
import { ruWords } from './ru.ts'

/** Every word the annual workbook writes: sheet and column names, the summary's labels. */
export interface ReportWords {
  /** Excel allows 31 characters and no []:*?/\ in a sheet name. */
  sheets: Record<ReportSheet, string>
  columns: Record<ColumnWord, string>
  summary: {
    title: string
    academicYear: string
    calendarYear: string
    dates: string
    /** Shown when the period is still running: figures are to the day of the report. */
    through: string
    mobilityYear: string
    made: string
    agreements: string
    inForce: string
    newAgreements: string
    ended: string
    partners: string
    countries: string
    people: string
    groups: Record<PeopleGroup, string>
    students: string
    total: string
    funded: string
    fundingNotRecorded: string
    placesPerYear: string
  }
  change: { new: string; ended: string }
  /** The start of the saved file's name, before the period. */
  fileName: string
  yes: string
  no: string
  total: string
}

export type ColumnWord =
  | 'reference'
  | 'title'
  | 'kind'
  | 'status'
  | 'partners'
  | 'countries'
  | 'unit'
  | 'coordinator'
  | 'signedOn'
  | 'startsOn'
  | 'endsOn'
  | 'autoRenew'
  | 'noticeOn'
  | 'places'
  | 'outgoing'
  | 'incoming'
  | 'country'
  | 'agreements'
  | 'newAgreements'
  | 'direction'
  | 'mobilityType'
  | 'level'
  | 'people'
  | 'filled'
  | 'change'
  | 'daysLeft'
  | 'lapseDecided'

export const reportWords: Record<Language, ReportWords> = {
  en: enWords,
  ru: ruWords,
  kk: kkWords,
  az: azWords,
}
