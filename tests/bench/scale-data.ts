import type { Db } from '../../db/connection.ts'
import { createPartner } from '../../db/partners.ts'
import { inTransaction } from '../../db/transaction.ts'
import { fillDemoAgreements, seededRandom } from '../../electron/services/demo-agreements.ts'
import { countryCodes } from '../../shared/countries.ts'
import type { IsoDate } from '../../shared/dates.ts'
import { partnerInput } from '../../shared/partners/partner.ts'

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

export async function fillScaleData(
  db: Db,
  size: { partners: number; agreements: number },
  today: IsoDate,
): Promise<void> {
  const partnerIds = await fillScalePartners(db, size.partners)
  await fillDemoAgreements(db, partnerIds, today, size.agreements, 11)
}
