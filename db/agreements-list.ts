import { sql, type RawBuilder } from 'kysely'
import type { Db } from './connection.ts'
import type {
  AgreementListQuery,
  AgreementSort,
  AgreementSummary,
} from '../shared/agreements/agreement.ts'
import type { AgreementState, AgreementStatus } from '../shared/agreements/status.ts'
import type { AgreementKind } from '../shared/agreements/vocabulary.ts'
import type { IsoDate } from '../shared/dates.ts'
import { likePattern } from '../shared/search.ts'
import { endedWithinSql, inForceSql, newInPeriodSql, noticeOnSql } from './agreement-periods.ts'

/**
 * The status rule of shared/agreements/status.ts (deriveStatus), in SQL so that the list can
 * filter and sort on it. Tests compare the two on the same agreements.
 */
export function statusSql(today: IsoDate): RawBuilder<AgreementStatus> {
  return sql<AgreementStatus>`CASE
    WHEN a.state != 'active' THEN a.state
    WHEN a.ends_on IS NULL THEN 'active'
    WHEN a.ends_on < ${today} THEN 'expired'
    WHEN a.lapse_decided_on IS NOT NULL THEN 'active'
    WHEN ${noticeOnSql} <= ${today} THEN 'due'
    ELSE 'active' END`
}

const sortColumns: Record<AgreementSort, string> = {
  reference: 'reference_key',
  title: 'title',
  partners: 'partner_names',
  country: 'countries',
  kind: 'kind',
  // In the order of an agreement's life, not alphabetically.
  status: `CASE status WHEN 'draft' THEN 1 WHEN 'negotiation' THEN 2 WHEN 'active' THEN 3 WHEN 'due' THEN 4
    WHEN 'expired' THEN 5 WHEN 'suspended' THEN 6 ELSE 7 END`,
  endsOn: 'ends_on',
  updated: 'updated_at',
}

interface ListRow {
  id: number
  reference: string
  title: string
  kind: string
  state: string
  status: AgreementStatus
  unit: string | null
  ends_on: string | null
  days_left: number | null
  updated_at: string
  partner_names: string | null
  countries: string | null
}

/** The agreements list, filtered and sorted in SQL. */
export async function listAgreements(
  db: Db,
  query: AgreementListQuery,
  today: IsoDate,
): Promise<AgreementSummary[]> {
  const conditions: RawBuilder<unknown>[] = []
  const text = query.query?.trim()
  if (text) {
    const pattern = likePattern(text)
    conditions.push(
      sql`(a.search_text LIKE ${pattern} ESCAPE '\\' OR a.partner_search LIKE ${pattern} ESCAPE '\\')`,
    )
  }
  if (query.kind) conditions.push(sql`a.kind = ${query.kind}`)
  if (query.unit) conditions.push(sql`a.unit = ${query.unit}`)
  if (query.partnerId) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM agreement_partners ap WHERE ap.agreement_id = a.id AND ap.partner_id = ${query.partnerId})`,
    )
  }
  if (query.country) {
    conditions.push(sql`EXISTS (SELECT 1 FROM agreement_partners ap JOIN partners p ON p.id = ap.partner_id
      WHERE ap.agreement_id = a.id AND p.country = ${query.country})`)
  }
  if (query.endsWithinDays !== undefined) {
    conditions.push(
      sql`a.ends_on >= ${today} AND a.ends_on <= date(${today}, ${`+${query.endsWithinDays} days`})`,
    )
  }
  if (query.inForce) conditions.push(inForceSql(today))
  if (query.newFrom && query.newTo) conditions.push(newInPeriodSql(query.newFrom, query.newTo))
  if (query.endedWithinDays !== undefined)
    conditions.push(endedWithinSql(today, query.endedWithinDays))
  const where = conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``
  const statusFilter = query.status ? sql`WHERE status = ${query.status}` : sql``
  const direction = query.direction === 'desc' ? sql`DESC` : sql`ASC`

  const { rows } = await sql<ListRow>`
    SELECT * FROM (
      SELECT a.id, a.reference, a.reference_key, a.title, a.kind, a.state, a.unit, a.ends_on, a.updated_at,
        ${statusSql(today)} AS status,
        CAST(julianday(a.ends_on) - julianday(${today}) AS INTEGER) AS days_left,
        a.partner_names, a.countries
      FROM agreements a
      ${where}
    ) ${statusFilter}
    ORDER BY ${sql.raw(sortColumns[query.sort])} ${direction} NULLS LAST, reference_key, id`.execute(
    db,
  )

  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    title: row.title,
    kind: row.kind as AgreementKind,
    state: row.state as AgreementState,
    status: row.status,
    partnerNames: row.partner_names ?? '',
    countries: row.countries ?? '',
    unit: row.unit,
    endsOn: row.ends_on,
    daysLeft: row.days_left,
    updatedAt: row.updated_at,
  }))
}

/** The units named on agreements, for the list's filter. */
export async function listUnits(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('agreements')
    .select('unit')
    .distinct()
    .where('unit', 'is not', null)
    .orderBy('unit')
    .execute()
  return rows.map((row) => row.unit!).filter(Boolean)
}
