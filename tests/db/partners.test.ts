import type { OpenedDatabase } from '../../db/connection.ts'
import {
  createContact,
  listContacts,
  removeContact,
  setPrimaryContact,
  updateContact,
} from '../../db/contacts.ts'
import {
  createPartner,
  findPartner,
  findSimilarPartners,
  getPartnerDetails,
  listPartners,
  setPartnerArchived,
  updatePartner,
} from '../../db/partners.ts'
import { AppFailure } from '../../shared/contract/failure.ts'
import {
  partnerInput,
  partnerListInput,
  type PartnerListInput,
} from '../../shared/partners/partner.ts'
import { migratedMemoryDb } from '../support/test-db.ts'

let opened: OpenedDatabase
const partner = (fields: Record<string, unknown>) =>
  partnerInput.parse({ kind: 'university', ...fields })
const list = (input: PartnerListInput = {}) =>
  listPartners(opened.db, partnerListInput.parse(input))
const names = async (input: PartnerListInput = {}) => (await list(input)).map((row) => row.name)
const contact = (fullName: string, email: string | null = null) => ({
  fullName,
  position: null,
  email,
  phone: null,
  notes: null,
})

beforeEach(async () => {
  opened = await migratedMemoryDb()
  await createPartner(
    opened.db,
    partner({
      name: 'Al-Farabi Kazakh National University',
      nameNative: 'Казахский национальный университет имени аль-Фараби',
      country: 'KZ',
      city: 'Almaty',
    }),
  )
  await createPartner(
    opened.db,
    partner({
      name: 'Baku State University',
      nameNative: 'Bakı Dövlət Universiteti',
      country: 'AZ',
      city: 'Baku',
    }),
  )
  await createPartner(
    opened.db,
    partner({ name: 'KazMunayGas', kind: 'company', country: 'KZ', city: 'Astana' }),
  )
  await createPartner(opened.db, partner({ name: 'ada university', country: 'AZ', city: 'Baku' }))
})
afterEach(async () => {
  await opened.close()
})

describe('partners list', () => {
  it('finds a partner by part of its Cyrillic name typed in lower case', async () => {
    expect(await names({ query: 'национальный' })).toEqual(['Al-Farabi Kazakh National University'])
    expect(await names({ query: 'КАЗАХСКИЙ' })).toEqual(['Al-Farabi Kazakh National University'])
  })

  it('finds Latin names regardless of case and diacritics', async () => {
    expect(await names({ query: 'DOVLET' })).toEqual(['Baku State University'])
    expect(await names({ query: 'baku state' })).toEqual(['Baku State University'])
  })

  it('treats % and _ in the query as plain characters', async () => {
    expect(await names({ query: '%' })).toEqual([])
    expect(await names({ query: '_' })).toEqual([])
  })

  it('finds a partner through one of its contacts', async () => {
    const [baku] = await list({ query: 'Baku State' })
    await createContact(opened.db, baku!.id, contact('Лейла Мамедова', 'leyla@bsu.edu.az'), false)
    expect(await names({ query: 'мамедова' })).toEqual(['Baku State University'])
    expect(await names({ query: 'LEYLA@BSU' })).toEqual(['Baku State University'])
  })

  it('filters by country and by kind', async () => {
    expect(await names({ country: 'KZ' })).toEqual([
      'Al-Farabi Kazakh National University',
      'KazMunayGas',
    ])
    expect(await names({ kind: 'company' })).toEqual(['KazMunayGas'])
  })

  it('sorts by name ignoring case, and by other columns in both directions', async () => {
    expect(await names()).toEqual([
      'ada university',
      'Al-Farabi Kazakh National University',
      'Baku State University',
      'KazMunayGas',
    ])
    expect((await list({ sort: 'city', direction: 'desc' })).map((row) => row.city)).toEqual([
      'Baku',
      'Baku',
      'Astana',
      'Almaty',
    ])
  })

  it('hides archived partners unless asked, and restores them', async () => {
    const [gas] = await list({ query: 'KazMunayGas' })
    await setPartnerArchived(opened.db, gas!.id, true)
    expect(await names()).not.toContain('KazMunayGas')
    expect(await names({ archived: 'archived' })).toEqual(['KazMunayGas'])
    expect(await names({ archived: 'all' })).toHaveLength(4)
    await setPartnerArchived(opened.db, gas!.id, false)
    expect(await names()).toContain('KazMunayGas')
  })

  it('counts contacts and names the primary one', async () => {
    const [baku] = await list({ query: 'Baku State' })
    await createContact(opened.db, baku!.id, contact('Rashad Aliyev'), false)
    await createContact(opened.db, baku!.id, contact('Leyla Mammadova'), true)
    const [row] = await list({ query: 'Baku State' })
    expect(row).toMatchObject({ contactCount: 2, primaryContact: 'Leyla Mammadova' })
  })
})

