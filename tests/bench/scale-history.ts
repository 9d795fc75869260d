import type { Sqlite } from '../../db/connection.ts'
import { seededRandom } from '../../electron/services/demo-agreements.ts'
import { academicYearOf } from '../../shared/agreements/academic-year.ts'
import {
  studyLevels,
  type AgreementKind,
  type Direction,
  type MobilityType,
  type StudyLevel,
} from '../../shared/agreements/vocabulary.ts'
import type { IsoDate } from '../../shared/dates.ts'

/*
 * What fillDemoAgreements leaves out at a large university's scale: quotas on the agreements
 * that have none (memoranda, research agreements), their counts, and the mobility that happened
 * beside the quotas (other study levels, traineeships, staff training) in the years each
 * agreement ran, until the tables hold the target numbers of rows. Written with prepared
 * better-sqlite3 statements in one transaction each: the generator must not dominate the run.
 */

interface Combo {
  direction: Direction
  mobilityType: MobilityType
  /** '' for staff mobility, as exchange_counts stores it. */
  level: StudyLevel | ''
}

const both = (types: Array<[MobilityType, StudyLevel | '']>): Combo[] =>
  (['outgoing', 'incoming'] as const).flatMap((direction) =>
    types.map(([mobilityType, level]) => ({ direction, mobilityType, level })),
  )
const studies = studyLevels.map((level): [MobilityType, StudyLevel] => ['student_studies', level])
const staff: Array<[MobilityType, '']> = [
  ['staff_teaching', ''],
  ['staff_training', ''],
]

/** The mobility an agreement of each kind can plausibly record, quota or not. */
const combosByKind: Record<AgreementKind, Combo[]> = {
  framework: both([...studies, ...staff]),
  student_exchange: both([
    ...studies,
    ['student_traineeship', 'bachelor'],
    ['student_traineeship', 'master'],
    ...staff,
  ]),
  erasmus_iia: both([
    ...studies,
    ['student_traineeship', 'bachelor'],
    ['student_traineeship', 'master'],
    ...staff,
  ]),
  joint_degree: both([['student_studies', 'bachelor'], ['student_studies', 'master'], ...staff]),
  scholarship: both([...studies, ...staff]),
  staff_exchange: both(staff),
  research: both([['student_studies', 'doctoral'], ...staff]),
  internship: both([
    ['student_traineeship', 'bachelor'],
    ['student_traineeship', 'master'],
    ['student_traineeship', 'doctoral'],
    ['staff_training', ''],
  ]),
  other: both([...studies, ...staff]),
}

/** The quotas a quota-less agreement gets: two kinds of mobility, both ways. */
function quotaTypesFor(kind: AgreementKind): MobilityType[] {
  if (kind === 'research' || kind === 'staff_exchange') return ['staff_teaching', 'staff_training']
  if (kind === 'internship') return ['student_traineeship', 'staff_training']
  return ['student_studies', 'staff_teaching']
}

const keyOf = (combo: Combo) => `${combo.direction}|${combo.mobilityType}|${combo.level}`

interface AgreementRow {
  id: number
  kind: AgreementKind
  state: string
  starts_on: string | null
  ends_on: string | null
}

export interface HistoryTargets {
  /** Rows wanted in agreement_conditions. */
  quotas: number
  /** Rows wanted in exchange_counts. */
  exchangeCounts: number
}

