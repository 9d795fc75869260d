import type { OpenedDatabase } from '../../db/connection.ts'
import { applyAgreementAction } from '../../db/agreement-actions.ts'
import { listEvents } from '../../db/agreement-events.ts'
import { createAgreement, getAgreement, updateAgreement } from '../../db/agreements.ts'
import { listAgreements } from '../../db/agreements-list.ts'
import { applyAutoRenewals } from '../../db/auto-renewals.ts'
import { createPartner, getPartnerDetails, updatePartner } from '../../db/partners.ts'
import {
  agreementInput,
  agreementListInput,
  type AgreementInput,
  type AgreementListInput,
} from '../../shared/agreements/agreement.ts'
import { deriveStatus } from '../../shared/agreements/status.ts'
import { partnerInput } from '../../shared/partners/partner.ts'
import { migratedMemoryDb } from '../support/test-db.ts'

const today = '2026-11-27'
let opened: OpenedDatabase
let bsu: number
let kaznu: number

const agreement = (fields: Partial<AgreementInput>) =>
  agreementInput.parse({
    reference: 'REF',
    title: 'Student exchange',
    kind: 'student_exchange',
    state: 'active',
    startsOn: '2022-09-01',
    endsOn: '2027-08-31',
    noticeDays: 90,
    partners: [{ partnerId: bsu }],
    ...fields,
  })
const list = (input: AgreementListInput = {}) =>
  listAgreements(opened.db, agreementListInput.parse(input), today)
const references = async (input: AgreementListInput = {}) =>
  (await list({ sort: 'reference', ...input })).map((row) => row.reference)

beforeEach(async () => {
  opened = await migratedMemoryDb()
  bsu = await createPartner(
    opened.db,
    partnerInput.parse({
      name: 'Baku State University',
      nameNative: 'Bakı Dövlət Universiteti',
      kind: 'university',
      country: 'AZ',
    }),
  )
  kaznu = await createPartner(
    opened.db,
    partnerInput.parse({
      name: 'Al-Farabi Kazakh National University',
      nameNative: 'Казахский национальный университет',
      kind: 'university',
      country: 'KZ',
    }),
  )
})
afterEach(async () => {
  await opened.close()
})

describe('agreements', () => {
  it('are created with their partners in order and a "created" event on the signing date', async () => {
    const id = await createAgreement(
      opened.db,
      agreement({
        reference: 'AZ-KZ/1',
        signedOn: '2022-06-15',
        partners: [{ partnerId: kaznu }, { partnerId: bsu }],
      }),
      today,
    )
    const saved = await getAgreement(opened.db, id, today)
    expect(saved.partners.map((partner) => partner.name)).toEqual([
      'Al-Farabi Kazakh National University',
      'Baku State University',
    ])
    expect(saved).toMatchObject({ status: 'active', noticeOn: '2027-06-02', version: 0 })
    expect(
      (await listEvents(opened.db, id)).map((event) => [event.kind, event.occurredOn]),
    ).toEqual([['created', '2022-06-15']])
  })

  it('refuse a reference that is already used, in any case, and save nothing', async () => {
    await createAgreement(opened.db, agreement({ reference: 'AZ-KZ/1' }), today)
    await expect(
      createAgreement(opened.db, agreement({ reference: ' az-kz/1 ' }), today),
    ).rejects.toMatchObject({
      code: 'validation',
      details: { fields: { reference: 'reference_taken' } },
    })
    expect(opened.sqlite.prepare('SELECT count(*) FROM agreements').pluck().get()).toBe(1)
    expect(opened.sqlite.prepare('SELECT count(*) FROM agreement_events').pluck().get()).toBe(1)
  })

  it('refuse a partner that does not exist, and a contact of another partner', async () => {
    await expect(
      createAgreement(opened.db, agreement({ partners: [{ partnerId: 999 }] }), today),
    ).rejects.toMatchObject({
      details: { fields: { 'partners.0.partnerId': 'invalid_value' } },
    })
    const contact = opened.sqlite
      .prepare(
        `INSERT INTO contacts (partner_id, full_name, search_text, created_at, updated_at) VALUES (?, 'A', 'a', 'x', 'x')`,
      )
      .run(kaznu).lastInsertRowid
    await expect(
      createAgreement(
        opened.db,
        agreement({ partners: [{ partnerId: bsu, contactId: Number(contact) }] }),
        today,
      ),
    ).rejects.toMatchObject({
      details: { fields: { 'partners.0.contactId': 'invalid_value' } },
    })
    expect(opened.sqlite.prepare('SELECT count(*) FROM agreements').pluck().get()).toBe(0)
  })

  it('refuse a stale edit and keep the newer one', async () => {
    const id = await createAgreement(opened.db, agreement({ reference: 'A' }), today)
    await updateAgreement(opened.db, id, 0, agreement({ reference: 'A', title: 'First edit' }))
    await expect(
      updateAgreement(opened.db, id, 0, agreement({ reference: 'A', title: 'Stale edit' })),
    ).rejects.toMatchObject({ code: 'conflict' })
    expect((await getAgreement(opened.db, id, today)).title).toBe('First edit')
  })
})

