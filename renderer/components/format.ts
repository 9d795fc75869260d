import { isIsoDate, parseIsoDate } from '../../shared/dates.ts'

/**
 * Dates in the user's language, e.g. "Nov 27, 2026" or "27 нояб. 2026 г.". A calendar date
 * (`YYYY-MM-DD`) is read as a local date, so no time zone moves it a day; a timestamp is shown
 * in local time.
 */
export function formatDate(value: string, language: string): string {
  const date = isIsoDate(value) ? parseIsoDate(value) : new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(date)
}
