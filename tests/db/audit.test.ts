import { listAudit, recordHistory } from '../../db/audit.ts'
import { createAgreement, updateAgreement } from '../../db/agreements.ts'
import { withoutAudit, type OpenedDatabase } from '../../db/connection.ts'
import { createContact, removeContact, updateContact } from '../../db/contacts.ts'
import { commitImport } from '../../db/imports.ts'
import { createPartner, updatePartner } from '../../db/partners.ts'
import { updateSettings, writeValue } from '../../db/settings.ts'
import { agreementInput } from '../../shared/agreements/agreement.ts'
import { auditListInput, changedFields, type AuditListInput } from '../../shared/audit/audit.ts'
import { partnerInput } from '../../shared/partners/partner.ts'
import { migratedMemoryDb } from '../support/test-db.ts'

const today = '2026-12-02'
const now = '2026-12-02T09:00:00.000Z'
let opened: OpenedDatabase

interface Row {
  id: number
  at: string
  user: string
  table_name: string
  record_id: number | null
  action: string
  before: string | null
  after: string | null
}
const rows = () =>
  (opened.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as Row[]).map((row) => ({
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  }))
const count = () => opened.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()
const list = (query: AuditListInput = {}) => listAudit(opened.db, auditListInput.parse(query))

const bakuData = partnerInput.parse({
  name: 'Baku State University',
  kind: 'university',
  country: 'AZ',
})
const contactData = {
  fullName: 'Leyla Mammadova',
  position: null,
  email: null,
  phone: null,
  notes: null,
}

beforeEach(async () => {
  opened = await migratedMemoryDb({ user: 'aigerim' })
})
afterEach(async () => {
  await opened.close()
})

