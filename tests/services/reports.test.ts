import ExcelJS from 'exceljs'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPartner } from '../../db/partners.ts'
import { createAgreement } from '../../db/agreements.ts'
import { createDispatcher, type Dispatch } from '../../electron/services/dispatcher.ts'
import { createHandlerContext } from '../../electron/services/handler-context-factory.ts'
import { createHandlers } from '../../electron/services/handlers/index.ts'
import { agreementInput } from '../../shared/agreements/agreement.ts'
import { partnerInput } from '../../shared/partners/partner.ts'
import { defaultLayout, type ReportLayout } from '../../shared/reports/layout.ts'
import type { ExportSaved, ReportJob } from '../../shared/reports/report-job.ts'
import { ruWords } from '../../shared/reports/words/ru.ts'
import type { Result } from '../../shared/contract/result.ts'
import { testHostFiles } from '../support/host-files.ts'
import { fixtureToday, officeFixture, type OfficeFixture } from '../support/office-fixture.ts'
import { readWithOpenpyxl, type OpenpyxlSheet } from '../support/read-workbook.ts'

let office: OfficeFixture
let dispatch: Dispatch
let dataDir: string

async function call<T>(operation: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(operation, input)
  if (!result.ok) throw new Error(`${operation}: ${result.error.message}`)
  return result.value as T
}

/**
 * Every state of a job until it ends. Each poll waits a little, as the screen's timer does: a
 * loop of bare awaits would never let the job's file writing run.
 */
