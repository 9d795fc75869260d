import type { Db } from './connection.ts'
import type { Condition } from '../shared/agreements/conditions.ts'
import type {
  CefrLevel,
  Direction,
  Funding,
  MobilityType,
  StudyLevel,
} from '../shared/agreements/vocabulary.ts'

export type ConditionData = Omit<Condition, 'id'>

export async function listConditions(db: Db, agreementId: number): Promise<Condition[]> {
  const rows = await db
    .selectFrom('agreement_conditions')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('position')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    direction: row.direction as Direction,
    mobilityType: row.mobility_type as MobilityType,
    level: row.level as StudyLevel | null,
    placesPerYear: row.places_per_year,
    monthsPerPlace: row.months_per_place,
    daysPerPlace: row.days_per_place,
    funding: row.funding as Funding | null,
    language: row.language,
    cefr: row.cefr as CefrLevel | null,
    iscedCodes: row.isced_codes,
    firstYear: row.first_year,
    lastYear: row.last_year,
  }))
}

/** Replaces all of an agreement's conditions; the caller holds the transaction and the version. */
export async function replaceConditions(
  db: Db,
  agreementId: number,
  conditions: ConditionData[],
): Promise<void> {
  await db.deleteFrom('agreement_conditions').where('agreement_id', '=', agreementId).execute()
  if (conditions.length === 0) return
  await db
    .insertInto('agreement_conditions')
    .values(
      conditions.map((condition, position) => ({
        agreement_id: agreementId,
        position,
        direction: condition.direction,
        mobility_type: condition.mobilityType,
        level: condition.level,
        places_per_year: condition.placesPerYear,
        months_per_place: condition.monthsPerPlace,
        days_per_place: condition.daysPerPlace,
        funding: condition.funding,
        language: condition.language,
        cefr: condition.cefr,
        isced_codes: condition.iscedCodes,
        first_year: condition.firstYear,
        last_year: condition.lastYear,
      })),
    )
    .execute()
}
