import { addDaysIso, type IsoDate } from '../dates.ts'
import { foldForSearch } from '../search.ts'
import { cellText, type Cell } from './cell.ts'

export type DateOrder = 'dmy' | 'mdy'
/** What one date cell says. */
export type DateCell =
  | { kind: 'empty' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'year'; year: number } // "2023" alone
  | { kind: 'range'; from: IsoDate; to: IsoDate } // "01.09.2020 - 31.08.2025", "2020–2025"
  | { kind: 'dates'; dates: IsoDate[] } // "12.03.2019; продлен 15.04.2024", in the order written
  | { kind: 'duration'; months: number } // "5 лет", "24 months", "18 ay"
  | { kind: 'open' } // no end date: "бессрочно", "until terminated"
  | { kind: 'pending'; text: string } // "на продлении", "pending renewal"
  | { kind: 'invalid'; text: string; reason: 'unreadable' | 'impossible' | 'ambiguous' }

type Problem = 'impossible' | 'ambiguous'
/** One date read from text: the date, why it cannot be one, or null when it is no date at all. */
type Reading = { date: IsoDate } | { problem: Problem } | null

/** Folded words without punctuation, for comparing phrases. */
function phrase(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Phrases separated by "|" or line breaks, compared as folded words. */
function phrases(text: string): Set<string> {
  return new Set(
    text
      .split(/[|\n]/)
      .map(phrase)
      .filter((words) => words !== ''),
  )
}

/** Ways of saying that an agreement has no end date. */
const openPhrases = phrases(`
  бессрочно | бессрочный | бессрочное | бессрочная | без срока | без ограничения срока
  до расторжения | до момента расторжения | бессрочно до расторжения | indefinite | indefinitely
  unlimited | open-ended | open | no end date | no expiry | until terminated | until termination
  мерзімсіз | шексіз | мерзімі шектелмеген | müddətsiz | limitsiz
`)

/** Ways of saying that the agreement is being renewed and its new end date is not known yet. */
const pendingPhrases = phrases(`
  pending renewal | renewal pending | under renewal | pending | renewal in progress
  на продлении | в процессе продления | в стадии продления | продлевается | ожидает продления
  ұзартылуда | ұзарту үстінде | uzadılır | uzadılma mərhələsində
`)

const yearUnits = 'лет|года|год|years|year|yrs|yr|жылға|жыл|illik|il'
const monthUnits = 'месяцев|месяца|месяц|мес|months|month|mos|айға|ай|aylıq|ay'
const durationPattern = new RegExp(
  `^(?:(?:на|сроком на|сроком|for|for a period of|a period of)\\s+)?(\\d{1,3}(?:[.,]\\d+)?)\\s*` +
    `(?:(${foldForSearch(yearUnits)})|(${foldForSearch(monthUnits)}))\\.?` +
    `(?:\\s+(?:мерзімге|${foldForSearch('müddətinə')}))?$`,
  'u',
)

/** "5 лет", "сроком на 3 года", "24 мес.", "18 ay": the length of the agreement in months. */
function readDuration(folded: string): number | null {
  const match = durationPattern.exec(folded)
  if (!match) return null
  const amount = Number(match[1]!.replace(',', '.')) * (match[2] ? 12 : 1)
  const months = Math.round(amount * 1000) / 1000 // past floating-point noise
  // A hundred years is no term; "2020 года" is a year, not 2020 years.
  return Number.isInteger(months) && months > 0 && months <= 1200 ? months : null
}

/** Month names in English, Russian (nominative, genitive, abbreviated), Kazakh, Azerbaijani. */
const monthNames = new Map(
  [
    'january jan январь января янв қаңтар yanvar',
    'february feb февраль февраля фев февр ақпан fevral',
    'march mar март марта мар наурыз mart',
    'april apr апрель апреля апр сәуір aprel',
    'may май мая мамыр',
    'june jun июнь июня июн маусым iyun',
    'july jul июль июля июл шілде iyul',
    'august aug август августа авг тамыз avqust',
    'september sep sept сентябрь сентября сен сент қыркүйек sentyabr',
    'october oct октябрь октября окт қазан oktyabr',
    'november nov ноябрь ноября ноя нояб қараша noyabr',
    'december dec декабрь декабря дек желтоқсан dekabr',
  ].flatMap((names, index) =>
    foldForSearch(names)
      .split(' ')
      .map((name) => [name, index + 1]),
  ),
)

/** Two-digit years: 00-69 are this century's, 70-99 the last one's (as Excel reads them). */
function fullYear(digits: string): number {
  const year = Number(digits)
  if (digits.length !== 2) return year
  return year < 70 ? 2000 + year : 1900 + year
}

/** 31.02.2020 is not a day: the calendar moves it into March. Quicker than parsing the text. */
function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

function calendarDate(year: number, month: number, day: number): Reading {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  // Years outside 1900-2100 are typing slips ("0202"), not dates an agreement can have.
  if (year < 1900 || year > 2100 || !isRealDay(year, month, day)) return { problem: 'impossible' }
  return { date: iso }
}

/** 03/04/2020 is 3 April or March 4: the file's order decides, or it cannot be read alone. */
function dayOrMonthFirst(a: number, b: number, year: number, order: DateOrder | null): Reading {
  if (order === 'dmy') return calendarDate(year, b, a)
  if (order === 'mdy') return calendarDate(year, a, b)
  if (a === b || (a > 12 && b <= 12)) return calendarDate(year, b, a)
  if (b > 12 && a <= 12) return calendarDate(year, a, b)
  return a > 12 ? { problem: 'impossible' } : { problem: 'ambiguous' }
}

const isoPattern =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/
const yearFirstPattern = /^(\d{4})([./])(\d{1,2})\2(\d{1,2})$/
const dottedPattern = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.?$/
const slashedPattern = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/
const dayMonthYearPattern = /^(\d{1,2})(?:st|nd|rd|th)?[\s.-]*(\p{L}+)\.?[\s.,-]*(\d{4}|\d{2})$/u
const monthDayYearPattern = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u
/** "г.", "года" (Russian), "ж." (Kazakh), "il" (Azerbaijani) after a year. */
const yearWord = /(\d)\s*(?:гг|года|год|г|жылы|жыл|ж|il)\.?(?=$|[\s,;–—-])/gu
const timeOfDay = /\s+\d{1,2}:\d{2}(?::\d{2})?$/

/** One date written out; null when the text is not a date (or not only a date). */
function readDate(text: string, order: DateOrder | null): Reading {
  const value = text.replace(yearWord, '$1').replace(timeOfDay, '').trim()
  let m: RegExpExecArray | null
  if ((m = isoPattern.exec(value))) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]))
  if ((m = yearFirstPattern.exec(value))) {
    return calendarDate(Number(m[1]), Number(m[3]), Number(m[4]))
  }
  // Dotted dates are day-first wherever they are written.
  if ((m = dottedPattern.exec(value))) {
    return calendarDate(fullYear(m[3]!), Number(m[2]), Number(m[1]))
  }
  if ((m = slashedPattern.exec(value))) {
    return dayOrMonthFirst(Number(m[1]), Number(m[3]), fullYear(m[4]!), order)
  }
  if ((m = dayMonthYearPattern.exec(value)) && monthNames.has(m[2]!)) {
    return calendarDate(fullYear(m[3]!), monthNames.get(m[2]!)!, Number(m[1]))
  }
  if ((m = monthDayYearPattern.exec(value)) && monthNames.has(m[1]!)) {
    return calendarDate(Number(m[3]), monthNames.get(m[1]!)!, Number(m[2]))
  }
  return null
}