/** Adds quotas and exchange counts until the tables reach `targets`; seeded, so runs compare. */
export function fillScaleHistory(
  sqlite: Sqlite,
  targets: HistoryTargets,
  today: IsoDate,
  seed = 13,
): { quotasAdded: number; countsAdded: number } {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const currentYear = academicYearOf(today, 9)
  const agreements = sqlite
    .prepare('SELECT id, kind, state, starts_on, ends_on FROM agreements ORDER BY id')
    .all() as AgreementRow[]
  const firstYearOf = (row: AgreementRow) =>
    row.starts_on ? academicYearOf(row.starts_on, 9) : currentYear
  // Years with mobility: from the start to this year or the end; drafts have none yet.
  const yearsOf = (row: AgreementRow): number[] => {
    if (row.state === 'draft' || row.state === 'negotiation') return []
    const last = Math.min(currentYear, row.ends_on ? academicYearOf(row.ends_on, 9) : currentYear)
    const years: number[] = []
    for (let year = firstYearOf(row); year <= last; year++) years.push(year)
    return years
  }

  const quotaRows = sqlite
    .prepare(
      `SELECT agreement_id, position, direction, mobility_type, COALESCE(level, '') AS level,
        places_per_year FROM agreement_conditions`,
    )
    .all() as Array<{
    agreement_id: number
    position: number
    direction: Direction
    mobility_type: MobilityType
    level: StudyLevel | ''
  }>
  const quotasOf = new Map<number, Set<string>>()
  const nextPosition = new Map<number, number>()
  for (const row of quotaRows) {
    const keys = quotasOf.get(row.agreement_id) ?? new Set<string>()
    keys.add(keyOf({ direction: row.direction, mobilityType: row.mobility_type, level: row.level }))
    quotasOf.set(row.agreement_id, keys)
    nextPosition.set(
      row.agreement_id,
      Math.max(nextPosition.get(row.agreement_id) ?? 0, row.position + 1),
    )
  }
  const countKeys = new Set(
    (
      sqlite
        .prepare(
          'SELECT agreement_id, academic_year, direction, mobility_type, level FROM exchange_counts',
        )
        .all() as Array<{
        agreement_id: number
        academic_year: number
        direction: string
        mobility_type: string
        level: string
      }>
    ).map(
      (row) =>
        `${row.agreement_id}|${row.academic_year}|${row.direction}|${row.mobility_type}|${row.level}`,
    ),
  )
  let quotaTotal = quotaRows.length
  const countsBefore = countKeys.size
  let countTotal = countsBefore

  const insertQuota = sqlite.prepare(
    `INSERT INTO agreement_conditions (agreement_id, position, direction, mobility_type, level,
      places_per_year, months_per_place, days_per_place, funding, language, cefr, isced_codes,
      first_year, last_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertCount = sqlite.prepare(
    `INSERT INTO exchange_counts (agreement_id, academic_year, direction, mobility_type, level,
      people) VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const addCount = (agreementId: number, year: number, combo: Combo, people: number) => {
    const key = `${agreementId}|${year}|${keyOf(combo)}`
    if (people <= 0 || countKeys.has(key) || countTotal >= targets.exchangeCounts) return
    insertCount.run(agreementId, year, combo.direction, combo.mobilityType, combo.level, people)
    countKeys.add(key)
    countTotal++
  }

  let quotasAdded = 0
  const fill = sqlite.transaction(() => {
    // Quotas (and their yearly counts) for agreements with fewer than four, until the target.
    for (const row of agreements) {
      const existing = quotasOf.get(row.id) ?? new Set<string>()
      if (existing.size >= 4) continue
      const wanted = (['outgoing', 'incoming'] as const).flatMap((direction) =>
        quotaTypesFor(row.kind).map((mobilityType): Combo => {
          const staffMobility = mobilityType.startsWith('staff')
          return { direction, mobilityType, level: staffMobility ? '' : pick(studyLevels) }
        }),
      )
      const firstYear = firstYearOf(row)
      for (const combo of wanted) {
        if (quotaTotal >= targets.quotas || existing.size >= 4 || existing.has(keyOf(combo)))
          continue
        const staffMobility = combo.level === ''
        const places = 1 + Math.floor(random() * (staffMobility ? 2 : 4))
        insertQuota.run(
          row.id,
          nextPosition.get(row.id) ?? 0,
          combo.direction,
          combo.mobilityType,
          staffMobility ? null : combo.level,
          places,
          staffMobility ? null : pick([5, 10]),
          staffMobility ? pick([5, 7, 10]) : null,
          row.kind === 'erasmus_iia' ? 'erasmus' : pick(['partner', 'own_budget', 'government']),
          staffMobility ? null : pick(['English', 'Russian']),
          staffMobility ? null : pick(['B1', 'B2']),
          pick(['0613', '0588', '0531', '0413', '0311', null]),
          firstYear,
          firstYear + 4,
        )
        nextPosition.set(row.id, (nextPosition.get(row.id) ?? 0) + 1)
        existing.add(keyOf(combo))
        quotasOf.set(row.id, existing)
        quotaTotal++
        quotasAdded++
        for (const year of yearsOf(row))
          addCount(row.id, year, combo, Math.floor(random() * (places + 1)))
      }
    }

    // Mobility beside the quotas, in the years each agreement ran: every slot is a candidate,
    // shuffled, and the first ones get a few people until the table holds the target.
    const slots: Array<{ row: AgreementRow; year: number; combo: Combo }> = []
    for (const row of agreements) {
      const quotas = quotasOf.get(row.id) ?? new Set<string>()
      const combos = combosByKind[row.kind].filter((combo) => !quotas.has(keyOf(combo)))
      for (const year of yearsOf(row)) for (const combo of combos) slots.push({ row, year, combo })
    }
    for (let index = slots.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[slots[index], slots[other]] = [slots[other]!, slots[index]!]
    }
    for (const slot of slots) {
      if (countTotal >= targets.exchangeCounts) break
      const roll = random()
      addCount(slot.row.id, slot.year, slot.combo, roll < 0.6 ? 1 : roll < 0.9 ? 2 : 3)
    }
  })
  fill()
  return { quotasAdded, countsAdded: countTotal - countsBefore }
}
