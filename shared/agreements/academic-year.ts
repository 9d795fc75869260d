import { parseIsoDate, type IsoDate } from '../dates.ts'

/**
 * An academic year is named by the calendar year it starts in: 2025 is "2025/2026" when the
 * year starts in September. With a January start it is simply the calendar year.
 */
export function academicYearOf(date: IsoDate, firstMonth: number): number {
  const parsed = parseIsoDate(date)
  const month = parsed.getMonth() + 1
  return month >= firstMonth ? parsed.getFullYear() : parsed.getFullYear() - 1
}

export function academicYearLabel(startYear: number, firstMonth: number): string {
  return firstMonth === 1 ? String(startYear) : `${startYear}/${startYear + 1}`
}

/** First and last day of an academic year, as ISO dates. */
export function academicYearBounds(
  startYear: number,
  firstMonth: number,
): { from: IsoDate; to: IsoDate } {
  const pad = (value: number) => String(value).padStart(2, '0')
  const from = `${startYear}-${pad(firstMonth)}-01`
  const lastMonth = firstMonth === 1 ? 12 : firstMonth - 1
  const lastYear = firstMonth === 1 ? startYear : startYear + 1
  const lastDay = new Date(lastYear, lastMonth, 0).getDate()
  return { from, to: `${lastYear}-${pad(lastMonth)}-${pad(lastDay)}` }
}
