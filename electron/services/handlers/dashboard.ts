import {
  dashboardTiles,
  figuresByCountry,
  flowsByYear,
  mobilityAgainstQuotas,
  recentActivity,
} from '../../../db/dashboard.ts'
import { getSettings } from '../../../db/settings.ts'
import { academicYearBounds, academicYearOf } from '../../../shared/agreements/academic-year.ts'
import { flowYears } from '../../../shared/dashboard/dashboard.ts'
import type { Handlers } from '../dispatcher.ts'
import type { HandlerContext } from '../handler-context.ts'

const recentItems = 8

export function dashboardHandlers(
  { db }: HandlerContext,
  renewIfNewDay: () => Promise<string>,
): Pick<Handlers, 'dashboard.get'> {
  return {
    'dashboard.get': async () => {
      const today = await renewIfNewDay()
      const { academicYearStartMonth } = await getSettings(db)
      const academicYear = academicYearOf(today, academicYearStartMonth)
      const { from, to } = academicYearBounds(academicYear, academicYearStartMonth)
      const year = { academicYear, from, to }
      return {
        today,
        academicYear,
        yearFrom: from,
        yearTo: to,
        tiles: await dashboardTiles(db, today, year),
        mobility: await mobilityAgainstQuotas(db, year),
        flows: await flowsByYear(db, academicYear - flowYears + 1, academicYear),
        byCountry: await figuresByCountry(db, today, academicYear),
        recent: await recentActivity(db, today, recentItems),
      }
    },
  }
}
