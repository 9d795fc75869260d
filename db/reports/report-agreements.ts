import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../connection.ts'
import { noticeOnSql } from '../agreement-periods.ts'
import { statusSql } from '../agreements-list.ts'
import type { AgreementStatus } from '../../shared/agreements/status.ts'
import type { AgreementKind } from '../../shared/agreements/vocabulary.ts'
import type { IsoDate } from '../../shared/dates.ts'
import type { ReportAgreement } from '../../shared/reports/report-data.ts'

interface AgreementRow {
  id: number
  reference: string
  title: string
  kind: string
  status: string
  partner_names: string
  countries: string
  lead_country: string | null
  unit: string | null
  coordinator: string | null
  signed_on: string | null
  starts_on: string | null
  ends_on: string | null
  auto_renew: number
  notice_on: string | null
  lapse_decided_on: string | null
  places: number
  outgoing: number
  incoming: number
}

export type ReportAgreementRow = ReportAgreement & { lapseDecidedOn: IsoDate | null }

function toReportAgreement(row: AgreementRow): ReportAgreementRow {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    kind: row.kind as AgreementKind,
    status: row.status as AgreementStatus,
    partners: row.partner_names,
    countries: [...new Set(row.countries.split(',').filter(Boolean))],
    leadCountry: row.lead_country ?? '',
    unit: row.unit,
    coordinator: row.coordinator,
    signedOn: row.signed_on,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    autoRenew: row.auto_renew === 1,
    noticeOn: row.notice_on,
    places: row.places,
    outgoing: row.outgoing,
    incoming: row.incoming,
    lapseDecidedOn: row.lapse_decided_on,
  }
}

/**
 * The agreements matching `where` (on the agreements table as `a`), each with the places its
 * quotas promise for `mobilityYear` and the people counted in that year, in `orderBy` order.
 */
export async function reportAgreements(
  db: Db,
  options: {
    where: RawBuilder<boolean>
    today: IsoDate
    mobilityYear: number
    orderBy: RawBuilder<unknown>
  },
): Promise<ReportAgreementRow[]> {
  const year = options.mobilityYear
  const { rows } = await sql<AgreementRow>`
    WITH places AS (
      SELECT agreement_id, SUM(places_per_year) AS places FROM agreement_conditions
      WHERE (first_year IS NULL OR first_year <= ${year}) AND (last_year IS NULL OR last_year >= ${year})
      GROUP BY agreement_id
    ), people AS (
      SELECT agreement_id,
        TOTAL(people) FILTER (WHERE direction = 'outgoing') AS outgoing,
        TOTAL(people) FILTER (WHERE direction = 'incoming') AS incoming
      FROM exchange_counts WHERE academic_year = ${year}
      GROUP BY agreement_id
    )
    SELECT a.id, a.reference, a.title, a.kind, ${statusSql(options.today)} AS status,
      a.partner_names, a.countries, (
        SELECT p.country FROM agreement_partners ap JOIN partners p ON p.id = ap.partner_id
        WHERE ap.agreement_id = a.id ORDER BY ap.position LIMIT 1
      ) AS lead_country, a.unit, a.coordinator, a.signed_on, a.starts_on, a.ends_on,
      a.auto_renew, CASE WHEN a.ends_on IS NULL THEN NULL ELSE ${noticeOnSql} END AS notice_on,
      a.lapse_decided_on,
      COALESCE(pl.places, 0) AS places, COALESCE(pe.outgoing, 0) AS outgoing,
      COALESCE(pe.incoming, 0) AS incoming
    FROM agreements a
      LEFT JOIN places pl ON pl.agreement_id = a.id
      LEFT JOIN people pe ON pe.agreement_id = a.id
    WHERE ${options.where}
    ORDER BY ${options.orderBy}, a.reference_key`.execute(db)
  return rows.map(toReportAgreement)
}

/** Each partner of the given agreements once, with its country: for the by-country sheet. */
export async function partnerCountries(
  db: Db,
  where: RawBuilder<boolean>,
): Promise<{ partnerId: number; country: string }[]> {
  const { rows } = await sql<{ partner_id: number; country: string }>`
    SELECT DISTINCT p.id AS partner_id, p.country FROM agreements a
      JOIN agreement_partners ap ON ap.agreement_id = a.id
      JOIN partners p ON p.id = ap.partner_id
    WHERE ${where}`.execute(db)
  return rows.map((row) => ({ partnerId: row.partner_id, country: row.country }))
}
