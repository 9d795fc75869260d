import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAgreement } from '../../db/agreements.ts'
import type { OpenedDatabase } from '../../db/connection.ts'
import { createPartner } from '../../db/partners.ts'
import { createDispatcher, type Dispatch } from '../../electron/services/dispatcher.ts'
import { createHandlerContext } from '../../electron/services/handler-context-factory.ts'
import { createHandlers } from '../../electron/services/handlers/index.ts'
import { agreementInput } from '../../shared/agreements/agreement.ts'
import type { Result } from '../../shared/contract/result.ts'
import type {
  ImportJob,
  ImportOpened,
  ImportPreview,
  ImportReport,
  ImportRowPreview,
  ImportSettingsInput,
} from '../../shared/import/import.ts'
import { partnerInput } from '../../shared/partners/partner.ts'
import { dumpDatabase } from '../support/db-dump.ts'
import { testHostFiles } from '../support/host-files.ts'
import {
  corruptXlsx,
  emptySheetXlsx,
  encodeText,
  csvText,
  largeAgreementsXlsx,
  messyAgreementsCsv,
  messyAgreementsXlsx,
  oldExcelXls,
  pictureRenamedXlsx,
} from '../support/import-fixtures.ts'
import { migratedMemoryDb } from '../support/test-db.ts'

const today = '2026-12-02'
let opened: OpenedDatabase
let dispatch: Dispatch
let bsu: number
let kaznu: number

