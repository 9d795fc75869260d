import { sql } from 'kysely'
import type { Db } from '../connection.ts'
import { newInPeriodSql, runsDuringSql } from '../agreement-periods.ts'
import { addDaysIso, daysBetween, type IsoDate } from '../../shared/dates.ts'
import { periodBounds, type ReportPeriod } from '../../shared/reports/period.ts'
import {
  renewalsAheadDays,
  type AnnualReportData,
  type ReportAgreement,
  type ReportChange,
  type ReportCountry,
  type ReportMobility,
  type ReportRenewal,
} from '../../shared/reports/report-data.ts'
import { partnerCountries, reportAgreements, type ReportAgreementRow } from './report-agreements.ts'
import { mobilityByAgreement, peopleByGroup, placesByFunding } from './report-mobility.ts'

/*
 * Everything the annual report shows, read in one transaction so that its sheets agree with
 * each other even while someone else is saving.
 */

function withoutLapse({ lapseDecidedOn: _, ...agreement }: ReportAgreementRow): ReportAgreement {
  return agreement
}

/**
 * Per country: its partners, the agreements in force and new whose first partner is there with
 * their places, and the people counted in the mobility year. People come from every agreement
 * with counts that year, as on the Summary and Mobility sheets: in a calendar-year report the
 * academic year runs on past the period, so some counted agreements are not among those in force.
 * Counting each agreement once keeps the totals equal to the summary's; a consortium agreement
 * shows under its lead partner's country.
 */
function figuresByCountry(
  inForce: ReportAgreement[],
  newOnes: ReportAgreement[],
  mobility: ReportMobility[],
  partners: { partnerId: number; country: string }[],
): ReportCountry[] {
  const byCountry = new Map<string, ReportCountry>()
  const entry = (country: string) => {
    let found = byCountry.get(country)
    if (!found) {
      found = {
        country,
        partners: 0,
        agreements: 0,
        newAgreements: 0,
        places: 0,
        outgoing: 0,
        incoming: 0,
      }
      byCountry.set(country, found)
    }
    return found
  }
  for (const agreement of inForce) {
    const figures = entry(agreement.leadCountry)
    figures.agreements += 1
    figures.places += agreement.places
  }
  for (const row of mobility) entry(row.leadCountry)[row.direction] += row.people
  for (const agreement of newOnes) entry(agreement.leadCountry).newAgreements += 1
  for (const partner of partners) entry(partner.country).partners += 1
  return [...byCountry.values()]
}

export async function annualReportData(
  db: Db,
  period: ReportPeriod,
  firstMonth: number,
  today: IsoDate,
): Promise<AnnualReportData> {
  const bounds = periodBounds(period, firstMonth)
  const through = bounds.to < today ? bounds.to : today
  const common = { today, mobilityYear: bounds.mobilityYear }
  const inForceWhere = runsDuringSql(bounds.from, bounds.to)
  // Ended: reached its end date (or was terminated) in the period, before today.
  const endedWhere = sql<boolean>`(a.state NOT IN ('draft', 'negotiation')
    AND a.ends_on BETWEEN ${bounds.from} AND ${bounds.to} AND a.ends_on < ${today})`
  const renewalsWhere = sql<boolean>`(a.state = 'active'
    AND a.ends_on BETWEEN ${today} AND ${addDaysIso(today, renewalsAheadDays)})`
  return db.transaction().execute(async (trx) => {
    const inForce = (
      await reportAgreements(trx, { ...common, where: inForceWhere, orderBy: sql`a.countries` })
    ).map(withoutLapse)
    const newOnes = (
      await reportAgreements(trx, {
        ...common,
        where: newInPeriodSql(bounds.from, bounds.to),
        orderBy: sql`COALESCE(a.signed_on, a.starts_on)`,
      })
    ).map(withoutLapse)
    const ended = (
      await reportAgreements(trx, { ...common, where: endedWhere, orderBy: sql`a.ends_on` })
    ).map(withoutLapse)
    const renewals: ReportRenewal[] = (
      await reportAgreements(trx, { ...common, where: renewalsWhere, orderBy: sql`a.ends_on` })
    ).map((row) => ({
      ...withoutLapse(row),
      daysLeft: daysBetween(today, row.endsOn!),
      lapseDecided: row.lapseDecidedOn !== null,
    }))
    const partners = await partnerCountries(trx, inForceWhere)
    const mobility = await mobilityByAgreement(trx, bounds)
    const changes: ReportChange[] = [
      ...newOnes.map((row) => ({ ...row, change: 'new' as const })),
      ...ended.map((row) => ({ ...row, change: 'ended' as const })),
    ]
    return {
      period,
      bounds,
      through,
      today,
      summary: {
        inForce: inForce.length,
        newAgreements: newOnes.length,
        ended: ended.length,
        partners: partners.length,
        countries: new Set(partners.map((partner) => partner.country)).size,
        people: await peopleByGroup(trx, bounds.mobilityYear),
        funded: await placesByFunding(trx, bounds),
      },
      inForce,
      byCountry: figuresByCountry(inForce, newOnes, mobility, partners),
      mobility,
      changes,
      renewals,
    }
  })
}
