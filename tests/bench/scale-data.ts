import type { Db, Sqlite } from '../../db/connection.ts'
import { createContact } from '../../db/contacts.ts'
import { createPartner } from '../../db/partners.ts'
import { inTransaction } from '../../db/transaction.ts'
import { fillDemoAgreements, seededRandom } from '../../electron/services/demo-agreements.ts'
import { countryCodes } from '../../shared/countries.ts'
import type { IsoDate } from '../../shared/dates.ts'
import { partnerInput } from '../../shared/partners/partner.ts'
import { fillScaleEvents, fillScaleDocuments } from './scale-events.ts'
import { fillScaleHistory } from './scale-history.ts'

const latinStems = [
  'Technical',
  'Pedagogical',
  'Medical',
  'Agrarian',
  'Economic',
  'Polytechnic',
  'Linguistic',
  'Humanitarian',
]
const cyrillicStems = [
  'технический',
  'педагогический',
  'медицинский',
  'аграрный',
  'экономический',
  'политехнический',
]
const cyrillicCountries = new Set(['KZ', 'RU', 'KG', 'BY', 'UA'])
/** Countries whose people write their names in Cyrillic, for contacts. */
const cyrillicScriptCountries = new Set([
  'BG',
  'BY',
  'KG',
  'KZ',
  'MK',
  'MN',
  'RS',
  'RU',
  'TJ',
  'UA',
])

/**
 * A large university's partners: `count` institutions over 120 countries, a third named in
 * Cyrillic as well; seeded, so every run measures the same data.
 */
export async function fillScalePartners(db: Db, count: number, seed = 7): Promise<number[]> {
  const random = seededRandom(seed)
  const countries = countryCodes.slice(0, 120)
  return inTransaction(db, async (trx) => {
    const ids: number[] = []
    for (let index = 0; index < count; index++) {
      const country = countries[index % countries.length]!
      const stem = latinStems[Math.floor(random() * latinStems.length)]!
      const cyrillic = cyrillicCountries.has(country) || random() < 0.25
      ids.push(
        await createPartner(
          trx,
          partnerInput.parse({
            name: `${stem} University No. ${index + 1}`,
            nameNative: cyrillic
              ? `${cyrillicStems[index % cyrillicStems.length]} университет № ${index + 1}`
              : null,
            kind: 'university',
            country,
            city: `City ${index % 300}`,
          }),
        ),
      )
    }
    return ids
  })
}

/** A person's name as written at home and, transliterated, in Latin letters. */
const people: Array<{ latin: [string, string]; cyrillic: [string, string] }> = [
  { latin: ['Aigerim', 'Sadykova'], cyrillic: ['Айгерим', 'Садыкова'] },
  { latin: ['Nurlan', 'Abenov'], cyrillic: ['Нурлан', 'Абенов'] },
  { latin: ['Elena', 'Petrova'], cyrillic: ['Елена', 'Петрова'] },
  { latin: ['Sergei', 'Ivanov'], cyrillic: ['Сергей', 'Иванов'] },
  { latin: ['Olga', 'Kuznetsova'], cyrillic: ['Ольга', 'Кузнецова'] },
  { latin: ['Aibek', 'Toktogulov'], cyrillic: ['Айбек', 'Токтогулов'] },
  { latin: ['Natalia', 'Shevchenko'], cyrillic: ['Наталья', 'Шевченко'] },
  { latin: ['Dmitry', 'Sokolov'], cyrillic: ['Дмитрий', 'Соколов'] },
  { latin: ['Gulnara', 'Zhumabayeva'], cyrillic: ['Гульнара', 'Жумабаева'] },
  { latin: ['Yuliya', 'Kovalenko'], cyrillic: ['Юлия', 'Коваленко'] },
  { latin: ['Ivan', 'Georgiev'], cyrillic: ['Иван', 'Георгиев'] },
  { latin: ['Bolormaa', 'Batbayar'], cyrillic: ['Болормаа', 'Батбаяр'] },
]
const latinGiven = [
  'Anna',
  'Thomas',
  'Maria',
  'Luca',
  'Sofia',
  'Mehmet',
  'Julia',
  'Pedro',
  'Emma',
  'Ahmed',
  'Laura',
  'Kenji',
]
const latinFamily = [
  'Müller',
  'Rossi',
  'García',
  'Dubois',
  'Novák',
  'Yılmaz',
  'Kowalski',
  'Silva',
  'Smith',
  'Nagy',
  'Jensen',
  'Haddad',
]
const positions = [
  'Head of International Office',
  'International Relations Coordinator',
  'Erasmus+ Institutional Coordinator',
  'Vice-Rector for International Affairs',
  'Incoming Students Officer',
  'Outgoing Mobility Officer',
  'Faculty Exchange Coordinator',
  'Dean',
  null,
]
const cyrillicPositions = [
  'Начальник отдела международного сотрудничества',
  'Координатор академической мобильности',
  'Проректор по международным связям',
  'Декан',
  null,
]

