import type { Db } from './connection.ts'
import type { ExchangeCount } from '../shared/agreements/counts.ts'
import type { Direction, MobilityType, StudyLevel } from '../shared/agreements/vocabulary.ts'

/** All of an agreement's counts, oldest year first. */
export async function listCounts(db: Db, agreementId: number): Promise<ExchangeCount[]> {
  const rows = await db
    .selectFrom('exchange_counts')
    .select(['academic_year', 'direction', 'mobility_type', 'level', 'people'])
    .where('agreement_id', '=', agreementId)
    .orderBy('academic_year')
    .orderBy('direction')
    .orderBy('mobility_type')
    .orderBy('level')
    .execute()
  return rows.map((row) => ({
    academicYear: row.academic_year,
    direction: row.direction as Direction,
    mobilityType: row.mobility_type as MobilityType,
    level: row.level === '' ? null : (row.level as StudyLevel),
    people: row.people,
  }))
}

/** Replaces one academic year's counts; rows with nobody are not stored. Caller holds the transaction. */
export async function replaceYearCounts(
  db: Db,
  agreementId: number,
  academicYear: number,
  rows: Omit<ExchangeCount, 'academicYear'>[],
): Promise<void> {
  await db
    .deleteFrom('exchange_counts')
    .where('agreement_id', '=', agreementId)
    .where('academic_year', '=', academicYear)
    .execute()
  const kept = rows.filter((row) => row.people > 0)
  if (kept.length === 0) return
  await db
    .insertInto('exchange_counts')
    .values(
      kept.map((row) => ({
        agreement_id: agreementId,
        academic_year: academicYear,
        direction: row.direction,
        mobility_type: row.mobilityType,
        level: row.level ?? '',
        people: row.people,
      })),
    )
    .execute()
}
