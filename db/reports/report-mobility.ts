import { sql } from 'kysely'
import type { Db } from '../connection.ts'
import { runsDuringSql } from '../agreement-periods.ts'
import {
  isStaffMobility,
  type Direction,
  type Funding,
  type MobilityType,
  type StudyLevel,
} from '../../shared/agreements/vocabulary.ts'
import type { PeriodBounds } from '../../shared/reports/period.ts'
import type {
  PeopleGroup,
  ReportMobility,
  ReportSummary,
} from '../../shared/reports/report-data.ts'

/** Quotas that promise places in the mobility year, of agreements running in the period. */
const quotaInYear = (bounds: PeriodBounds) => sql<boolean>`(${runsDuringSql(bounds.from, bounds.to)}
  AND (c.first_year IS NULL OR c.first_year <= ${bounds.mobilityYear})
  AND (c.last_year IS NULL OR c.last_year >= ${bounds.mobilityYear}))`

/**
 * Places promised against people counted, per agreement, direction, mobility type and level.
 * An agreement appears for a mobility when it has a quota for it or people counted for it.
 */
export async function mobilityByAgreement(db: Db, bounds: PeriodBounds): Promise<ReportMobility[]> {
  const { rows } = await sql<{
    agreement_id: number
    reference: string
    partner_names: string
    countries: string
    lead_country: string | null
    direction: string
    mobility_type: string
    level: string
    places: number
    people: number
  }>`
    WITH figures AS (
      SELECT agreement_id, direction, mobility_type, level, SUM(places) AS places, SUM(people) AS people
      FROM (
        SELECT c.agreement_id, c.direction, c.mobility_type, COALESCE(c.level, '') AS level,
          c.places_per_year AS places, 0 AS people
        FROM agreement_conditions c JOIN agreements a ON a.id = c.agreement_id
        WHERE ${quotaInYear(bounds)}
        UNION ALL
        SELECT agreement_id, direction, mobility_type, level, 0, people
        FROM exchange_counts WHERE academic_year = ${bounds.mobilityYear}
      )
      GROUP BY agreement_id, direction, mobility_type, level
    )
    SELECT f.*, a.reference, a.partner_names, a.countries, (
        SELECT p.country FROM agreement_partners ap JOIN partners p ON p.id = ap.partner_id
        WHERE ap.agreement_id = a.id ORDER BY ap.position LIMIT 1
      ) AS lead_country
    FROM figures f JOIN agreements a ON a.id = f.agreement_id
    ORDER BY a.reference_key, f.direction DESC, f.mobility_type, f.level`.execute(db)
  return rows.map((row) => ({
    agreementId: row.agreement_id,
    reference: row.reference,
    partners: row.partner_names,
    countries: [...new Set(row.countries.split(',').filter(Boolean))],
    leadCountry: row.lead_country ?? '',
    direction: row.direction as Direction,
    mobilityType: row.mobility_type as MobilityType,
    level: row.level === '' ? null : (row.level as StudyLevel),
    places: row.places,
    people: row.people,
  }))
}

function groupOf(type: MobilityType, level: string): PeopleGroup {
  if (isStaffMobility(type)) return 'staff'
  return level === '' ? 'students_other' : (level as StudyLevel)
}

/** People counted in the mobility year, by direction, students by level and staff. */
export async function peopleByGroup(
  db: Db,
  mobilityYear: number,
): Promise<ReportSummary['people']> {
  const rows = await db
    .selectFrom('exchange_counts')
    .select([
      'direction',
      'mobility_type',
      'level',
      (eb) => eb.fn.sum<number>('people').as('people'),
    ])
    .where('academic_year', '=', mobilityYear)
    .groupBy(['direction', 'mobility_type', 'level'])
    .execute()
  const totals = new Map<string, ReportSummary['people'][number]>()
  for (const row of rows) {
    const direction = row.direction as Direction
    const group = groupOf(row.mobility_type as MobilityType, row.level)
    const key = `${direction}:${group}`
    const entry = totals.get(key) ?? { direction, group, people: 0 }
    entry.people += Number(row.people)
    totals.set(key, entry)
  }
  return [...totals.values()]
}

/** Places per year promised for the mobility year, by funding (null: funding not recorded). */
export async function placesByFunding(
  db: Db,
  bounds: PeriodBounds,
): Promise<ReportSummary['funded']> {
  const { rows } = await sql<{ funding: string | null; places: number }>`
    SELECT c.funding, SUM(c.places_per_year) AS places
    FROM agreement_conditions c JOIN agreements a ON a.id = c.agreement_id
    WHERE ${quotaInYear(bounds)}
    GROUP BY c.funding ORDER BY places DESC`.execute(db)
  return rows.map((row) => ({ funding: row.funding as Funding | null, places: row.places }))
}