/**
 * `perPartner` contacts for every partner, the first one primary. People at partners in
 * Cyrillic-script countries (and at those fillScalePartners names in Cyrillic: of the first 120
 * country codes only BG, BY and KG write in Cyrillic) mostly write their names in Cyrillic, the
 * others in Latin letters; e-mail addresses are always Latin.
 */
export async function fillScaleContacts(
  db: Db,
  perPartner: number,
  today: IsoDate,
  seed = 17,
): Promise<number> {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const now = `${today}T09:00:00.000Z`
  return inTransaction(db, async (trx) => {
    const partners = await trx
      .selectFrom('partners')
      .select(['id', 'country', 'name_native'])
      .orderBy('id')
      .execute()
    let added = 0
    for (const partner of partners) {
      const cyrillicPartner =
        cyrillicScriptCountries.has(partner.country) ||
        /\p{Script=Cyrillic}/u.test(partner.name_native ?? '')
      for (let index = 0; index < perPartner; index++) {
        const person = pick(people)
        const cyrillic = cyrillicPartner && random() < 0.7
        const [given, family] = cyrillic
          ? person.cyrillic
          : cyrillicPartner
            ? person.latin
            : [pick(latinGiven), pick(latinFamily)]
        const latin = cyrillicPartner ? person.latin : [given, family]
        await createContact(
          trx,
          partner.id,
          {
            fullName: `${given} ${family}`,
            position: cyrillic ? pick(cyrillicPositions) : pick(positions),
            email: `${latin[0]}.${latin[1]}${index + 1}@partner${partner.id}.edu`
              .normalize('NFKD')
              .replace(/\p{M}/gu, '')
              .replace(/ı/g, 'i')
              .toLowerCase(),
            phone:
              random() < 0.8
                ? `+${String(1 + Math.floor(random() * 998))} ${String(1000000 + Math.floor(random() * 8999999))}`
                : null,
            notes: null,
          },
          false,
          now,
        )
        added++
      }
    }
    return added
  })
}

/**
 * Full size is 10 contacts per partner, 4 quotas, 20 exchange-count rows and about 3 events per
 * agreement, and one stored document per 200 agreements.
 */
export async function fillScaleData(
  opened: { db: Db; sqlite: Sqlite },
  size: { partners: number; agreements: number },
  today: IsoDate,
  dataDir: string,
): Promise<void> {
  const partnerIds = await fillScalePartners(opened.db, size.partners)
  await fillDemoAgreements(opened.db, partnerIds, today, size.agreements, 11)
  await fillScaleContacts(opened.db, 10, today)
  fillScaleHistory(
    opened.sqlite,
    { quotas: 4 * size.agreements, exchangeCounts: 20 * size.agreements },
    today,
  )
  fillScaleEvents(opened.sqlite, today)
  await fillScaleDocuments(opened.sqlite, dataDir, Math.ceil(size.agreements / 200), today)
}