/** Words that may stand before a lone date: "до 31.08.2025", "с 01.09.2020", "from ...". */
const leadingWord = /^(?:с|со|от|до|по|from|since|until|till|to|valid until|valid from|dated)\s+/u

/** One end of a range: a date, or a bare year (from 1 January, to 31 December). */
function readEnd(text: string, order: DateOrder | null, end: 'from' | 'to'): Reading {
  const year = /^(\d{4})$/.exec(text.replace(yearWord, '$1').trim())
  if (year) return calendarDate(Number(year[1]), end === 'from' ? 1 : 12, end === 'from' ? 1 : 31)
  return readDate(text, order)
}

const rangeSeparator = /\s*(?:[–—-]|\s(?:по|до|to|until|till|through|дейін)\s)\s*/gu

/** "01.09.2020 - 31.08.2025", "с 01.09.2020 по 31.08.2025", "2020–2025". */
function readRange(folded: string, order: DateOrder | null): DateCell | Problem | null {
  const text = folded
    .replace(/^(?:с|со|from|valid from|период)\s+/u, '')
    .replace(/\s+бастап\s+/u, ' - ')
    .replace(/\s+дейін$/u, '')
  for (const separator of text.matchAll(rangeSeparator)) {
    const from = readEnd(text.slice(0, separator.index), order, 'from')
    const to = readEnd(text.slice(separator.index + separator[0].length), order, 'to')
    if (from === null || to === null) continue
    if ('problem' in from) return from.problem
    if ('problem' in to) return to.problem
    // An end before the start is a slip that no reading can mend.
    return from.date <= to.date ? { kind: 'range', from: from.date, to: to.date } : 'impossible'
  }
  return null
}