describe('the audit trail', () => {
  it('records a partner created, changed and a no-op save not at all, with the user and values', async () => {
    const id = await createPartner(opened.db, bakuData, now)
    await updatePartner(opened.db, id, 0, { ...bakuData, city: 'Baku' }, '2026-12-02T10:00:00.000Z')
    // Saved again unchanged: only updated_at and version move, which is not a change.
    await updatePartner(opened.db, id, 1, { ...bakuData, city: 'Baku' }, '2026-12-02T11:00:00.000Z')
    const trail = rows()
    expect(trail.map((row) => [row.table_name, row.record_id, row.action, row.user])).toEqual([
      ['partners', id, 'create', 'aigerim'],
      ['partners', id, 'update', 'aigerim'],
    ])
    expect(trail[0]!.before).toBeNull()
    expect(trail[0]!.after).toEqual({
      id,
      name: 'Baku State University',
      name_native: null,
      kind: 'university',
      country: 'AZ',
      city: null,
      website: null,
      erasmus_code: null,
      schac_code: null,
      national_id: null,
      notes: null,
      archived_at: null,
      import_batch_id: null,
      created_at: now,
      updated_at: now,
      version: 0,
    })
    expect(trail[1]!.before).toMatchObject({ city: null, version: 0 })
    expect(trail[1]!.after).toMatchObject({ city: 'Baku', version: 1 })
    expect(trail[1]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(changedFields((await list()).entries[0]!)).toEqual([
      { field: 'city', before: null, after: 'Baku' },
    ])
  })

  it('records a contact created, changed and removed, and deleting a partner', async () => {
    const partner = await createPartner(opened.db, bakuData, now)
    const contact = { id: await createContact(opened.db, partner, contactData, true, now) }
    await updateContact(opened.db, contact.id, 0, { ...contactData, email: 'leyla@bsu.az' })
    await removeContact(opened.db, contact.id)
    opened.sqlite.prepare('DELETE FROM partners WHERE id = ?').run(partner)
    const trail = rows().filter((row) => row.table_name === 'contacts' || row.action === 'delete')
    expect(trail.map((row) => [row.table_name, row.record_id, row.action])).toEqual([
      ['contacts', contact.id, 'create'],
      ['contacts', contact.id, 'update'],
      ['contacts', contact.id, 'delete'],
      ['partners', partner, 'delete'],
    ])
    expect(trail[1]!.after).toMatchObject({ email: 'leyla@bsu.az', partner_id: partner })
    expect(trail[2]!.before).toMatchObject({ email: 'leyla@bsu.az' })
    expect(trail[2]!.after).toBeNull()
    expect(trail[3]!.before).toMatchObject({ name: 'Baku State University' })
    const history = await recordHistory(opened.db, 'partners', partner)
    expect(history.map((entry) => [entry.table, entry.action])).toEqual([
      ['partners', 'delete'],
      ['contacts', 'delete'],
      ['contacts', 'update'],
      ['contacts', 'create'],
      ['partners', 'create'],
    ])
  })

  it('records an agreement with its partner link, and an unchanged link replaced on save is not history', async () => {
    const partner = await createPartner(opened.db, bakuData, now)
    const data = agreementInput.parse({
      reference: 'AZ-1',
      title: 'Exchange',
      kind: 'student_exchange',
      state: 'active',
      noticeDays: 90,
      partners: [{ partnerId: partner }],
    })
    const id = await createAgreement(opened.db, data, today, now)
    const created = rows().filter((row) => row.table_name !== 'partners')
    expect(created.map((row) => [row.table_name, row.record_id, row.action])).toEqual([
      ['agreements', id, 'create'],
      ['agreement_partners', id, 'create'],
    ])
    expect(created[1]!.after).toEqual({
      agreement_id: id,
      partner_id: partner,
      contact_id: null,
      position: 0,
    })
    // The copies of the partners' names for the list are not recorded.
    expect(created[0]!.after).not.toHaveProperty('partner_names')
    await updateAgreement(opened.db, id, 0, { ...data, title: 'Student exchange' })
    const history = await recordHistory(opened.db, 'agreements', id)
    expect(history.map((entry) => [entry.table, entry.action])).toEqual([
      ['agreements', 'update'],
      ['agreement_partners', 'create'],
      ['agreements', 'create'],
    ])
    expect(changedFields(history[0]!)).toEqual([
      { field: 'title', before: 'Exchange', after: 'Student exchange' },
    ])
    // The log itself keeps everything the database did.
    expect((await list({ table: 'agreement_partners' })).entries).toHaveLength(3)
  })

  it('records settings by key, but not a PC’s own state', async () => {
    await updateSettings(opened.db, { language: 'ru' })
    await updateSettings(opened.db, { language: 'kk' })
    await writeValue(opened.db, 'view.agreements', { sort: 'ends' })
    await writeValue(opened.db, 'window.bounds', { width: 800 })
    await writeValue(opened.db, 'backupFolder', '/media/usb')
    expect(rows()).toMatchObject([
      {
        table_name: 'settings',
        record_id: null,
        action: 'create',
        before: null,
        after: { key: 'language', value: '"ru"' },
      },
      {
        table_name: 'settings',
        record_id: null,
        action: 'update',
        before: { key: 'language', value: '"ru"' },
        after: { key: 'language', value: '"kk"' },
      },
    ])
  })

  it('writes nothing while paused, and audits again afterwards', async () => {
    await withoutAudit(opened, () => createPartner(opened.db, bakuData, now))
    expect(count()).toBe(0)
    await createPartner(opened.db, { ...bakuData, name: 'ADA University' }, now)
    expect(count()).toBe(1)
  })

  it('filters by table, record, user and action, searches the values in any case and script, and pages', async () => {
    const baku = await createPartner(opened.db, bakuData, now)
    const kaznu = await createPartner(
      opened.db,
      { ...bakuData, name: 'Казахский национальный университет', country: 'KZ' },
      now,
    )
    await createContact(
      opened.db,
      kaznu,
      { ...contactData, fullName: 'Aigerim Seitova' },
      true,
      now,
    )
    expect((await list({ table: 'partners' })).entries.map((entry) => entry.recordId)).toEqual([
      kaznu,
      baku,
    ])
    expect((await list({ table: 'partners', recordId: baku })).entries).toHaveLength(1)
    expect((await list({ user: 'aigerim' })).entries).toHaveLength(3)
    expect((await list({ user: 'someone else' })).entries).toHaveLength(0)
    expect((await list({ action: 'delete' })).entries).toHaveLength(0)
    expect((await list({ query: 'BAKU state' })).entries.map((entry) => entry.recordId)).toEqual([
      baku,
    ])
    expect((await list({ query: 'НАЦИОНАЛЬНЫЙ' })).entries.map((entry) => entry.recordId)).toEqual([
      kaznu,
    ])
    expect((await list({ query: '100%' })).entries).toEqual([])
    const first = await list({ limit: 2 })
    expect(first.entries.map((entry) => entry.table)).toEqual(['contacts', 'partners'])
    expect(first.nextBeforeId).toBe(first.entries[1]!.id)
    const second = await list({ limit: 2, beforeId: first.nextBeforeId! })
    expect(second.entries.map((entry) => entry.recordId)).toEqual([baku])
    expect(second.nextBeforeId).toBeNull()
  })

  it('records what an import commit creates', async () => {
    const { agreementIds } = await commitImport(
      opened.db,
      {
        fileName: 'register.xlsx',
        sheetName: 'Sheet1',
        mapping: ['reference', 'partner'],
        skippedRows: 0,
        partners: [
          {
            key: 'KZ|satbayev',
            create: partnerInput.parse({
              name: 'Satbayev University',
              kind: 'university',
              country: 'KZ',
            }),
            linkTo: null,
            contacts: [{ fullName: 'Aigerim Seitova', email: null }],
          },
        ],
        agreements: [
          {
            rowNumber: 2,
            data: (({ partners: _, ...rest }) => rest)(
              agreementInput.parse({
                reference: 'KZ-101',
                title: 'Exchange',
                kind: 'student_exchange',
                state: 'active',
                noticeDays: 90,
                partners: [{ partnerId: 1 }],
              }),
            ),
            partnerKeys: ['KZ|satbayev'],
            contactName: null,
          },
        ],
      },
      today,
      () => Promise.resolve(),
    )
    const created = rows().filter((row) => row.action === 'create')
    expect(created.map((row) => row.table_name).sort()).toEqual([
      'agreement_partners',
      'agreements',
      'contacts',
      'partners',
    ])
    expect(created.find((row) => row.table_name === 'agreements')).toMatchObject({
      record_id: agreementIds.get(2),
      user: 'aigerim',
      after: { reference: 'KZ-101', import_batch_id: 1 },
    })
  })
})
