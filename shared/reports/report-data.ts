import type { AgreementStatus } from '../agreements/status.ts'
import type {
  AgreementKind,
  Direction,
  Funding,
  MobilityType,
  StudyLevel,
} from '../agreements/vocabulary.ts'
import type { IsoDate } from '../dates.ts'
import type { PeriodBounds, ReportPeriod } from './period.ts'

/** The figures of an annual report, read from the database in one go (db/reports.ts). */

/** One agreement as the report lists it; people and places are for the period's mobility year. */
export interface ReportAgreement {
  id: number
  reference: string
  title: string
  kind: AgreementKind
  status: AgreementStatus
  /** Partner names in the agreement's order, joined with "; ". */
  partners: string
  /** ISO country codes of the partners, without repeats. */
  countries: string[]
  /**
   * The first partner's country: the by-country sheet counts each agreement once, there, so
   * that its totals equal the summary's.
   */
  leadCountry: string
  unit: string | null
  coordinator: string | null
  signedOn: IsoDate | null
  startsOn: IsoDate | null
  endsOn: IsoDate | null
  autoRenew: boolean
  /** The last day on which notice can be given, for agreements with an end date. */
  noticeOn: IsoDate | null
  places: number
  outgoing: number
  incoming: number
}

export interface ReportChange extends ReportAgreement {
  change: 'new' | 'ended'
}

export interface ReportRenewal extends ReportAgreement {
  daysLeft: number
  /** The office decided to let it lapse. */
  lapseDecided: boolean
}

export interface ReportCountry {
  country: string
  partners: number
  agreements: number
  newAgreements: number
  places: number
  outgoing: number
  incoming: number
}

export interface ReportMobility {
  agreementId: number
  reference: string
  partners: string
  countries: string[]
  /** The first partner's country: where "By country" counts these people. */
  leadCountry: string
  direction: Direction
  mobilityType: MobilityType
  level: StudyLevel | null
  places: number
  people: number
}

/** Students by study level, staff on their own; "other" is a student count with no level. */
export const peopleGroups = ['bachelor', 'master', 'doctoral', 'students_other', 'staff'] as const
export type PeopleGroup = (typeof peopleGroups)[number]

export interface ReportSummary {
  inForce: number
  newAgreements: number
  ended: number
  partners: number
  countries: number
  people: { direction: Direction; group: PeopleGroup; people: number }[]
  /** Places per year promised under each funding, for the mobility year. */
  funded: { funding: Funding | null; places: number }[]
}

export interface AnnualReportData {
  period: ReportPeriod
  bounds: PeriodBounds
  /** The period's last day, or today when the period is still running. */
  through: IsoDate
  today: IsoDate
  summary: ReportSummary
  inForce: ReportAgreement[]
  byCountry: ReportCountry[]
  mobility: ReportMobility[]
  changes: ReportChange[]
  renewals: ReportRenewal[]
}

/** How far ahead the "Renewals ahead" sheet looks from the day of the report. */
export const renewalsAheadDays = 365
