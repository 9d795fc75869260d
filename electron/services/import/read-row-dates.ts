import { addDaysIso, addMonthsIso, type IsoDate } from '../../../shared/dates.ts'
import type { Cell } from '../../../shared/import/cell.ts'
import type { DateOrder } from '../../../shared/import/import-dates.ts'
import { cachedDateCell } from './cached-readers.ts'
import type { ImportField, ImportIssue } from '../../../shared/import/import.ts'

export interface RowDates {
  signedOn: IsoDate | null
  startsOn: IsoDate | null
  endsOn: IsoDate | null
  openEnded: boolean
  /** The end cell's words when it says the agreement is being renewed, for the notes. */
  pendingText: string | null
}

type DateField = 'signedOn' | 'startsOn' | 'endsOn'

/**
 * Reads the three date columns of a row the way an office fills them: a single date, a year
 * alone, several dates, a period "01.09.2020 – 31.08.2025" in the end column, a duration
 * ("5 лет") counted from the start, or words for "no end date".
 */
export function readRowDates(
  cells: Record<DateField, Cell>,
  order: DateOrder | null,
  issues: ImportIssue[],
): RowDates {
  const result: RowDates = {
    signedOn: null,
    startsOn: null,
    endsOn: null,
    openEnded: false,
    pendingText: null,
  }
  const error = (field: ImportField, code: ImportIssue['code'], text: string) =>
    issues.push({ severity: 'error', code, field, params: { text } })
  const warn = (field: ImportField, code: ImportIssue['code'], text: string) =>
    issues.push({ severity: 'warning', code, field, params: { text } })

  // The signing and start dates: one day each.
  for (const field of ['signedOn', 'startsOn'] as const) {
    const cell = cells[field]
    const text = String(cell ?? '')
    const read = cachedDateCell(cell, order)
    switch (read.kind) {
      case 'empty':
        break
      case 'date':
        result[field] = read.date
        break
      case 'year':
        result[field] = `${read.year}-01-01`
        warn(field, 'year_only', text)
        break
      case 'dates':
        result[field] = read.dates[0] ?? null
        warn(field, 'several_dates', text)
        break
      case 'range':
        result[field] = read.from
        if (field === 'startsOn' && !cells.endsOn) result.endsOn = read.to
        warn(field, 'range_in_date', text)
        break
      case 'invalid':
        error(field, invalidCode(read.reason), text)
        break
      default:
        error(field, 'date_not_single', text)
    }
  }

  const endCell = cells.endsOn
  const endText = String(endCell ?? '')
  const end = cachedDateCell(endCell, order)
  switch (end.kind) {
    case 'empty':
      break
    case 'date':
      result.endsOn = end.date
      break
    case 'year':
      result.endsOn = `${end.year}-12-31`
      warn('endsOn', 'year_only', endText)
      break
    case 'dates':
      // "31.08.2025; продлен до 31.08.2030": the last date written is the one in force.
      result.endsOn = end.dates.at(-1) ?? null
      warn('endsOn', 'several_dates', endText)
      break
    case 'range':
      result.startsOn ??= end.from
      result.endsOn = end.to
      break
    case 'duration': {
      const from = result.startsOn ?? result.signedOn
      if (from) result.endsOn = addDaysIso(addMonthsIso(from, end.months), -1)
      else error('endsOn', 'duration_without_start', endText)
      break
    }
    case 'open':
      result.openEnded = true
      break
    case 'pending':
      result.pendingText = end.text
      warn('endsOn', 'end_pending', endText)
      break
    case 'invalid':
      error('endsOn', invalidCode(end.reason), endText)
      break
  }
  if (result.signedOn && result.endsOn && result.endsOn < result.signedOn) {
    issues.push({
      severity: 'error',
      code: 'ends_before_signing',
      field: 'endsOn',
      params: { text: endText },
    })
  }
  if (result.startsOn && result.endsOn && result.endsOn < result.startsOn) {
    issues.push({
      severity: 'error',
      code: 'ends_before_start',
      field: 'endsOn',
      params: { text: endText },
    })
  }
  return result
}

function invalidCode(reason: 'unreadable' | 'impossible' | 'ambiguous'): ImportIssue['code'] {
  if (reason === 'impossible') return 'date_impossible'
  if (reason === 'ambiguous') return 'date_ambiguous'
  return 'date_unreadable'
}