async function call<T>(operation: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(operation, input)
  if (!result.ok) throw new Error(`${operation}: ${result.error.message}`)
  return result.value as T
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const open = async (fileName: string, bytes: Uint8Array) =>
  call<ImportOpened>('imports.open', { fileName, contentBase64: base64(bytes) })
const settingsOf = (
  file: ImportOpened,
  changes: Partial<ImportSettingsInput> = {},
): ImportSettingsInput => ({
  importId: file.importId,
  sheet: file.layout.sheet,
  headerRow: file.layout.headerRow,
  mapping: file.layout.mapping,
  dateOrder: null,
  ...changes,
})

/** Commits and polls as the screen does, keeping every state seen. */
async function commit(
  settings: ImportSettingsInput,
): Promise<{ report: ImportReport; seen: ImportJob[] }> {
  const { jobId } = await call<{ jobId: string }>('imports.commit', settings)
  const seen: ImportJob[] = []
  for (let poll = 0; poll < 4000; poll++) {
    const job = await call<ImportJob>('imports.job', { jobId })
    seen.push(job)
    if (job.state === 'done') return { report: job.report, seen }
    if (job.state === 'failed') throw new Error(job.message)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error('The import was still running after 4000 polls.')
}

/** Everything in the database but the remembered column mappings (a preference, not data). */
const dataOf = () => {
  const dump = dumpDatabase(opened.sqlite)
  return {
    ...dump,
    settings: (dump.settings as Array<{ key: string }>).filter(
      (row) => row.key !== 'import.mappings',
    ),
    // The audit trail only grows: an undo is recorded too (tests/db/imports.test.ts checks it).
    audit_log: [],
  }
}

beforeEach(async () => {
  opened = await migratedMemoryDb()
  const context = createHandlerContext(
    opened.db,
    { version: 'test', host: 'preview', dataDir: mkdtempSync(join(tmpdir(), 'accord-import-')) },
    testHostFiles(),
  )
  dispatch = createDispatcher(createHandlers({ ...context, today: () => today }), () => {})
  const partner = (name: string, country: string, nameNative: string | null = null) =>
    createPartner(opened.db, partnerInput.parse({ name, nameNative, kind: 'university', country }))
  bsu = await partner('Baku State University', 'AZ', 'Bakı Dövlət Universiteti')
  kaznu = await partner('Kazakh National University named after al-Farabi', 'KZ')
  await createAgreement(
    opened.db,
    agreementInput.parse({
      reference: 'AZ-1',
      title: 'Memorandum',
      kind: 'framework',
      state: 'active',
      noticeDays: 90,
      partners: [{ partnerId: bsu }],
    }),
    today,
  )
})
afterEach(async () => {
  await opened.close()
})

describe('importing the office’s messy register (XLSX)', () => {
  it('finds the register sheet, skips the title row and maps the Russian headers', async () => {
    const file = await open('Реестр.xlsx', await messyAgreementsXlsx())
    expect(file.sheets).toEqual([
      { name: 'Инструкция', rows: 3 },
      { name: 'Договоры', rows: 19 },
    ])
    expect(file.layout).toMatchObject({
      sheet: 1,
      headerRow: 2,
      dataRows: 16,
      dateOrder: 'none',
      mappingRemembered: false,
    })
    expect(file.layout.columns.map((column) => column.header)).toEqual([
      '№',
      'Университет-партнер',
      'Страна',
      'Вид соглашения',
      'Дата подписания',
      'Срок действия',
      'Координатор',
      'Примечание',
    ])
    // "№" is the row counter, not the agreement's reference.
    expect(file.layout.mapping).toEqual([
      null,
      'partner',
      'country',
      'kind',
      'signedOn',
      'endsOn',
      'coordinator',
      'notes',
    ])
  })

  it('reads every row as people wrote it, and says what is wrong with two of them', async () => {
    const file = await open('Реестр.xlsx', await messyAgreementsXlsx())
    const preview = await call<ImportPreview>('imports.preview', settingsOf(file))
    expect(preview.totals).toEqual({ rows: 13, ready: 8, warnings: 3, errors: 2, skipped: 0 })
    const rows = Object.fromEntries(preview.rows.map((row) => [row.rowNumber, row]))
    const shape = (row: number) => {
      const found = rows[row]!
      return [
        found.partners.join(' | '),
        found.country,
        found.kind,
        found.signedOn,
        found.startsOn,
        found.endsOn,
        found.openEnded,
      ]
    }
    // Group row "Азербайджан" above: rows 5-8 are in Azerbaijan.
    expect(shape(5)).toEqual([
      'Baku State University',
      'AZ',
      'framework',
      '2019-03-15',
      null,
      null,
      true,
    ])
    // An Excel serial number in a plain cell, and a period in the end column.
    expect(shape(6)).toEqual([
      'ADA University',
      'AZ',
      'student_exchange',
      '2020-03-20',
      '2020-09-01',
      '2025-08-31',
      false,
    ])
    // "5 лет" from the signing date.
    expect(shape(7)).toEqual([
      'Azerbaijan State Oil and Industry University',
      'AZ',
      'joint_degree',
      '2019-03-15',
      null,
      '2024-03-14',
      false,
    ])
    // A year alone; "pending renewal" leaves no end date.
    expect(shape(8)).toEqual([
      'Университет Хазар, г. Баку',
      'AZ',
      'framework',
      '2021-01-01',
      null,
      null,
      false,
    ])
    expect(rows[8]!.issues.map((issue) => issue.code)).toEqual(['year_only', 'end_pending'])
    // Group row "Казахстан / Kazakhstan"; the partner's name is merged over rows 10 and 11.
    expect(shape(10)).toEqual([
      'Казахский национальный университет им. аль-Фараби',
      'KZ',
      'framework',
      '2019-03-12',
      null,
      null,
      true,
    ])
    expect(rows[10]!.issues.map((issue) => issue.code)).toEqual(['several_dates'])
    expect(shape(11)).toEqual([
      'Казахский национальный университет им. аль-Фараби',
      'KZ',
      'student_exchange',
      '2022-05-10',
      null,
      '2027-05-09',
      false,
    ])
    expect(shape(12)).toEqual([
      'Satbayev University',
      'KZ',
      'framework',
      '2020-03-16',
      '2020-09-01',
      '2025-08-31',
      false,
    ])
    expect(rows[14]!.status).toBe('error')
    expect(rows[14]!.issues).toContainEqual({
      severity: 'error',
      code: 'date_impossible',
      field: 'signedOn',
      params: { text: '31.02.2020' },
    })
    expect(rows[15]!.issues).toContainEqual({
      severity: 'error',
      code: 'partner_missing',
      field: 'partner',
    })
    // The country column overrides the group; names in other languages are understood.
    expect(shape(16)).toEqual([
      'Университет Нархоз',
      'KZ',
      'framework',
      '2018-11-05',
      null,
      '2023-11-04',
      false,
    ])
    expect(shape(17)).toEqual([
      'Қорқыт Ата атындағы Қызылорда университеті',
      'KZ',
      'framework',
      '2022-02-01',
      null,
      null,
      true,
    ])
    expect(shape(18)).toEqual([
      'Orta Doğu Teknik Üniversitesi (METU)',
      'TR',
      'erasmus_iia',
      '2021-11-01',
      null,
      '2027-10-31',
      false,
    ])
    expect(rows[19]!.country).toBe('TR')
    expect(preview.referencesGenerated).toBe(true)
  })

  it('links a partner written as the one in Accord, merges the file’s duplicates and proposes close matches', async () => {
    const file = await open('Реестр.xlsx', await messyAgreementsXlsx())
    const { partners } = await call<ImportPreview>('imports.preview', settingsOf(file))
    const byName = Object.fromEntries(partners.map((partner) => [partner.name, partner]))
    expect(byName['Baku State University']).toMatchObject({
      choice: bsu,
      decidedBy: 'match',
      rows: 1,
    })
    // The two rows under the merged name are one partner of the file.
    const farabi = byName['Казахский национальный университет им. аль-Фараби']!
    expect(farabi.rows).toBe(2)
    expect(farabi.candidates.map((candidate) => candidate.id)).toEqual([kaznu])
    expect(farabi).toMatchObject({ choice: 'create', decidedBy: 'none' })
    expect(partners[0]!.decidedBy).toBe('none') // those to confirm come first
    expect(byName['Satbayev University']).toMatchObject({
      choice: 'create',
      decidedBy: 'match',
      candidates: [],
    })
  })

  it('imports after a fix and a skip, all in one batch, and every record is as the file said', async () => {
    const file = await open('Реестр.xlsx', await messyAgreementsXlsx())
    const farabiKey = (
      await call<ImportPreview>('imports.preview', settingsOf(file))
    ).partners.find((partner) => partner.name.startsWith('Казахский'))!.key
    const settings = settingsOf(file, {
      fixes: { '14': { signedOn: '28.02.2020' } },
      skipped: [15],
      partnerChoices: { [farabiKey]: kaznu },
    })
    const preview = await call<ImportPreview>('imports.preview', settings)
    expect(preview.totals).toEqual({ rows: 13, ready: 9, warnings: 3, errors: 0, skipped: 1 })
    const { report, seen } = await commit(settings)
    expect(seen.at(-1)?.state).toBe('done')
    expect(report).toMatchObject({
      fileName: 'Реестр.xlsx',
      sheetName: 'Договоры',
      createdAgreements: 12,
      createdPartners: 9,
      linkedPartners: 2,
      createdContacts: 0,
      skippedRows: 1,
    })
    expect(report.rows.find((row) => row.rowNumber === 15)).toMatchObject({
      outcome: 'skipped',
      skippedByUser: true,
    })

    const agreements = opened.sqlite
      .prepare(
        `SELECT a.kind, a.state, a.signed_on, a.starts_on, a.ends_on, a.coordinator, a.notes,
           a.partner_names, a.countries FROM agreements a WHERE a.import_batch_id = ? ORDER BY a.id`,
      )
      .all(report.batchId)
    expect(agreements).toEqual([
      {
        kind: 'framework',
        state: 'active',
        signed_on: '2019-03-15',
        starts_on: null,
        ends_on: null,
        coordinator: 'Алиева Н.',
        notes: null,
        partner_names: 'Baku State University',
        countries: 'AZ',
      },
      {
        kind: 'student_exchange',
        state: 'active',
        signed_on: '2020-03-20',
        starts_on: '2020-09-01',
        ends_on: '2025-08-31',
        coordinator: 'Мамедов Р.',
        notes: 'Erasmus+ KA171',
        partner_names: 'ADA University',
        countries: 'AZ',
      },
      {
        kind: 'joint_degree',
        state: 'active',
        signed_on: '2019-03-15',
        starts_on: null,
        ends_on: '2024-03-14',
        coordinator: null,
        notes: 'оригинал в папке 12',
        partner_names: 'Azerbaijan State Oil and Industry University',
        countries: 'AZ',
      },
      {
        kind: 'framework',
        state: 'active',
        signed_on: '2021-01-01',
        starts_on: null,
        ends_on: null,
        coordinator: 'Мамедов Р.',
        notes: 'End date in the imported file: pending renewal',
        partner_names: 'Университет Хазар, г. Баку',
        countries: 'AZ',
      },
      {
        kind: 'framework',
        state: 'active',
        signed_on: '2019-03-12',
        starts_on: null,
        ends_on: null,
        coordinator: 'Сейткали А.',
        notes: null,
        partner_names: 'Kazakh National University named after al-Farabi',
        countries: 'KZ',
      },
      {
        kind: 'student_exchange',
        state: 'active',
        signed_on: '2022-05-10',
        starts_on: null,
        ends_on: '2027-05-09',
        coordinator: 'Сейткали А.',
        notes: 'дата с временем',
        partner_names: 'Kazakh National University named after al-Farabi',
        countries: 'KZ',
      },
      {
        kind: 'framework',
        state: 'active',
        signed_on: '2020-03-16',
        starts_on: '2020-09-01',
        ends_on: '2025-08-31',
        coordinator: null,
        notes: null,
        partner_names: 'Satbayev University',
        countries: 'KZ',
      },
      // Row 14, fixed: "3 года" now counts from the corrected signing date.
      {
        kind: 'framework',
        state: 'active',
        signed_on: '2020-02-28',
        starts_on: null,
        ends_on: '2023-02-27',
        coordinator: 'Сейткали А.',
        notes: null,
        partner_names: 'Евразийский национальный университет им. Л. Н. Гумилёва',
        countries: 'KZ',
      },
      {
        kind: 'framework',
        state: 'active',
        signed_on: '2018-11-05',
        starts_on: null,
        ends_on: '2023-11-04',
        coordinator: 'Омарова Д.',
        notes: null,
        partner_names: 'Университет Нархоз',
        countries: 'KZ',
      },
      {
        kind: 'framework',
        state: 'active',
        signed_on: '2022-02-01',
        starts_on: null,
        ends_on: null,
        coordinator: 'Омарова Д.',
        notes: null,
        partner_names: 'Қорқыт Ата атындағы Қызылорда университеті',
        countries: 'KZ',
      },
      {
        kind: 'erasmus_iia',
        state: 'active',
        signed_on: '2021-11-01',
        starts_on: null,
        ends_on: '2027-10-31',
        coordinator: 'Омарова Д.',
        notes: null,
        partner_names: 'Orta Doğu Teknik Üniversitesi (METU)',
        countries: 'TR',
      },
      {
        kind: 'framework',
        state: 'active',
        signed_on: '2019-01-01',
        starts_on: null,
        ends_on: '2023-12-31',
        coordinator: null,
        notes: null,
        partner_names: 'Ankara Üniversitesi',
        countries: 'TR',
      },
    ])
    // Rows without a reference get one made from what they say, the same on any day.
    const references = opened.sqlite
      .prepare('SELECT reference FROM agreements WHERE import_batch_id = ?')
      .pluck()
      .all(report.batchId) as string[]
    expect(new Set(references).size).toBe(12)
    for (const reference of references) expect(reference).toMatch(/^IMP-[0-9A-Z]{7}$/)
    const created = opened.sqlite
      .prepare(
        'SELECT name, name_native, country FROM partners WHERE import_batch_id = ? ORDER BY name',
      )
      .all(report.batchId)
    expect(created).toHaveLength(9)
    expect(created).toContainEqual({
      name: 'Satbayev University',
      name_native: null,
      country: 'KZ',
    })
    expect(opened.sqlite.prepare('SELECT count(*) FROM partners').pluck().get()).toBe(11)
    const history = opened.sqlite
      .prepare(
        `SELECT e.kind, e.occurred_on, e.note FROM agreement_events e JOIN agreements a ON a.id = e.agreement_id WHERE a.partner_names = 'ADA University'`,
      )
      .all()
    expect(history).toEqual([
      { kind: 'created', occurred_on: '2020-03-20', note: 'Imported from Реестр.xlsx, row 6' },
    ])
  })

  it('can be undone, leaving the database exactly as before', async () => {
    const before = dataOf()
    const file = await open('Реестр.xlsx', await messyAgreementsXlsx())
    const { report } = await commit(settingsOf(file))
    expect(report.createdAgreements).toBe(11)
    const newest = await call<{ batchId: number; blockedBy: unknown }>('imports.newest')
    expect(newest).toMatchObject({ batchId: report.batchId, blockedBy: null })
    expect(await call('imports.undo', { batchId: report.batchId })).toEqual({
      removedAgreements: 11,
      removedPartners: 9,
      removedContacts: 0,
    })
    expect(dataOf()).toEqual(before)
    expect(await call('imports.newest')).toBeNull()
  })

  it('refuses the same file a second time, row by row, instead of doubling the agreements', async () => {
    const bytes = await messyAgreementsXlsx()
    await commit(settingsOf(await open('Реестр.xlsx', bytes)))
    const again = await call<ImportPreview>(
      'imports.preview',
      settingsOf(await open('Реестр.xlsx', bytes)),
    )
    expect(again.totals.errors).toBe(13)
    expect(
      again.rows.filter((row) => row.issues.some((issue) => issue.code === 'reference_taken')),
    ).toHaveLength(11)
  })

  it('remembers the mapping confirmed for this layout of columns', async () => {
    const bytes = await messyAgreementsXlsx()
    const file = await open('Реестр.xlsx', bytes)
    const mapping = file.layout.mapping.map((field) => (field === 'notes' ? null : field))
    await commit(settingsOf(file, { mapping }))
    const reopened = await open('Реестр-2.xlsx', bytes)
    expect(reopened.layout).toMatchObject({ mapping, mappingRemembered: true })
  })
})

describe('importing CSV files', () => {
  it.each(['utf-8-bom', 'windows-1251', 'utf-16le'] as const)(
    'reads the same rows from %s with semicolons',
    async (encoding) => {
      const file = await open('register.csv', messyAgreementsCsv(encoding, ';'))
      expect(file).toMatchObject({ format: 'csv', delimiter: ';' })
      expect(file.layout.headerRow).toBe(1)
      const preview = await call<ImportPreview>('imports.preview', settingsOf(file))
      expect(preview.totals).toEqual({ rows: 7, ready: 3, warnings: 2, errors: 2, skipped: 0 })
      const ankara = preview.rows.find((row) => row.partners[0] === 'Ankara University')!
      expect([ankara.country, ankara.signedOn, ankara.endsOn]).toEqual([
        'TR',
        '2021-11-01',
        '2026-10-31',
      ])
    },
  )

  it('asks how to read 03/04/2020 when the file does not tell, and reads it as chosen', async () => {
    const text = csvText(
      [
        ['Partner', 'Country', 'Date signed', 'Valid until'],
        ['Ege University', 'Turkey', '03/04/2020', '03/04/2025'],
        ['Ankara University', 'Turkey', '05/06/2021', '05/06/2026'],
      ],
      ',',
    )
    const file = await open('list.csv', encodeText(text, 'utf-8'))
    expect(file.layout.dateOrder).toBe('ambiguous')
    const unsure = await call<ImportPreview>('imports.preview', settingsOf(file))
    expect(unsure.dateOrderNeeded).toBe(true)
    expect(unsure.totals.errors).toBe(2)
    const monthFirst = await call<ImportPreview>(
      'imports.preview',
      settingsOf(file, { dateOrder: 'mdy' }),
    )
    expect(monthFirst.rows.map((row) => [row.signedOn, row.endsOn])).toEqual([
      ['2020-03-04', '2025-03-04'],
      ['2021-05-06', '2026-05-06'],
    ])
    const dayFirst = await call<ImportPreview>(
      'imports.preview',
      settingsOf(file, { dateOrder: 'dmy' }),
    )
    expect(dayFirst.rows[0]!.signedOn).toBe('2020-04-03')
  })
})

describe('bad files', () => {
  it.each([
    [
      'a picture renamed .xlsx',
      'agreements.xlsx',
      () => pictureRenamedXlsx(),
      'import_file_unsupported',
    ],
    ['a damaged workbook', 'agreements.xlsx', () => corruptXlsx(), 'import_file_corrupt'],
    ['an old .xls workbook', 'agreements.xls', () => oldExcelXls(), 'import_file_xls'],
  ])('%s is refused with a reason', async (_, fileName, bytes, key) => {
    const result = (await dispatch('imports.open', {
      fileName,
      contentBase64: base64(await bytes()),
    })) as Result<unknown>
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.details?.fields?.file).toBe(key)
  })

  it('an empty sheet opens with nothing to map and nothing to import', async () => {
    const file = await open('empty.xlsx', await emptySheetXlsx())
    expect(file.layout).toMatchObject({ columns: [], dataRows: 0 })
    const preview = await call<ImportPreview>('imports.preview', settingsOf(file))
    expect(preview.totals.rows).toBe(0)
  })

  it('a large file is written in one transaction with progress, and all of it lands', async () => {
    const file = await open('large.xlsx', await largeAgreementsXlsx(1200))
    const { report, seen } = await commit(settingsOf(file))
    expect(report.createdAgreements).toBe(1200)
    const progress = seen.filter((job) => job.state === 'running' && job.total === 1200)
    expect(progress.length).toBeGreaterThan(0)
    expect(
      opened.sqlite
        .prepare('SELECT count(*) FROM agreements WHERE import_batch_id IS NOT NULL')
        .pluck()
        .get(),
    ).toBe(1200)
  })
})

describe('partners and rows an office would not want guessed', () => {
  it('links only the very same name, and keeps close names of the file apart', async () => {
    await createPartner(
      opened.db,
      partnerInput.parse({ name: 'Kyrgyz National University', kind: 'university', country: 'KG' }),
    )
    const text = csvText(
      [
        ['Partner', 'Country', 'Signed', 'Valid until'],
        ['Kyrgyz State University', 'Kyrgyzstan', '01.02.2021', '31.01.2026'],
        ['Seoul National University', 'Korea', '01.03.2021', '28.02.2026'],
        ['University of Seoul', 'Korea', '01.04.2021', '31.03.2026'],
        ['SEOUL NATIONAL UNIVERSITY.', 'KR', '01.05.2021', '30.04.2026'],
      ],
      ';',
    )
    const file = await open('list.csv', encodeText(text, 'utf-8'))
    const { partners } = await call<ImportPreview>('imports.preview', settingsOf(file))
    const kyrgyz = partners.find((partner) => partner.name === 'Kyrgyz State University')!
    // "State" and "National" are alike once dropped, so it is proposed, not linked.
    expect(kyrgyz).toMatchObject({ choice: 'create', decidedBy: 'none' })
    expect(kyrgyz.candidates[0]!.score).toBeLessThan(1)
    const seoul = partners.filter((partner) => partner.country === 'KR')
    expect(seoul.map((partner) => [partner.name, partner.rows, partner.variants])).toEqual([
      ['Seoul National University', 2, ['SEOUL NATIONAL UNIVERSITY.']],
      ['University of Seoul', 1, []],
    ])
  })

  it('ends a country group at the next heading, and refuses an end before the signing', async () => {
    const text = csvText(
      [
        ['Partner', 'Country', 'Signed', 'Valid until', 'Auto-renewal'],
        ['Казахстан', '', '', '', ''],
        ['Satbayev University', '', '15.03.2021', '14.03.2026', 'да'],
        ['Другие страны', '', '', '', ''],
        ['University of Malaya', '', '01.02.2022', '31.01.2027', ''],
        ['Ege University', 'Turkey', '28.02.2024', '31.12.2020', ''],
      ],
      ';',
    )
    const file = await open('list.csv', encodeText(text, 'utf-8'))
    const preview = await call<ImportPreview>('imports.preview', settingsOf(file))
    expect(preview.headingRows).toEqual([2, 4])
    const byPartner: Record<string, ImportRowPreview> = Object.fromEntries(
      preview.rows.map((row) => [row.partners[0], row]),
    )
    expect(byPartner['Satbayev University']).toMatchObject({ country: 'KZ', status: 'ready' })
    expect(byPartner['University of Malaya']!.issues).toContainEqual({
      severity: 'error',
      code: 'country_missing',
      field: 'country',
    })
    expect(byPartner['Ege University']!.issues.map((issue) => issue.code)).toContain(
      'ends_before_signing',
    )
    // Renewing itself by its own length, counted from the signing when there is no start date.
    const { report } = await commit(settingsOf(file, { skipped: [5, 6] }))
    expect(report.createdAgreements).toBe(1)
    expect(
      opened.sqlite
        .prepare('SELECT auto_renew, renewal_term_months FROM agreements WHERE import_batch_id = ?')
        .get(report.batchId),
    ).toEqual({ auto_renew: 1, renewal_term_months: 60 })
  })
})
