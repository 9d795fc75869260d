import { listEvents } from '../../db/agreement-events.ts'
import { bumpVersion, createAgreement, getAgreement } from '../../db/agreements.ts'
import { createContact } from '../../db/contacts.ts'
import type { OpenedDatabase } from '../../db/connection.ts'
import { commitImport, newestImport, undoImport, type ImportCommit } from '../../db/imports.ts'
import { createPartner, getPartnerDetails } from '../../db/partners.ts'
import { agreementInput } from '../../shared/agreements/agreement.ts'
import { AppFailure } from '../../shared/contract/failure.ts'
import { partnerInput } from '../../shared/partners/partner.ts'
import { dumpDatabase } from '../support/db-dump.ts'
import { migratedMemoryDb } from '../support/test-db.ts'

const today = '2026-12-02'
const noProgress = () => Promise.resolve()
let opened: OpenedDatabase
let bsu: number

const agreementData = (reference: string) => {
  const { partners: _, ...data } = agreementInput.parse({
    reference,
    title: `Exchange ${reference}`,
    kind: 'student_exchange',
    state: 'active',
    startsOn: '2024-09-01',
    endsOn: '2029-08-31',
    noticeDays: 90,
    partners: [{ partnerId: 1 }],
  })
  return data
}

/** Two new partners (one with a contact), one existing partner linked, three agreements. */
function commitOf(overrides: Partial<ImportCommit> = {}): ImportCommit {
  return {
    fileName: 'register.xlsx',
    sheetName: 'Договоры',
    mapping: ['reference', 'partner'],
    skippedRows: 1,
    partners: [
      {
        key: 'KZ|satbayev',
        create: partnerInput.parse({
          name: 'Satbayev University',
          kind: 'university',
          country: 'KZ',
        }),
        linkTo: null,
        contacts: [{ fullName: 'Айгерим Сейтова', email: 'a.seitova@satbayev.kz' }],
      },
      {
        key: 'TR|ege',
        create: partnerInput.parse({ name: 'Ege Üniversitesi', kind: 'university', country: 'TR' }),
        linkTo: null,
        contacts: [],
      },
      {
        key: 'AZ|baku',
        create: null,
        linkTo: bsu,
        contacts: [{ fullName: 'Leyla Mammadova', email: null }],
      },
    ],
    agreements: [
      {
        rowNumber: 5,
        data: agreementData('KZ-101'),
        partnerKeys: ['KZ|satbayev'],
        contactName: 'айгерим сейтова',
      },
      {
        rowNumber: 6,
        data: agreementData('TR-7'),
        partnerKeys: ['TR|ege', 'AZ|baku'],
        contactName: null,
      },
      {
        rowNumber: 9,
        data: agreementData('AZ-3'),
        partnerKeys: ['AZ|baku'],
        contactName: 'Leyla Mammadova',
      },
    ],
    ...overrides,
  }
}

beforeEach(async () => {
  opened = await migratedMemoryDb()
  bsu = await createPartner(
    opened.db,
    partnerInput.parse({ name: 'Baku State University', kind: 'university', country: 'AZ' }),
  )
  await createContact(
    opened.db,
    bsu,
    { fullName: 'Leyla Mammadova', position: null, email: null, phone: null, notes: null },
    true,
  )
  const existing = await createAgreement(
    opened.db,
    agreementInput.parse({ ...agreementData('AZ-1'), partners: [{ partnerId: bsu }] }),
    today,
  )
  expect(existing).toBeGreaterThan(0)
})
afterEach(async () => {
  await opened.close()
})

