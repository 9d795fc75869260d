import { z } from 'zod'
import { academicYearBounds, academicYearLabel } from '../agreements/academic-year.ts'
import type { IsoDate } from '../dates.ts'

/** The year a report covers: an academic year (named by the year it starts in) or a calendar year. */
export const periodKinds = ['academic', 'calendar'] as const
export type PeriodKind = (typeof periodKinds)[number]

export interface ReportPeriod {
  kind: PeriodKind
  year: number
}

export const reportPeriodInput = z.strictObject({
  kind: z.enum(periodKinds, { error: 'invalid_value' }),
  year: z.number({ error: 'invalid_value' }).int().min(1990).max(2100, { error: 'too_large' }),
})

export interface PeriodBounds {
  from: IsoDate
  to: IsoDate
  /**
   * Exchange counts are kept per academic year. A calendar year reports the academic year that
   * starts in it (its autumn intake when the year starts in September).
   */
  mobilityYear: number
}

export function periodBounds(period: ReportPeriod, firstMonth: number): PeriodBounds {
  if (period.kind === 'academic')
    return { ...academicYearBounds(period.year, firstMonth), mobilityYear: period.year }
  return { from: `${period.year}-01-01`, to: `${period.year}-12-31`, mobilityYear: period.year }
}

/** "2025/2026" or "2025": how a file name and the summary sheet name the period. */
export function periodLabel(period: ReportPeriod, firstMonth: number): string {
  return period.kind === 'academic'
    ? academicYearLabel(period.year, firstMonth)
    : String(period.year)
}
