import { sql } from 'kysely'
import type { Db } from './connection.ts'
import { endedWithinSql, inForceSql, newInPeriodSql, runsDuringSql } from './agreement-periods.ts'
import { statusSql } from './agreements-list.ts'
import {
  expiredWithinDays,
  topCountries,
  type ActivityItem,
  type CountryFigure,
  type DashboardTiles,
  type MobilityFigure,
  type YearFlow,
} from '../shared/dashboard/dashboard.ts'
import type {
  Direction,
  EventKind,
  MobilityType,
  StudyLevel,
} from '../shared/agreements/vocabulary.ts'
import type { IsoDate } from '../shared/dates.ts'

/*
 * The dashboard's figures, each counted by SQLite: nothing here loads agreements into
 * JavaScript. The conditions come from agreement-periods.ts, which the list's filters share.
 */

export interface YearPeriod {
  academicYear: number
  from: IsoDate
  to: IsoDate
}

export async function dashboardTiles(
  db: Db,
  today: IsoDate,
  year: YearPeriod,
): Promise<DashboardTiles> {
  const { rows } = await sql<{
    in_force: number
    due: number
    new_this_year: number
    expired_recently: number
    partners: number
    countries: number
  }>`
    SELECT
      COUNT(*) FILTER (WHERE ${inForceSql(today)}) AS in_force,
      COUNT(*) FILTER (WHERE ${statusSql(today)} = 'due') AS due,
      COUNT(*) FILTER (WHERE ${newInPeriodSql(year.from, year.to)}) AS new_this_year,
      COUNT(*) FILTER (WHERE ${endedWithinSql(today, expiredWithinDays)}) AS expired_recently,
      (SELECT COUNT(*) FROM partners WHERE archived_at IS NULL) AS partners,
      (SELECT COUNT(DISTINCT p.country) FROM agreements a
        JOIN agreement_partners ap ON ap.agreement_id = a.id
        JOIN partners p ON p.id = ap.partner_id
        WHERE ${inForceSql(today)}) AS countries
    FROM agreements a`.execute(db)
  const row = rows[0]!
  return {
    inForce: row.in_force,
    partners: row.partners,
    countries: row.countries,
    newThisYear: row.new_this_year,
    due: row.due,
    expiredRecently: row.expired_recently,
  }
}

/**
 * Places promised for the year by the agreements running in it (quotas whose academic years
 * cover it) beside the people counted for the year, by direction, mobility type and level.
 */
export async function mobilityAgainstQuotas(db: Db, year: YearPeriod): Promise<MobilityFigure[]> {
  const { rows } = await sql<{
    direction: string
    mobility_type: string
    level: string
    quota: number
    actual: number
  }>`
    SELECT direction, mobility_type, level, SUM(quota) AS quota, SUM(actual) AS actual FROM (
      -- Each side is summed on its own first: half the work of summing their union.
      SELECT c.direction, c.mobility_type, COALESCE(c.level, '') AS level,
        SUM(c.places_per_year) AS quota, 0 AS actual
      FROM agreement_conditions c JOIN agreements a ON a.id = c.agreement_id
      WHERE ${runsDuringSql(year.from, year.to)}
        AND (c.first_year IS NULL OR c.first_year <= ${year.academicYear})
        AND (c.last_year IS NULL OR c.last_year >= ${year.academicYear})
      GROUP BY 1, 2, 3
      UNION ALL
      SELECT direction, mobility_type, level, 0, SUM(people)
      FROM exchange_counts WHERE academic_year = ${year.academicYear}
      GROUP BY 1, 2, 3
    )
    GROUP BY direction, mobility_type, level`.execute(db)
  return rows.map((row) => ({
    direction: row.direction as Direction,
    mobilityType: row.mobility_type as MobilityType,
    level: row.level === '' ? null : (row.level as StudyLevel),
    quota: row.quota,
    actual: row.actual,
  }))
}

/** People out and in per academic year, for the years from `first` to `last`. */
export async function flowsByYear(db: Db, first: number, last: number): Promise<YearFlow[]> {
  const { rows } = await sql<{ academic_year: number; outgoing: number; incoming: number }>`
    SELECT academic_year,
      TOTAL(people) FILTER (WHERE direction = 'outgoing') AS outgoing,
      TOTAL(people) FILTER (WHERE direction = 'incoming') AS incoming
    FROM exchange_counts
    WHERE academic_year BETWEEN ${first} AND ${last}
    GROUP BY academic_year`.execute(db)
  const byYear = new Map(rows.map((row) => [row.academic_year, row]))
  // Years without any count still show, as zero, so the chart's axis has no gaps.
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const academicYear = first + index
    const row = byYear.get(academicYear)
    return { academicYear, outgoing: row?.outgoing ?? 0, incoming: row?.incoming ?? 0 }
  })
}

/**
 * Agreements in force per partner country, and people exchanged in the year under agreements
 * with that country. An agreement with partners in two countries counts for both.
 */
export async function figuresByCountry(
  db: Db,
  today: IsoDate,
  academicYear: number,
): Promise<CountryFigure[]> {
  // Each agreement's people are summed first; DISTINCT then gives them once to each of its
  // countries even when two of its partners share one.
  const { rows } = await sql<{ country: string; agreements: number; people: number }>`
    WITH year_people AS (
      SELECT agreement_id, SUM(people) AS people FROM exchange_counts
      WHERE academic_year = ${academicYear} GROUP BY agreement_id
    )
    SELECT country, SUM(agreements) AS agreements, SUM(people) AS people FROM (
      SELECT p.country, COUNT(DISTINCT a.id) AS agreements, 0 AS people
      FROM agreements a
        JOIN agreement_partners ap ON ap.agreement_id = a.id
        JOIN partners p ON p.id = ap.partner_id
      WHERE ${inForceSql(today)}
      GROUP BY p.country
      UNION ALL
      SELECT country, 0, SUM(people) FROM (
        SELECT DISTINCT y.agreement_id, p.country, y.people
        FROM year_people y
          JOIN agreement_partners ap ON ap.agreement_id = y.agreement_id
          JOIN partners p ON p.id = ap.partner_id
      )
      GROUP BY country
    )
    GROUP BY country
    ORDER BY agreements DESC, people DESC, country
    LIMIT ${topCountries}`.execute(db)
  return rows
}

/**
 * The latest events in the agreements' lives, by the day they happened (a renewal recorded
 * today for last week sits with last week), newest first; nothing dated after today.
 */
export async function recentActivity(
  db: Db,
  today: IsoDate,
  limit: number,
): Promise<ActivityItem[]> {
  const rows = await db
    .selectFrom('agreement_events as e')
    .innerJoin('agreements as a', 'a.id', 'e.agreement_id')
    .select(['e.agreement_id', 'a.reference', 'a.title', 'e.kind', 'e.occurred_on', 'e.created_at'])
    // An agreement recorded before it starts has its "created" event in the future.
    .where('e.occurred_on', '<=', today)
    .orderBy('e.occurred_on', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute()
  return rows.map((row) => ({
    agreementId: row.agreement_id,
    reference: row.reference,
    title: row.title,
    kind: row.kind as EventKind,
    occurredOn: row.occurred_on,
    recordedAt: row.created_at,
  }))
}