async function pollJob(jobId: string): Promise<ReportJob[]> {
  const seen: ReportJob[] = []
  for (let poll = 0; poll < 2000; poll += 1) {
    const job = await call<ReportJob>('reports.job', { jobId })
    seen.push(job)
    if (job.state !== 'running') return seen
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error(
    `The report job was still running after 2000 polls: ${JSON.stringify(seen.at(-1))}`,
  )
}

/** Starts a report and polls it as the screen does, keeping every progress state seen. */
async function exportReport(layout = defaultLayout, year = 2026) {
  const { jobId } = await call<{ jobId: string }>('reports.start', {
    period: { kind: 'academic', year },
    layout: { language: layout.language, columns: layout.columns },
  })
  const seen = await pollJob(jobId)
  const saved = await call<ExportSaved>('reports.save', { jobId })
  return { jobId, seen, file: saved.location! }
}

beforeEach(async () => {
  office = await officeFixture()
  dataDir = mkdtempSync(join(tmpdir(), 'accord-reports-'))
  const context = createHandlerContext(
    office.opened.db,
    { version: 'test', host: 'preview', dataDir },
    testHostFiles(),
  )
  dispatch = createDispatcher(createHandlers({ ...context, today: () => fixtureToday }), () => {})
})
afterEach(async () => {
  vi.restoreAllMocks()
  await office.opened.close()
})

/** A summary row's value by its label, from openpyxl's reading. */
function summaryValue(sheet: OpenpyxlSheet, label: string, column = 1) {
  const row = sheet.rows.find((cells) => cells[0]?.v === label)
  if (!row) throw new Error(`No summary row "${label}"`)
  return row[column]?.v
}

describe('the annual report workbook', () => {
  it('is written in the layout language with every hand-counted figure, read back by openpyxl', async () => {
    const { seen, file } = await exportReport()
    const last = seen.at(-1)!
    expect(last).toMatchObject({ state: 'ready', fileName: 'Годовой отчёт 2026-2027.xlsx' })
    // 14 in force + 4 countries + 7 mobility rows + 5 changes + 6 renewals.
    expect(last.state === 'ready' && last.rows).toBe(36)

    const sheets = readWithOpenpyxl(file)
    expect(sheets.map((sheet) => sheet.title)).toEqual(Object.values(ruWords.sheets))
    const [summary, inForce, byCountry, mobility, changes, renewals] = sheets as [
      OpenpyxlSheet, OpenpyxlSheet, OpenpyxlSheet, OpenpyxlSheet, OpenpyxlSheet, OpenpyxlSheet,
    ] // prettier-ignore
    const words = ruWords.summary
    expect(summaryValue(summary, words.inForce)).toBe(14)
    expect(summaryValue(summary, words.newAgreements)).toBe(3)
    expect(summaryValue(summary, words.ended)).toBe(2)
    expect(summaryValue(summary, words.partners)).toBe(5)
    expect(summaryValue(summary, words.countries)).toBe(4)
    expect(summaryValue(summary, words.dates)).toBe('2026-09-01T00:00:00')
    expect(summaryValue(summary, words.through)).toBe('2026-11-27T00:00:00')
    // People: bachelor 6 out and 2 in, master 1 in; the totals are formulas with their values.
    expect(summaryValue(summary, words.groups.bachelor)).toBe(6)
    expect(summaryValue(summary, words.groups.bachelor, 2)).toBe(2)
    expect(summaryValue(summary, words.groups.master, 2)).toBe(1)
    const totals = summary.rows.filter((cells) => cells[0]?.v === words.total)
    expect(totals[0]!.slice(1, 4).map((cell) => cell.v)).toEqual([6, 3, 9])
    expect(totals[0]![1]!.f).toBe('=SUM(B16:B20)')
    expect(summaryValue(summary, words.fundingNotRecorded)).toBe(18)

    // The list sheets: a frozen, filtered header row in Russian, then rows, then totals.
    for (const sheet of [inForce, byCountry, mobility, changes, renewals]) {
      expect(sheet.freeze).toBe('A2')
      expect(sheet.autoFilter).toMatch(/^A1:[A-Z]+\d+$/)
    }
    expect(inForce.rows[0]!.map((cell) => cell.v)).toEqual(
      defaultLayout.columns.inForce.map((column) => ruWords.columns[column as 'reference']),
    )
    expect(inForce.rows).toHaveLength(1 + 14 + 1)
    expect(inForce.autoFilter).toBe('A1:K15')
    const a02 = inForce.rows.find((cells) => cells[0]!.v === 'A02-RUNNING')!
    expect(a02.map((cell) => cell.v)).toEqual([
      'A02-RUNNING',
      'Al-Farabi Kazakh National University; Baku State University',
      'Азербайджан, Казахстан',
      'Обмен студентами',
      '2024-06-01T00:00:00',
      '2024-09-01T00:00:00',
      '2029-08-31T00:00:00',
      'Действует',
      10,
      4,
      2,
    ])
    expect(a02[4]!.t).toBe('d')
    expect(a02[4]!.fmt).toBe('dd.mm.yyyy')
    expect(a02[8]!.t).toBe('n')
    const inForceTotal = inForce.rows.at(-1)!
    expect(inForceTotal[0]!.v).toBe(ruWords.total)
    expect(inForceTotal.slice(8).map((cell) => [cell.f, cell.v])).toEqual([
      ['=SUM(I2:I15)', 18],
      ['=SUM(J2:J15)', 4],
      ['=SUM(K2:K15)', 3],
    ])
    // By country: sorted by the Russian names; totals equal the summary.
    expect(byCountry.rows.slice(1, -1).map((cells) => cells.map((cell) => cell.v))).toEqual([
      ['Азербайджан', 2, 5, 0, 1, 0, 0],
      ['Германия', 1, 2, 1, 6, 2, 1], // A08's two people: counted in the year it had ended before
      ['Грузия', 1, 2, 0, 1, 0, 0],
      ['Казахстан', 1, 5, 2, 10, 4, 2],
    ])
    expect(byCountry.rows.at(-1)!.map((cell) => cell.v)).toEqual([
      ruWords.total,
      5,
      14,
      3,
      18,
      6,
      3,
    ])
    // Mobility: the share filled is a percentage cell, left empty where nothing was promised.
    const a02Bachelors = mobility.rows.find(
      (cells) =>
        cells[0]!.v === 'A02-RUNNING' &&
        cells[3]!.v === 'Исходящая' &&
        cells[5]!.v === 'Бакалавриат',
    )!
    expect(a02Bachelors.slice(6).map((cell) => cell.v)).toEqual([5, 4, 0.8])
    expect(a02Bachelors[8]!.fmt).toBe('0%')
    const a08 = mobility.rows.find((cells) => cells[0]!.v === 'A08-EXPIRED-OLD')!
    expect(a08.slice(6).map((cell) => cell.v)).toEqual([0, 2, null])
    expect(
      mobility.rows
        .at(-1)!
        .slice(6)
        .map((cell) => cell.v),
    ).toEqual([18, 9, 0.5])
    expect(changes.rows.slice(1).map((cells) => `${cells[0]!.v} ${cells[1]!.v}`)).toEqual([
      'Новое A04-NEW-SEPT',
      'Новое A11-TERMINATED',
      'Новое A05-NEW-START',
      'Завершено A07-EXPIRED',
      'Завершено A11-TERMINATED',
    ])
    expect(renewals.rows.slice(1).map((cells) => [cells[0]!.v, cells[5]!.v])).toEqual([
      ['A12-ENDS-TODAY', 0],
      ['A13-LAPSING', 18],
      ['A17-AUTO', 34],
      ['A03-DUE', 65],
      ['A15-AHEAD', 155],
      ['A16-BEYOND', 247],
    ])
    // Widths follow the content: the longest reference, the two partners' names (capped at 60).
    expect(inForce.widths.A).toBe('A06-SIGNED-BEFORE'.length + 2)
    expect(inForce.widths.B).toBe(60)
  })

  it('reads back the same with the project library, and reports progress up to every row', async () => {
    const { seen, file } = await exportReport()
    const running = seen.filter((job) => job.state === 'running')
    const done = running.map((job) => (job.state === 'running' ? job.done : 0))
    expect(done).toEqual([...done].sort((a, b) => a - b))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const inForce = workbook.worksheets[1]!
    expect(inForce.name).toBe(ruWords.sheets.inForce)
    expect(inForce.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const endsOn = inForce.getRow(2).getCell(7).value
    expect(endsOn).toBeInstanceOf(Date)
    const total = inForce.getRow(16).getCell(9).value as { formula: string; result: number }
    expect(total).toMatchObject({ formula: 'SUM(I2:I15)', result: 18 })
    // No partial file is left beside the finished one.
    expect(
      readdirSync(join(dataDir, 'exports')).filter((name) => name.endsWith('.partial')),
    ).toEqual([])
  })

  it('keeps hostile text as exact text that editing cannot turn into a formula', async () => {
    const { db } = office.opened
    const partnerId = await createPartner(
      db,
      partnerInput.parse({
        name: '=HYPERLINK("http://evil.example","Baku")',
        kind: 'university',
        country: 'AZ',
      }),
    )
    await createAgreement(
      db,
      agreementInput.parse({
        reference: '@SUM(1+1)',
        title: '+7 701 000 0000',
        kind: 'research',
        state: 'active',
        signedOn: '2026-10-01',
        coordinator: '-2+3',
        noticeDays: 90,
        partners: [{ partnerId }],
      }),
      fixtureToday,
    )
    const layout = {
      ...defaultLayout,
      columns: {
        ...defaultLayout.columns,
        inForce: ['reference', 'title', 'partners', 'coordinator', 'places'],
      },
    }
    const { file } = await exportReport(layout)
    const inForce = readWithOpenpyxl(file)[1]!
    const row = inForce.rows.find((cells) => cells[0]!.v === '@SUM(1+1)')!
    expect(row.slice(0, 4).map((cell) => [cell.v, cell.t, cell.fmt])).toEqual([
      ['@SUM(1+1)', 's', '@'],
      ['+7 701 000 0000', 's', '@'],
      ['=HYPERLINK("http://evil.example","Baku")', 's', '@'],
      ['-2+3', 's', '@'],
    ])
    expect(row[4]).toMatchObject({ v: 0, t: 'n' })
    // The only formulas in the whole workbook are the totals Accord wrote.
    const formulas = readWithOpenpyxl(file).flatMap((sheet) =>
      sheet.rows
        .flat()
        .filter((cell) => cell.f !== null)
        .map((cell) => cell.f!),
    )
    expect(formulas.every((formula) => /^=(SUM|IF|B\d+\+C\d+)/.test(formula))).toBe(true)
  })

  it('refuses a layout with unknown or repeated columns, and an unknown job', async () => {
    const bad = async (columns: Partial<Record<string, string[]>>) =>
      dispatch('reports.start', {
        period: { kind: 'academic', year: 2026 },
        layout: { language: 'en', columns: { ...defaultLayout.columns, ...columns } },
      })
    const unknown = (await bad({ inForce: ['reference', 'salary'] })) as Result<unknown>
    expect(unknown.ok).toBe(false)
    expect(!unknown.ok && unknown.error.code).toBe('validation')
    expect(((await bad({ mobility: ['people', 'people'] })) as Result<unknown>).ok).toBe(false)
    expect(((await bad({ changes: [] })) as Result<unknown>).ok).toBe(false)
    const missing = await dispatch('reports.job', { jobId: 'a'.repeat(24) })
    expect(!missing.ok && missing.error.code).toBe('not_found')
    const traversal = await dispatch('reports.save', { jobId: '../../etc/passwd' })
    expect(!traversal.ok && traversal.error.code).toBe('validation')
  })
})

describe('a report that cannot be written', () => {
  it('fails with a message, leaves nothing behind, and the app goes on answering', async () => {
    // The exports folder's name is taken by a file: nothing can be written there.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const blocked = mkdtempSync(join(tmpdir(), 'accord-reports-blocked-'))
    writeFileSync(join(blocked, 'exports'), 'not a folder')
    const context = createHandlerContext(
      office.opened.db,
      { version: 'test', host: 'preview', dataDir: blocked },
      testHostFiles(),
    )
    dispatch = createDispatcher(createHandlers({ ...context, today: () => fixtureToday }), () => {})
    const { jobId } = await call<{ jobId: string }>('reports.start', {
      period: { kind: 'academic', year: 2026 },
      layout: { language: 'en', columns: defaultLayout.columns },
    })
    const job = (await pollJob(jobId)).at(-1)!
    expect(job.state).toBe('failed')
    expect(job.state === 'failed' && job.message).toMatch(/^The report could not be written: /)
    expect(job.state === 'failed' && job.reason).toMatch(/EEXIST|ENOTDIR/)
    expect(logged).toHaveBeenCalled()
    const save = await dispatch('reports.save', { jobId })
    expect(!save.ok && save.error.code).toBe('conflict')
    expect(readdirSync(blocked)).toEqual(['exports'])
    expect((await call<ReportLayout[]>('reports.layouts')).length).toBe(1)
  })
})

describe('report layouts', () => {
  it('save under a name, refuse a taken name or a stale edit, and delete', async () => {
    const [shipped] = await call<ReportLayout[]>('reports.layouts')
    expect(shipped).toEqual(defaultLayout)
    const columns = { ...defaultLayout.columns, inForce: ['partners', 'reference'] }
    const saved = await call<ReportLayout>('reports.saveLayout', {
      name: ' Ministry 2026 ',
      language: 'kk',
      columns,
    })
    expect(saved).toMatchObject({ name: 'Ministry 2026', language: 'kk', version: 1 })
    expect(saved.columns.inForce).toEqual(['partners', 'reference'])

    const taken = await dispatch('reports.saveLayout', {
      name: 'MINISTRY 2026',
      language: 'en',
      columns,
    })
    expect(!taken.ok && taken.error.details?.fields).toEqual({ name: 'name_taken' })
    const shippedName = await dispatch('reports.saveLayout', {
      name: 'standard',
      language: 'en',
      columns,
    })
    expect(!shippedName.ok && shippedName.error.details?.fields).toEqual({ name: 'name_taken' })

    const edited = await call<ReportLayout>('reports.saveLayout', {
      ...saved,
      id: saved.id!,
      language: 'az',
    })
    expect(edited).toMatchObject({ language: 'az', version: 2 })
    const stale = await dispatch('reports.saveLayout', { ...saved, id: saved.id!, version: 1 })
    expect(!stale.ok && stale.error.code).toBe('conflict')

    expect((await call<ReportLayout[]>('reports.layouts')).map((layout) => layout.name)).toEqual([
      'Standard',
      'Ministry 2026',
    ])
    await call('reports.deleteLayout', { id: saved.id })
    expect(await call<ReportLayout[]>('reports.layouts')).toHaveLength(1)
    const again = await dispatch('reports.deleteLayout', { id: saved.id })
    expect(!again.ok && again.error.code).toBe('not_found')
  })

  it('read a stored layout whose column a later version dropped with that sheet reset', async () => {
    office.opened.sqlite
      .exec(`INSERT INTO report_layouts (name, name_key, language, columns, created_at, updated_at)
      VALUES ('Old form', 'old form', 'ru', '{"inForce":["reference","faxNumber"],"byCountry":["country"]}', 'now', 'now')`)
    const [, old] = await call<ReportLayout[]>('reports.layouts')
    expect(old!.columns.inForce).toEqual(defaultLayout.columns.inForce)
    expect(old!.columns.byCountry).toEqual(['country'])
  })
})