describe('agreements list', () => {
  beforeEach(async () => {
    await createAgreement(
      opened.db,
      agreement({ reference: 'ACTIVE', endsOn: '2028-08-31' }),
      today,
    )
    await createAgreement(
      opened.db,
      agreement({ reference: 'DUE', endsOn: '2027-01-31', partners: [{ partnerId: kaznu }] }),
      today,
    )
    await createAgreement(
      opened.db,
      agreement({ reference: 'EXPIRED', endsOn: '2026-06-30' }),
      today,
    )
    await createAgreement(
      opened.db,
      agreement({
        reference: 'OPEN-ENDED',
        endsOn: null,
        kind: 'framework',
        title: 'Меморандум о сотрудничестве',
      }),
      today,
    )
    await createAgreement(
      opened.db,
      agreement({
        reference: 'DRAFT',
        state: 'draft',
        endsOn: '2026-01-01',
        partners: [{ partnerId: bsu }, { partnerId: kaznu }],
      }),
      today,
    )
  })

  it('derives the same status in SQL as the shared rule does', async () => {
    for (const row of await list()) {
      const saved = await getAgreement(opened.db, row.id, today)
      expect(row.status, row.reference).toBe(deriveStatus(saved, today))
    }
    expect(Object.fromEntries((await list()).map((row) => [row.reference, row.status]))).toEqual({
      ACTIVE: 'active',
      DUE: 'due',
      EXPIRED: 'expired',
      'OPEN-ENDED': 'active',
      DRAFT: 'draft',
    })
  })

  it('filters by status, kind, country, partner and end within N days', async () => {
    expect(await references({ status: 'due' })).toEqual(['DUE'])
    expect(await references({ kind: 'framework' })).toEqual(['OPEN-ENDED'])
    expect(await references({ country: 'KZ' })).toEqual(['DRAFT', 'DUE'])
    expect(await references({ partnerId: bsu })).toEqual([
      'ACTIVE',
      'DRAFT',
      'EXPIRED',
      'OPEN-ENDED',
    ])
    expect(await references({ endsWithinDays: 90 })).toEqual(['DUE'])
  })

  it("sorts by status in the order of an agreement's life", async () => {
    expect((await list({ sort: 'status' })).map((row) => row.status)).toEqual([
      'draft',
      'active',
      'active',
      'due',
      'expired',
    ])
  })

  it('searches reference, title and partner names in any script and case', async () => {
    expect(await references({ query: 'меморандум' })).toEqual(['OPEN-ENDED'])
    expect(await references({ query: 'КАЗАХСКИЙ' })).toEqual(['DRAFT', 'DUE'])
    expect(await references({ query: 'open-end' })).toEqual(['OPEN-ENDED'])
  })

  it('lists partners and countries of each agreement, days left, and sorts by end date with open ends last', async () => {
    const rows = await list({ sort: 'endsOn' })
    expect(rows.map((row) => row.reference)).toEqual([
      'DRAFT',
      'EXPIRED',
      'DUE',
      'ACTIVE',
      'OPEN-ENDED',
    ])
    const draft = rows[0]!
    expect(draft).toMatchObject({
      partnerNames: 'Baku State University; Al-Farabi Kazakh National University',
      countries: 'AZ,KZ',
    })
    expect(rows.find((row) => row.reference === 'DUE')!.daysLeft).toBe(65)
  })
})

describe('partner names on the list', () => {
  it('follow a partner that is renamed, for display and for search', async () => {
    await createAgreement(
      opened.db,
      agreement({ reference: 'RENAMED', partners: [{ partnerId: kaznu }, { partnerId: bsu }] }),
      today,
    )
    const partner = await getPartnerDetails(opened.db, bsu)
    await updatePartner(
      opened.db,
      bsu,
      partner.version,
      partnerInput.parse({
        name: 'Baku State University named after M. Rasulzade',
        nameNative: 'Бакинский государственный университет',
        kind: 'university',
        country: 'AZ',
      }),
    )
    const [row] = await list({ query: 'rasulzade' })
    expect(row).toMatchObject({
      reference: 'RENAMED',
      partnerNames:
        'Al-Farabi Kazakh National University; Baku State University named after M. Rasulzade',
      countries: 'AZ,KZ',
    })
    expect(await references({ query: 'бакинский' })).toEqual(['RENAMED'])
    expect(await references({ query: 'Bakı Dövlət' })).toEqual([])
  })
})

