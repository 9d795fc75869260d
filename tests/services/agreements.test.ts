import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenedDatabase } from '../../db/connection.ts'
import { createDispatcher, type Dispatch } from '../../electron/services/dispatcher.ts'
import { createHandlerContext } from '../../electron/services/handler-context-factory.ts'
import { createHandlers } from '../../electron/services/handlers/index.ts'
import type { AgreementDetails } from '../../shared/contract/contract.ts'
import type { AgreementDocument, DocumentOpened } from '../../shared/agreements/documents.ts'
import { testHostFiles } from '../support/host-files.ts'
import { migratedMemoryDb } from '../support/test-db.ts'

let opened: OpenedDatabase
let dispatch: Dispatch
let dataDir: string
const openedFiles: string[] = []
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')

async function call<T>(operation: string, input: unknown): Promise<T> {
  const result = await dispatch(operation, input)
  if (!result.ok) throw new Error(`${operation}: ${result.error.message}`)
  return result.value as T
}

beforeEach(async () => {
  opened = await migratedMemoryDb()
  dataDir = mkdtempSync(join(tmpdir(), 'accord-agreements-'))
  const open = (_document: AgreementDocument, file: string): Promise<DocumentOpened> => {
    openedFiles.push(file)
    return Promise.resolve({ opened: true })
  }
  dispatch = createDispatcher(
    createHandlers(
      createHandlerContext(
        opened.db,
        { version: 'test', host: 'preview', dataDir },
        testHostFiles({ openDocument: open }),
      ),
    ),
  )
})
afterEach(async () => {
  await opened.close()
})

async function newAgreement(): Promise<AgreementDetails> {
  const partner = await call<{ id: number }>('partners.create', {
    name: 'ADA University',
    kind: 'university',
    country: 'AZ',
  })
  return call<AgreementDetails>('agreements.create', {
    reference: 'ADA-2026',
    title: 'Student and staff exchange',
    kind: 'student_exchange',
    state: 'active',
    startsOn: '2026-09-01',
    endsOn: '2031-08-31',
    noticeDays: 180,
    partners: [{ partnerId: partner.id }],
  })
}