describe('commitImport', () => {
  it('creates the partners, contacts and agreements of the import, each marked with its batch', async () => {
    const result = await commitImport(opened.db, commitOf(), today, noProgress)
    expect(result).toMatchObject({ createdPartners: 2, linkedPartners: 1, createdContacts: 1 })
    expect([...result.agreementIds.keys()]).toEqual([5, 6, 9])

    const kz = await getAgreement(opened.db, result.agreementIds.get(5)!, today)
    expect(kz.partners).toEqual([
      expect.objectContaining({
        name: 'Satbayev University',
        country: 'KZ',
        contactName: 'Айгерим Сейтова',
      }),
    ])
    const tr = await getAgreement(opened.db, result.agreementIds.get(6)!, today)
    expect(tr.partners.map((partner) => partner.name)).toEqual([
      'Ege Üniversitesi',
      'Baku State University',
    ])
    // The existing contact is reused, not entered a second time.
    const az = await getAgreement(opened.db, result.agreementIds.get(9)!, today)
    expect(az.partners[0]).toMatchObject({ partnerId: bsu, contactName: 'Leyla Mammadova' })
    expect((await getPartnerDetails(opened.db, bsu)).contacts).toHaveLength(1)

    const events = await listEvents(opened.db, az.id)
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'created',
        occurredOn: '2024-09-01',
        note: 'Imported from register.xlsx, row 9',
      }),
    ])
    const batch = opened.sqlite.prepare('SELECT * FROM import_batches').get()
    expect(batch).toMatchObject({
      id: result.batchId,
      file_name: 'register.xlsx',
      sheet_name: 'Договоры',
      mapping: '["reference","partner"]',
      created_agreements: 3,
      created_partners: 2,
      linked_partners: 1,
      created_contacts: 1,
      skipped_rows: 1,
    })
    const marked = (table: string) =>
      opened.sqlite
        .prepare(`SELECT count(*) FROM ${table} WHERE import_batch_id = ?`)
        .pluck()
        .get(result.batchId)
    expect([marked('agreements'), marked('partners'), marked('contacts')]).toEqual([3, 2, 1])
  })

  it('reports its progress after each chunk of rows', async () => {
    const many = Array.from({ length: 600 }, (_, index) => ({
      rowNumber: index + 2,
      data: agreementData(`R-${index}`),
      partnerKeys: ['AZ|baku'],
      contactName: null,
    }))
    const calls: Array<[number, number]> = []
    const { agreementIds } = await commitImport(
      opened.db,
      commitOf({ agreements: many }),
      today,
      async (done, total) => {
        calls.push([done, total])
      },
    )
    expect(calls).toEqual([
      [250, 600],
      [500, 600],
      [600, 600],
    ])
    // Every agreement has its partner, its copy of the partner's name and its first event.
    const rows = opened.sqlite
      .prepare(
        `SELECT count(*) AS agreements, sum(partner_names = 'Baku State University') AS named,
          (SELECT count(*) FROM agreement_partners WHERE partner_id = ?) AS links,
          (SELECT count(*) FROM agreement_events WHERE note LIKE 'Imported from register.xlsx, row %') AS events
         FROM agreements WHERE import_batch_id IS NOT NULL`,
      )
      .get(bsu)
    expect(rows).toEqual({ agreements: 600, named: 600, links: 601, events: 600 })
    expect(new Set(agreementIds.values()).size).toBe(600)
  })

  it('writes nothing at all when one row fails', async () => {
    const before = dumpDatabase(opened.sqlite)
    // The third agreement takes a reference that is already in the database.
    const failing = commitOf()
    failing.agreements[2] = { ...failing.agreements[2]!, data: agreementData('az-1') }
    await expect(commitImport(opened.db, failing, today, noProgress)).rejects.toThrow(
      /already has the reference/,
    )
    expect(dumpDatabase(opened.sqlite)).toEqual(before)
  })

  it('refuses a link to a partner deleted since the preview, and writes nothing', async () => {
    const before = dumpDatabase(opened.sqlite)
    const stale = commitOf()
    stale.partners[2] = { ...stale.partners[2]!, linkTo: 999 }
    await expect(commitImport(opened.db, stale, today, noProgress)).rejects.toThrow(AppFailure)
    expect(dumpDatabase(opened.sqlite)).toEqual(before)
  })
})

describe('undoImport', () => {
  it('restores the database exactly as it was before the import', async () => {
    const before = dumpDatabase(opened.sqlite)
    const { batchId } = await commitImport(opened.db, commitOf(), today, noProgress)
    expect(await newestImport(opened.db)).toMatchObject({
      batchId,
      createdAgreements: 3,
      createdPartners: 2,
      blockedBy: null,
    })
    expect(await undoImport(opened.db, batchId)).toEqual({
      removedAgreements: 3,
      removedPartners: 2,
      removedContacts: 1,
    })
    // The records are exactly as before; the audit trail keeps what the import created and
    // the undo deleted (one delete for each create: nothing the import made is left).
    const after = dumpDatabase(opened.sqlite)
    expect({ ...after, audit_log: [] }).toEqual({ ...before, audit_log: [] })
    const added = after.audit_log!.slice(before.audit_log!.length) as Array<{ action: string }>
    const creates = added.filter((row) => row.action === 'create').length
    expect(creates).toBeGreaterThan(0)
    expect(added.filter((row) => row.action === 'delete').length).toBe(creates)
    expect(await newestImport(opened.db)).toBeNull()
  })

  it('is refused once an imported agreement was changed, and then changes nothing', async () => {
    const { batchId, agreementIds } = await commitImport(opened.db, commitOf(), today, noProgress)
    await bumpVersion(opened.db, agreementIds.get(6)!, 0, { notes: 'Signed copy received' })
    expect((await newestImport(opened.db))?.blockedBy).toEqual({
      reason: 'agreement_changed',
      reference: 'TR-7',
    })
    const before = dumpDatabase(opened.sqlite)
    await expect(undoImport(opened.db, batchId)).rejects.toThrow(/TR-7 was changed/)
    expect(dumpDatabase(opened.sqlite)).toEqual(before)
  })

  it('is refused once a created partner is used by another agreement', async () => {
    const { batchId } = await commitImport(opened.db, commitOf(), today, noProgress)
    const ege = opened.sqlite
      .prepare(`SELECT id FROM partners WHERE name = 'Ege Üniversitesi'`)
      .pluck()
      .get() as number
    await createAgreement(
      opened.db,
      agreementInput.parse({ ...agreementData('TR-NEW'), partners: [{ partnerId: ege }] }),
      today,
    )
    expect((await newestImport(opened.db))?.blockedBy).toEqual({
      reason: 'partner_changed',
      name: 'Ege Üniversitesi',
    })
    await expect(undoImport(opened.db, batchId)).rejects.toThrow(AppFailure)
  })

  it('takes back only the newest import', async () => {
    const first = await commitImport(opened.db, commitOf(), today, noProgress)
    const second = await commitImport(
      opened.db,
      commitOf({
        partners: [{ key: 'AZ|baku', create: null, linkTo: bsu, contacts: [] }],
        agreements: [
          {
            rowNumber: 2,
            data: agreementData('AZ-2'),
            partnerKeys: ['AZ|baku'],
            contactName: null,
          },
        ],
      }),
      today,
      noProgress,
    )
    await expect(undoImport(opened.db, first.batchId)).rejects.toThrow(/newest import/)
    await undoImport(opened.db, second.batchId)
    expect((await newestImport(opened.db))?.batchId).toBe(first.batchId)
  })
})
