import { academicYearBounds } from '../../shared/agreements/academic-year.ts'
import type { IsoDate } from '../../shared/dates.ts'
import { renewalsAheadDays } from '../../shared/reports/report-data.ts'
import type { RunningApp } from './support.ts'
import type { ReadCell, ReadSheet } from './workbook-readers.ts'

/**
 * The annual report's headline figures counted here in plain SQL on the preview's database,
 * independently of db/reports, with the definitions the report states (db/reports/annual-report.ts).
 */
export interface ExpectedFigures {
  inForce: number
  newAgreements: number
  ended: number
  partners: number
  countries: number
  outgoing: number
  incoming: number
}

const notDraft = `a.state NOT IN ('draft', 'negotiation')`
const runsDuring = `${notDraft} AND (a.starts_on IS NULL OR a.starts_on <= @to)
  AND (a.ends_on IS NULL OR a.ends_on >= @from)`

export function academicYearFigures(
  app: RunningApp,
  year: number,
  today: IsoDate,
): ExpectedFigures {
  const stored = app.query<{ value: string }>(
    `SELECT value FROM settings WHERE key = 'academicYearStartMonth'`,
  )[0]
  const firstMonth = stored ? Number(JSON.parse(stored.value)) : 9
  const { from, to } = academicYearBounds(year, firstMonth)
  const count = (sql: string) => app.query<{ n: number }>(sql, { from, to, today, year })[0]!.n
  const people = (direction: string) =>
    app.query<{ n: number | null }>(
      `SELECT SUM(people) AS n FROM exchange_counts WHERE academic_year = @year AND direction = @direction`,
      { year, direction },
    )[0]!.n ?? 0
  const partnersOfInForce = `FROM agreements a JOIN agreement_partners ap ON ap.agreement_id = a.id
    JOIN partners p ON p.id = ap.partner_id WHERE ${runsDuring}`
  return {
    inForce: count(`SELECT count(*) AS n FROM agreements a WHERE ${runsDuring}`),
    newAgreements: count(
      `SELECT count(*) AS n FROM agreements a
       WHERE ${notDraft} AND COALESCE(a.signed_on, a.starts_on) BETWEEN @from AND @to`,
    ),
    ended: count(
      `SELECT count(*) AS n FROM agreements a
       WHERE ${notDraft} AND a.ends_on BETWEEN @from AND @to AND a.ends_on < @today`,
    ),
    partners: count(`SELECT count(DISTINCT p.id) AS n ${partnersOfInForce}`),
    countries: count(`SELECT count(DISTINCT p.country) AS n ${partnersOfInForce}`),
    outgoing: people('outgoing'),
    incoming: people('incoming'),
  }
}

/** Active agreements ending between today and the report's look-ahead, as its last sheet lists. */
export function renewalsAheadCount(app: RunningApp, today: IsoDate): number {
  return app.query<{ n: number }>(
    `SELECT count(*) AS n FROM agreements
     WHERE state = 'active' AND ends_on BETWEEN @today AND date(@today, @ahead)`,
    { today, ahead: `+${renewalsAheadDays} days` },
  )[0]!.n
}

/** Rows without the empty cells a reader pads them with, and without empty rows at the end. */
export function trimmed(sheets: ReadSheet[]): ReadSheet[] {
  return sheets.map((sheet) => {
    const rows = sheet.rows.map((row) => {
      const cells = [...row]
      while (cells.length > 0 && (cells.at(-1) === null || cells.at(-1) === '')) cells.pop()
      return cells
    })
    while (rows.length > 0 && rows.at(-1)!.length === 0) rows.pop()
    return { ...sheet, rows }
  })
}

/** The number beside a label on the summary sheet (labels are in column A, numbers from B). */
export function summaryValue(summary: ReadSheet, label: string, after = 0): ReadCell[] {
  const row = summary.rows.slice(after).find((cells) => cells[0] === label)
  if (!row) throw new Error(`The summary has no row "${label}"`)
  return row.slice(1)
}

export function rowIndexOf(sheet: ReadSheet, label: string): number {
  const index = sheet.rows.findIndex((cells) => cells[0] === label)
  if (index < 0) throw new Error(`${sheet.name} has no row "${label}"`)
  return index
}

/** A list sheet's total row against the sum of its data rows, for every column it totals. */
export function totalsAgainstSums(
  sheet: ReadSheet,
): { column: string; total: number; sum: number }[] {
  const [header, ...rest] = sheet.rows
  const totalRow = rest.at(-1)!
  const data = rest.slice(0, -1)
  return header!.flatMap((column, index) => {
    const total = totalRow[index]
    // Only sums are compared: the fill rate's total is a share of the totals, not a sum.
    if (typeof total !== 'number' || String(column).includes('%')) return []
    const sum = data.reduce<number>(
      (acc, row) => acc + (typeof row[index] === 'number' ? (row[index] as number) : 0),
      0,
    )
    return [{ column: String(column), total, sum }]
  })
}