describe('agreement operations', () => {
  it('save quotas and a year of exchange counts, each checking the version', async () => {
    const created = await newAgreement()
    const withQuotas = await call<AgreementDetails>('agreements.saveConditions', {
      id: created.id,
      version: created.version,
      conditions: [
        {
          direction: 'outgoing',
          mobilityType: 'student_studies',
          level: 'bachelor',
          placesPerYear: 4,
          monthsPerPlace: 5,
          funding: 'partner',
          cefr: 'B2',
          iscedCodes: '0613',
          firstYear: 2026,
          lastYear: 2030,
        },
        {
          direction: 'incoming',
          mobilityType: 'staff_teaching',
          placesPerYear: 2,
          daysPerPlace: 7,
        },
      ],
    })
    expect(withQuotas.conditions.map((condition) => condition.placesPerYear)).toEqual([4, 2])
    const withCounts = await call<AgreementDetails>('agreements.saveCounts', {
      id: created.id,
      version: withQuotas.version,
      academicYear: 2026,
      rows: [
        { direction: 'outgoing', mobilityType: 'student_studies', level: 'bachelor', people: 3 },
        { direction: 'incoming', mobilityType: 'staff_teaching', people: 0 },
      ],
    })
    expect(withCounts.counts).toEqual([
      {
        academicYear: 2026,
        direction: 'outgoing',
        mobilityType: 'student_studies',
        level: 'bachelor',
        people: 3,
      },
    ])
    const stale = await dispatch('agreements.saveCounts', {
      id: created.id,
      version: withQuotas.version,
      academicYear: 2027,
      rows: [],
    })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('refuse negative counts and change nothing', async () => {
    const created = await newAgreement()
    const result = await dispatch('agreements.saveCounts', {
      id: created.id,
      version: created.version,
      academicYear: 2026,
      rows: [
        { direction: 'outgoing', mobilityType: 'student_studies', level: 'master', people: -3 },
      ],
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { fields: { 'rows.0.people': 'negative' } } },
    })
    expect(opened.sqlite.prepare('SELECT count(*) FROM exchange_counts').pluck().get()).toBe(0)
  })
})

describe('auto-renewal', () => {
  it('rolls an agreement forward on the first read of a new day, while the app stays open', async () => {
    let day = '2031-08-20'
    const context = {
      ...createHandlerContext(
        opened.db,
        { version: 'test', host: 'preview', dataDir },
        testHostFiles(),
      ),
      today: () => day,
    }
    const dispatchOn = createDispatcher(createHandlers(context))
    const partner = await call<{ id: number }>('partners.create', {
      name: 'Gazi University',
      kind: 'university',
      country: 'TR',
    })
    const created = await dispatchOn('agreements.create', {
      reference: 'AUTO-1',
      title: 'Exchange',
      kind: 'student_exchange',
      state: 'active',
      startsOn: '2026-09-01',
      endsOn: '2031-08-31',
      autoRenew: true,
      renewalTermMonths: 12,
      noticeDays: 0,
      partners: [{ partnerId: partner.id }],
    })
    expect(created.ok).toBe(true)
    expect(await dispatchOn('agreements.list', { query: 'AUTO-1' })).toMatchObject({
      ok: true,
      value: [{ endsOn: '2031-08-31', status: 'active' }],
    })
    day = '2031-09-02' // the app was left open past the end date
    expect(await dispatchOn('agreements.list', { query: 'AUTO-1' })).toMatchObject({
      ok: true,
      value: [{ endsOn: '2032-08-31', status: 'active' }],
    })
  })
})

describe('documents', () => {
  it('are stored by content hash in the data folder, opened, and removed with their file', async () => {
    const created = await newAgreement()
    const document = await call<AgreementDocument>('documents.add', {
      agreementId: created.id,
      name: 'C:\\Scans\\ADA agreement.pdf',
      contentBase64: pdf.toString('base64'),
    })
    expect(document).toMatchObject({
      name: 'ADA agreement.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
    })
    const stored = join(dataDir, 'documents', document.sha256.slice(0, 2), document.sha256)
    expect(readFileSync(stored)).toEqual(pdf)
    expect(await call('documents.open', { id: document.id })).toEqual({ opened: true })
    expect(openedFiles.at(-1)).toBe(stored)
    const details = await call<AgreementDetails>('agreements.get', { id: created.id })
    expect(details.events.map((event) => event.kind)).toContain('document_added')
    await call('documents.remove', { id: document.id })
    expect(existsSync(stored)).toBe(false)
    expect((await call<AgreementDetails>('agreements.get', { id: created.id })).documents).toEqual(
      [],
    )
  })

  it('refuse an empty, unreadable or oversized file and write nothing', async () => {
    const created = await newAgreement()
    const attempts = [
      { contentBase64: '', field: 'required' },
      { contentBase64: 'not base64!', field: 'invalid_value' },
      { contentBase64: 'A'.repeat(36 * 1024 * 1024), field: 'too_large' },
    ]
    for (const attempt of attempts) {
      const result = await dispatch('documents.add', {
        agreementId: created.id,
        name: 'scan.pdf',
        contentBase64: attempt.contentBase64,
      })
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'validation', details: { fields: { contentBase64: attempt.field } } },
      })
    }
    expect(opened.sqlite.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0)
    expect(
      existsSync(join(dataDir, 'documents')) ? readdirSync(join(dataDir, 'documents')) : [],
    ).toEqual([])
  })

  it('refuse a document for an agreement that does not exist', async () => {
    const result = await dispatch('documents.add', {
      agreementId: 999,
      name: 'scan.pdf',
      contentBase64: pdf.toString('base64'),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})