describe('partner edits', () => {
  it('saves an edit and bumps the version; the search follows the new name', async () => {
    const [gas] = await list({ query: 'KazMunayGas' })
    const before = (await findPartner(opened.db, gas!.id))!
    await updatePartner(
      opened.db,
      gas!.id,
      before.version,
      partner({ name: 'КазМунайГаз', country: 'KZ' }),
    )
    const after = (await findPartner(opened.db, gas!.id))!
    expect(after.version).toBe(before.version + 1)
    expect(await names({ query: 'казмунай' })).toEqual(['КазМунайГаз'])
  })

  it('refuses an edit made to an older version and keeps the newer one', async () => {
    const [gas] = await list({ query: 'KazMunayGas' })
    await updatePartner(opened.db, gas!.id, 0, partner({ name: 'First edit', country: 'KZ' }))
    const stale = updatePartner(
      opened.db,
      gas!.id,
      0,
      partner({ name: 'Stale edit', country: 'KZ' }),
    )
    await expect(stale).rejects.toMatchObject({ code: 'conflict' })
    expect((await findPartner(opened.db, gas!.id))!.name).toBe('First edit')
  })

  it('reports a missing partner as not found', async () => {
    await expect(
      updatePartner(opened.db, 999, 0, partner({ name: 'X', country: 'KZ' })),
    ).rejects.toBeInstanceOf(AppFailure)
    await expect(getPartnerDetails(opened.db, 999)).rejects.toMatchObject({ code: 'not_found' })
  })
})

describe('contacts', () => {
  let partnerId: number
  beforeEach(async () => {
    partnerId = (await list({ query: 'Baku State' }))[0]!.id
  })

  it('makes the first contact primary, and keeps exactly one primary', async () => {
    const first = await createContact(opened.db, partnerId, contact('Leyla Mammadova'), false)
    const second = await createContact(opened.db, partnerId, contact('Rashad Aliyev'), false)
    expect((await listContacts(opened.db, partnerId)).map((c) => [c.id, c.isPrimary])).toEqual([
      [first, true],
      [second, false],
    ])
    await setPrimaryContact(opened.db, second)
    const contacts = await listContacts(opened.db, partnerId)
    expect(contacts.filter((c) => c.isPrimary).map((c) => c.id)).toEqual([second])
  })

  it('the database itself refuses two primary contacts', async () => {
    await createContact(opened.db, partnerId, contact('Leyla Mammadova'), true)
    await createContact(opened.db, partnerId, contact('Rashad Aliyev'), false)
    expect(() => opened.sqlite.prepare('UPDATE contacts SET is_primary = 1').run()).toThrow(
      /UNIQUE/,
    )
  })

  it('updates with a version check and removes', async () => {
    const id = await createContact(opened.db, partnerId, contact('Leyla'), false)
    await updateContact(opened.db, id, 0, contact('Leyla Mammadova', 'l.mammadova@bsu.edu.az'))
    await expect(updateContact(opened.db, id, 0, contact('Stale'))).rejects.toMatchObject({
      code: 'conflict',
    })
    expect((await listContacts(opened.db, partnerId))[0]).toMatchObject({
      fullName: 'Leyla Mammadova',
      email: 'l.mammadova@bsu.edu.az',
    })
    await removeContact(opened.db, id)
    expect(await listContacts(opened.db, partnerId)).toEqual([])
    await expect(removeContact(opened.db, id)).rejects.toMatchObject({ code: 'not_found' })
  })

  it('refuses a contact for a partner that does not exist, and writes nothing', async () => {
    await expect(createContact(opened.db, 999, contact('Nobody'), false)).rejects.toMatchObject({
      code: 'not_found',
    })
    expect(opened.sqlite.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 0 })
  })
})

describe('possible duplicates', () => {
  it('finds a partner entered under another spelling or script, in the same country', async () => {
    const matches = await findSimilarPartners(opened.db, {
      name: 'Al Farabi Kazakh National Univ.',
      country: 'KZ',
    })
    expect(matches.map((match) => match.name)).toEqual(['Al-Farabi Kazakh National University'])
    const cyrillic = await findSimilarPartners(opened.db, {
      name: 'X',
      nameNative: 'КАЗАХСКИЙ НАЦИОНАЛЬНЫЙ УНИВЕРСИТЕТ ИМ. АЛЬ-ФАРАБИ',
    })
    expect(cyrillic.map((match) => match.name)).toEqual(['Al-Farabi Kazakh National University'])
  })

  it('ignores other countries, the partner being edited, and names that only share generic words', async () => {
    expect(
      await findSimilarPartners(opened.db, {
        name: 'Al-Farabi Kazakh National University',
        country: 'AZ',
      }),
    ).toEqual([])
    const [kaznu] = await list({ query: 'Al-Farabi' })
    expect(
      await findSimilarPartners(opened.db, {
        name: 'Al-Farabi Kazakh National University',
        excludeId: kaznu!.id,
      }),
    ).toEqual([])
    expect(
      await findSimilarPartners(opened.db, { name: 'Ganja State University', country: 'AZ' }),
    ).toEqual([])
  })
})