const dateToken =
  /(?<![\p{L}\p{N}])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2}))(?!\p{N})/gu

/** Several dates with words between them: "12.03.2019; продлен 15.04.2024". */
function readSeveral(folded: string, order: DateOrder | null): DateCell | Problem | null {
  const tokens = [...folded.matchAll(dateToken)].map((match) => match[0])
  const rest = folded.replace(yearWord, '$1').replace(dateToken, ' ')
  // Any number left outside the dates is something this reader does not understand.
  if (tokens.length < 2 || /\p{N}/u.test(rest)) return null
  const dates: IsoDate[] = []
  for (const token of tokens) {
    const reading = readDate(token, order)
    if (reading === null) return null
    if ('problem' in reading) return reading.problem
    dates.push(reading.date)
  }
  return { kind: 'dates', dates }
}

/**
 * An Excel date serial in the 1900 system: serial 1 is 1900-01-01, 60 is Excel's fake
 * 1900-02-29 (null here), 61 is 1900-03-01. A fraction is the time of day and is dropped.
 */
export function dateFromExcelSerial(serial: number): IsoDate | null {
  const day = Math.floor(serial)
  if (!Number.isFinite(serial) || day < 1 || day === 60) return null
  return addDaysIso(day < 60 ? '1899-12-31' : '1899-12-30', day)
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100
}

function readNumber(value: number, text: string): DateCell {
  if (isYear(value)) return { kind: 'year', year: value }
  const date = value >= 10000 && value <= 80000 ? dateFromExcelSerial(value) : null
  return date ? { kind: 'date', date } : { kind: 'invalid', text, reason: 'unreadable' }
}

/**
 * Reads one cell of a date column. `order` says how slashed and dashed dates are written; with
 * null, one that could be day- or month-first is 'ambiguous'. Anything not understood is
 * 'unreadable', never a guess.
 */
export function readDateCell(cell: Cell, order: DateOrder | null): DateCell {
  const text = cellText(cell)
  if (text === '') return { kind: 'empty' }
  if (typeof cell === 'boolean') return { kind: 'invalid', text, reason: 'unreadable' }
  if (typeof cell === 'number') return readNumber(cell, text)
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return readNumber(Number(text.replace(',', '.')), text)

  const folded = foldForSearch(text)
  const words = phrase(text)
  if (openPhrases.has(words)) return { kind: 'open' }
  if (pendingPhrases.has(words)) return { kind: 'pending', text }
  const months = readDuration(folded)
  if (months !== null) return { kind: 'duration', months }

  const result = readWritten(folded, order)
  if (result === null) return { kind: 'invalid', text, reason: 'unreadable' }
  return typeof result === 'string' ? { kind: 'invalid', text, reason: result } : result
}

/** A cell's dates as written: one date, a year, a range, or several dates. */
function readWritten(folded: string, order: DateOrder | null): DateCell | Problem | null {
  const single = readDate(folded.replace(leadingWord, ''), order)
  if (single !== null) {
    return 'date' in single ? { kind: 'date', date: single.date } : single.problem
  }
  const year = /^(\d{4})$/.exec(folded.replace(yearWord, '$1'))
  if (year) return isYear(Number(year[1])) ? { kind: 'year', year: Number(year[1]) } : null
  return readRange(folded, order) ?? readSeveral(folded, order)
}

const slashedToken = /(?<![\p{L}\p{N}])(\d{1,2})([/-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\p{N})/gu

/**
 * What a column's texts say about day/month order: 'dmy' when some value can only be day-first
 * (first number > 12), 'mdy' when some can only be month-first, 'conflict' when both occur,
 * 'ambiguous' when slash/dash dates exist but every one could be either, 'none' when there is
 * nothing to decide. Dotted dates (dd.mm.yyyy) are always day-first and do not make a file
 * ambiguous; ISO yyyy-mm-dd never does.
 */
export function detectDateOrder(
  cells: ReadonlyArray<Cell>,
): 'dmy' | 'mdy' | 'ambiguous' | 'conflict' | 'none' {
  let dayFirst = false
  let monthFirst = false
  let undecided = false
  for (const cell of cells) {
    if (typeof cell !== 'string') continue
    for (const [, first, , second] of cell.matchAll(slashedToken)) {
      const a = Number(first)
      const b = Number(second)
      if (a > 12 && b <= 12) dayFirst = true
      else if (b > 12 && a <= 12) monthFirst = true
      // 05/05/2020 reads the same either way, so it leaves nothing to decide.
      else if (a !== b && a <= 12) undecided = true
    }
  }
  if (dayFirst && monthFirst) return 'conflict'
  if (dayFirst) return 'dmy'
  if (monthFirst) return 'mdy'
  return undecided ? 'ambiguous' : 'none'
}
