import type { Db } from '../../db/connection.ts'
import { replaceConditions, type ConditionData } from '../../db/agreement-conditions.ts'
import { createAgreement } from '../../db/agreements.ts'
import { replaceYearCounts } from '../../db/exchange-counts.ts'
import { createPartner } from '../../db/partners.ts'
import { inTransaction } from '../../db/transaction.ts'
import { academicYearOf } from '../../shared/agreements/academic-year.ts'
import { agreementInput } from '../../shared/agreements/agreement.ts'
import {
  studyLevels,
  type AgreementKind,
  type MobilityType,
} from '../../shared/agreements/vocabulary.ts'
import { addDaysIso, addMonthsIso, type IsoDate } from '../../shared/dates.ts'
import { partnerInput } from '../../shared/partners/partner.ts'

/** A small seeded generator (mulberry32): the same seed gives the same demo office every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!

/** More partner universities, named the way their countries name them. */
const moreUniversities: Array<{ country: string; city: string; name: string; native?: string }> = [
  {
    country: 'KZ',
    city: 'Karaganda',
    name: 'Karaganda Buketov University',
    native: 'Карагандинский университет имени Е. А. Букетова',
  },
  {
    country: 'KZ',
    city: 'Shymkent',
    name: 'M. Auezov South Kazakhstan University',
    native: 'Южно-Казахстанский университет имени М. Ауэзова',
  },
  {
    country: 'KZ',
    city: 'Oskemen',
    name: 'East Kazakhstan Technical University',
    native: 'Шығыс Қазақстан техникалық университеті',
  },
  {
    country: 'KZ',
    city: 'Pavlodar',
    name: 'Toraighyrov University',
    native: 'Торайғыров университеті',
  },
  {
    country: 'AZ',
    city: 'Baku',
    name: 'Azerbaijan University of Languages',
    native: 'Azərbaycan Dillər Universiteti',
  },
  {
    country: 'AZ',
    city: 'Baku',
    name: 'Azerbaijan State University of Economics',
    native: 'Azərbaycan Dövlət İqtisad Universiteti',
  },
  {
    country: 'AZ',
    city: 'Sumqayit',
    name: 'Sumgait State University',
    native: 'Sumqayıt Dövlət Universiteti',
  },
  {
    country: 'UZ',
    city: 'Tashkent',
    name: 'National University of Uzbekistan',
    native: 'Oʻzbekiston Milliy Universiteti',
  },
  {
    country: 'UZ',
    city: 'Samarkand',
    name: 'Samarkand State University',
    native: 'Samarqand davlat universiteti',
  },
  {
    country: 'KG',
    city: 'Bishkek',
    name: 'Kyrgyz National University',
    native: 'Кыргызский национальный университет имени Ж. Баласагына',
  },
  {
    country: 'TR',
    city: 'Istanbul',
    name: 'Istanbul Technical University',
    native: 'İstanbul Teknik Üniversitesi',
  },
  { country: 'TR', city: 'Ankara', name: 'Gazi University', native: 'Gazi Üniversitesi' },
  {
    country: 'RU',
    city: 'Kazan',
    name: 'Kazan Federal University',
    native: 'Казанский федеральный университет',
  },
  {
    country: 'RU',
    city: 'Tomsk',
    name: 'Tomsk Polytechnic University',
    native: 'Томский политехнический университет',
  },
  {
    country: 'GE',
    city: 'Tbilisi',
    name: 'Tbilisi State University',
    native: 'თბილისის სახელმწიფო უნივერსიტეტი',
  },
  { country: 'PL', city: 'Warsaw', name: 'University of Warsaw', native: 'Uniwersytet Warszawski' },
  {
    country: 'CZ',
    city: 'Prague',
    name: 'Czech Technical University in Prague',
    native: 'České vysoké učení technické v Praze',
  },
  { country: 'LT', city: 'Vilnius', name: 'Vilnius University', native: 'Vilniaus universitetas' },
  {
    country: 'HU',
    city: 'Budapest',
    name: 'Eötvös Loránd University',
    native: 'Eötvös Loránd Tudományegyetem',
  },
  {
    country: 'FR',
    city: 'Grenoble',
    name: 'Grenoble Alpes University',
    native: 'Université Grenoble Alpes',
  },
  {
    country: 'ES',
    city: 'Valencia',
    name: 'Polytechnic University of Valencia',
    native: 'Universitat Politècnica de València',
  },
  { country: 'FI', city: 'Tampere', name: 'Tampere University', native: 'Tampereen yliopisto' },
  { country: 'CN', city: 'Urumqi', name: 'Xinjiang University' },
  { country: 'JP', city: 'Tsukuba', name: 'University of Tsukuba' },
  { country: 'MY', city: 'Kuala Lumpur', name: 'University of Malaya' },
]

const kindsWeighted: AgreementKind[] = [
  'student_exchange',
  'student_exchange',
  'student_exchange',
  'framework',
  'framework',
  'staff_exchange',
  'research',
  'internship',
  'joint_degree',
  'scholarship',
  'erasmus_iia',
  'erasmus_iia',
]

