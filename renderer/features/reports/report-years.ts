import { academicYearOf } from '../../../shared/agreements/academic-year.ts'
import { todayIso } from '../../../shared/dates.ts'

/** How many past years the year list offers; older reports are rarely asked for again. */
const pastYears = 10

/** The academic year running today, named by the year it starts in (2025 for "2025/2026"). */
export function currentAcademicYear(firstMonth: number, today = todayIso()): number {
  return academicYearOf(today, firstMonth)
}

/** Next year first (a report prepared ahead), then back ten years. */
export function reportYears(current: number): number[] {
  return Array.from({ length: pastYears + 2 }, (_, index) => current + 1 - index)
}
