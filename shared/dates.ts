import { addDays, addMonths, differenceInCalendarDays, format, parse } from 'date-fns'

/**
 * Calendar dates as the app stores them: `YYYY-MM-DD` text, read as local dates so that no
 * time zone moves a day. Arithmetic is date-fns's (month ends and leap days handled).
 */
export type IsoDate = string

const isoPattern = /^\d{4}-\d{2}-\d{2}$/

export function parseIsoDate(value: IsoDate): Date {
  return parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1))
}

/** True for a real calendar date in `YYYY-MM-DD` form (2025-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  if (!isoPattern.test(value)) return false
  // Checked by the numbers rather than by parsing the text: imports check thousands of dates.
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(2000, month - 1, day)
  date.setFullYear(year)
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd')
}

export function addDaysIso(value: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(parseIsoDate(value), days))
}

export function addMonthsIso(value: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonths(parseIsoDate(value), months))
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseIsoDate(to), parseIsoDate(from))
}

export function todayIso(now = new Date()): IsoDate {
  return toIsoDate(now)
}