const titles: Record<AgreementKind, string> = {
  framework: 'Memorandum of understanding on academic cooperation',
  student_exchange: 'Student exchange agreement',
  staff_exchange: 'Staff mobility agreement',
  research: 'Agreement on joint research',
  internship: 'Internship agreement',
  joint_degree: 'Double degree programme agreement',
  scholarship: 'Scholarship programme agreement',
  erasmus_iia: 'Erasmus+ inter-institutional agreement',
  other: 'Cooperation agreement',
}

const units = [
  'International Office',
  'Faculty of Engineering',
  'Faculty of Philology',
  'School of Economics',
  'Faculty of Physics and Technology',
  'Faculty of Chemistry',
]

function conditionsFor(
  random: () => number,
  kind: AgreementKind,
  firstYear: number,
): ConditionData[] {
  if (kind === 'framework' || kind === 'research') return []
  const types: MobilityType[] =
    kind === 'staff_exchange'
      ? ['staff_teaching', 'staff_training']
      : ['student_studies', 'staff_teaching']
  const conditions: ConditionData[] = []
  for (const direction of ['outgoing', 'incoming'] as const) {
    for (const type of types) {
      const staff = type.startsWith('staff')
      conditions.push({
        direction,
        mobilityType: type,
        level: staff ? null : pick(random, studyLevels),
        placesPerYear: 1 + Math.floor(random() * (staff ? 2 : 5)),
        monthsPerPlace: staff ? null : pick(random, [5, 10]),
        daysPerPlace: staff ? pick(random, [5, 7, 10]) : null,
        funding:
          kind === 'scholarship'
            ? 'government'
            : kind === 'erasmus_iia'
              ? 'erasmus'
              : pick(random, ['partner', 'own_budget', 'government'] as const),
        language: staff ? null : pick(random, ['English', 'Russian', 'English, Turkish']),
        cefr: staff ? null : pick(random, ['B1', 'B2'] as const),
        iscedCodes: pick(random, ['0613', '0588', '0531', '0413', '0311', null]),
        firstYear,
        lastYear: firstYear + 4,
      })
    }
  }
  return conditions
}

/**
 * Adds `count` agreements with quotas and exchange counts between the demo partners (and some
 * more partner universities), dated around `today` so that some are due, some expired.
 */
export async function fillDemoAgreements(
  db: Db,
  partnerIds: number[],
  today: IsoDate,
  count = 320,
  seed = 2025,
): Promise<number> {
  const random = seededRandom(seed)
  return inTransaction(db, async (trx) => {
    const ids = [...partnerIds]
    for (const university of moreUniversities) {
      ids.push(
        await createPartner(
          trx,
          partnerInput.parse({
            name: university.name,
            nameNative: university.native ?? null,
            kind: 'university',
            country: university.country,
            city: university.city,
          }),
        ),
      )
    }
    for (let index = 0; index < count; index++) {
      const kind = pick(random, kindsWeighted)
      const roll = random()
      const state =
        roll < 0.04 ? 'draft' : roll < 0.08 ? 'negotiation' : roll < 0.11 ? 'terminated' : 'active'
      // Drafts and negotiations are about agreements still to start.
      const upcoming = state === 'draft' || state === 'negotiation'
      const startsOn = addDaysIso(
        today,
        upcoming ? 30 + Math.floor(random() * 200) : -Math.floor(random() * 365 * 12),
      )
      const years = pick(random, [3, 5, 5, 10])
      const indefinite = kind === 'framework' && random() < 0.5
      const endsOn = indefinite ? null : addDaysIso(addMonthsIso(startsOn, years * 12), -1)
      const partners = random() < 0.1 ? [pick(random, ids), pick(random, ids)] : [pick(random, ids)]
      const autoRenew = endsOn !== null && random() < 0.15
      const year = Number(startsOn.slice(0, 4))
      const id = await createAgreement(
        trx,
        agreementInput.parse({
          reference: `${String(year)}/${kind === 'erasmus_iia' ? 'EIIA' : 'BA'}-${String(index + 1).padStart(3, '0')}`,
          title: titles[kind],
          kind,
          state,
          signedOn: addDaysIso(startsOn, -Math.floor(random() * 60)),
          startsOn,
          endsOn,
          autoRenew,
          renewalTermMonths: autoRenew ? 12 * pick(random, [1, 3, 5]) : null,
          noticeDays: pick(random, [90, 180, 180, 365]),
          unit: pick(random, units),
          coordinator: pick(random, [
            'Aigerim Sadykova',
            'Rashad Aliyev',
            'Dana Nurlanovna',
            'Elvin Guliyev',
            null,
          ]),
          partners: [...new Set(partners)].map((partnerId) => ({ partnerId })),
        }),
        today,
      )
      const firstYear = academicYearOf(startsOn, 9)
      const conditions = conditionsFor(random, kind, firstYear)
      await replaceConditions(trx, id, conditions)
      const lastYear = Math.min(academicYearOf(today, 9), endsOn ? academicYearOf(endsOn, 9) : 9999)
      for (
        let academicYear = firstYear;
        academicYear <= lastYear && conditions.length > 0;
        academicYear++
      ) {
        await replaceYearCounts(
          trx,
          id,
          academicYear,
          conditions.map((condition) => ({
            ...condition,
            people: Math.floor(random() * (condition.placesPerYear + 1)),
          })),
        )
      }
    }
    return count
  })
}