describe('actions', () => {
  it('renewing moves the end date, records both dates, and makes a due agreement active', async () => {
    const id = await createAgreement(
      opened.db,
      agreement({ reference: 'R', endsOn: '2027-01-31' }),
      today,
    )
    await applyAgreementAction(
      opened.db,
      {
        id,
        version: 0,
        action: 'renew',
        date: today,
        newEndsOn: '2032-01-31',
        note: 'Signed in Baku',
      },
      today,
    )
    expect(await getAgreement(opened.db, id, today)).toMatchObject({
      endsOn: '2032-01-31',
      status: 'active',
      version: 1,
    })
    expect((await listEvents(opened.db, id))[0]).toMatchObject({
      kind: 'renewed',
      occurredOn: today,
      note: 'Signed in Baku',
      endsBefore: '2027-01-31',
      endsAfter: '2032-01-31',
    })
  })

  it('refuses a new end date that is not later, and a stale version, changing nothing', async () => {
    const id = await createAgreement(
      opened.db,
      agreement({ reference: 'R', endsOn: '2027-01-31' }),
      today,
    )
    await expect(
      applyAgreementAction(
        opened.db,
        { id, version: 0, action: 'extend', date: today, newEndsOn: '2027-01-31', note: null },
        today,
      ),
    ).rejects.toMatchObject({
      details: { fields: { newEndsOn: 'end_not_later' } },
    })
    await expect(
      applyAgreementAction(
        opened.db,
        { id, version: 7, action: 'suspend', date: today, newEndsOn: null, note: null },
        today,
      ),
    ).rejects.toMatchObject({ code: 'conflict' })
    expect(await getAgreement(opened.db, id, today)).toMatchObject({
      endsOn: '2027-01-31',
      state: 'active',
      version: 0,
    })
    expect(await listEvents(opened.db, id)).toHaveLength(1)
  })

  it('suspends, resumes and terminates early, which moves the end date to the termination', async () => {
    const id = await createAgreement(opened.db, agreement({ reference: 'T' }), today)
    await applyAgreementAction(
      opened.db,
      { id, version: 0, action: 'suspend', date: today, newEndsOn: null, note: null },
      today,
    )
    await expect(
      applyAgreementAction(
        opened.db,
        { id, version: 1, action: 'suspend', date: today, newEndsOn: null, note: null },
        today,
      ),
    ).rejects.toMatchObject({ code: 'validation' })
    await applyAgreementAction(
      opened.db,
      { id, version: 1, action: 'resume', date: today, newEndsOn: null, note: null },
      today,
    )
    await applyAgreementAction(
      opened.db,
      {
        id,
        version: 2,
        action: 'terminate',
        date: '2026-12-31',
        newEndsOn: null,
        note: 'By mutual consent',
      },
      today,
    )
    expect(await getAgreement(opened.db, id, today)).toMatchObject({
      state: 'terminated',
      status: 'terminated',
      endsOn: '2026-12-31',
    })
    expect((await listEvents(opened.db, id)).map((event) => event.kind)).toEqual([
      'terminated',
      'resumed',
      'suspended',
      'created',
    ])
  })
})

describe('auto-renewal', () => {
  it('rolls passed end dates forward by whole terms, once, with an event', async () => {
    const id = await createAgreement(
      opened.db,
      agreement({
        reference: 'AUTO',
        startsOn: '2020-01-01',
        endsOn: '2025-01-31',
        autoRenew: true,
        renewalTermMonths: 12,
      }),
      today,
    )
    const fixed = await createAgreement(
      opened.db,
      agreement({ reference: 'FIXED', endsOn: '2026-06-30' }),
      today,
    )
    expect(await applyAutoRenewals(opened.db, today)).toBe(1)
    expect(await applyAutoRenewals(opened.db, today)).toBe(0)
    expect(await getAgreement(opened.db, id, today)).toMatchObject({
      endsOn: '2027-01-31',
      status: 'due', // its next notice date (2026-11-02) has already come
    })
    expect((await listEvents(opened.db, id))[0]).toMatchObject({
      kind: 'auto_renewed',
      endsBefore: '2025-01-31',
      endsAfter: '2027-01-31',
    })
    expect((await getAgreement(opened.db, fixed, today)).status).toBe('expired')
  })
})
