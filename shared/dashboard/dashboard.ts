import { z } from 'zod'
import type { IsoDate } from '../dates.ts'
import type { EventKind, Direction, MobilityType, StudyLevel } from '../agreements/vocabulary.ts'

export const dashboardInput = z.strictObject({})

/** How many academic years the flows chart shows, ending with the current one. */
export const flowYears = 6
/** How many countries the by-country chart shows, the ones with most agreements first. */
export const topCountries = 12
/** How far back "expired recently" looks, in days. */
export const expiredWithinDays = 90

/** The headline figures; each opens the list it counts. */
export interface DashboardTiles {
  /** Active or due: the agreements in force today. */
  inForce: number
  /** Partners not archived. */
  partners: number
  /** Countries of the partners of agreements in force. */
  countries: number
  /** Agreements signed (or, without a signing date, started) in the current academic year. */
  newThisYear: number
  /** Agreements whose notice date has come: the renewals to see to. */
  due: number
  /** Active agreements that ended in the last 90 days. */
  expiredRecently: number
}

/** Places promised and people exchanged in one academic year, for one kind of mobility. */
export interface MobilityFigure {
  direction: Direction
  mobilityType: MobilityType
  /** null for staff mobility, which has no study level. */
  level: StudyLevel | null
  quota: number
  actual: number
}

export interface YearFlow {
  academicYear: number
  outgoing: number
  incoming: number
}

export interface CountryFigure {
  country: string
  /** Agreements in force with a partner in this country. */
  agreements: number
  /** People exchanged in the current academic year under agreements with this country. */
  people: number
}

export interface ActivityItem {
  agreementId: number
  reference: string
  title: string
  kind: EventKind
  occurredOn: IsoDate
  recordedAt: string
}

export interface Dashboard {
  today: IsoDate
  academicYear: number
  /** The current academic year's first and last day. */
  yearFrom: IsoDate
  yearTo: IsoDate
  tiles: DashboardTiles
  mobility: MobilityFigure[]
  flows: YearFlow[]
  byCountry: CountryFigure[]
  recent: ActivityItem[]
}
