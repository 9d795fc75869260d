import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { todayIso } from '../../shared/dates.ts'
import { isSummed, listSheets, reportSheets, type ListSheet } from '../../shared/reports/columns.ts'
import { defaultLayout } from '../../shared/reports/layout.ts'
import { ruWords } from '../../shared/reports/words/ru.ts'
import {
  academicYearFigures,
  renewalsAheadCount,
  rowIndexOf,
  summaryValue,
  totalsAgainstSums,
  trimmed,
} from './report-figures.ts'
import {
  pageProblems,
  screenshot,
  screenshotDir,
  startSession,
  type RunningApp,
  type Session,
} from './support.ts'
import { readWithExcelJs, readWithOpenpyxl, type ReadSheet } from './workbook-readers.ts'

let session: Session
let app: RunningApp
let page: Page
/** Where the downloaded workbook is kept, next to the screenshots, for a person to open. */
const downloads = join(screenshotDir, '..', 'downloads')
const workbookFile = join(downloads, 'annual-report-2025-2026.xlsx')
const today = todayIso()

beforeAll(async () => {
  session = await startSession('Dashboard')
  ;({ app, page } = session)
})
afterAll(async () => {
  expect(pageProblems(page)).toEqual([])
  await session.close()
})

/**
 * Holds the first progress question back until `release` is called: the demo office's workbook
 * is written faster than a screenshot is taken, so the bar would never be seen otherwise.
 */
async function holdFirstProgressAnswer(): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let first = true
  await page.route('**/api/reports.job', async (route) => {
    if (first) {
      first = false
      await released
    }
    await route.continue()
  })
  return release
}

/** The standard layout less the column the test removes: what the export was asked for. */
const exportedColumns: Record<ListSheet, string[]> = {
  ...defaultLayout.columns,
  inForce: defaultLayout.columns.inForce.filter((column) => column !== 'status'),
}
const inForceName = ruWords.sheets.inForce
const removed = ruWords.columns.status
const sheetOf = (sheets: ReadSheet[], name: string) => sheets.find((sheet) => sheet.name === name)!

describe('annual report, exported from the Reports screen and read back', () => {
  let excelJs: ReadSheet[]
  let openpyxl: ReadSheet[]

  it('exports 2025/2026 with one column fewer and Russian headers, showing progress', async () => {
    await page.getByRole('link', { name: 'Reports', exact: true }).click()
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor()
    await page.getByRole('radio', { name: 'Academic year' }).check()
    await page.getByRole('button', { name: /Year$/ }).click()
    await page.getByRole('option', { name: '2025/2026' }).click()
    await page.getByText('From Sep 1, 2025 to Aug 31, 2026').waitFor()

    await page.getByRole('tab', { name: 'Agreements in force' }).click()
    await page.getByRole('button', { name: 'Remove: Status' }).click()
    await page.getByRole('button', { name: /Header language$/ }).click()
    await page.getByRole('option', { name: 'Русский' }).click()
    await page.getByText('Unsaved changes').waitFor()
    expect(await page.getByRole('button', { name: 'Remove: Status' }).count()).toBe(0)

    const release = await holdFirstProgressAnswer()
    const downloaded = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export workbook' }).click()
    const bar = page.getByRole('progressbar', { name: 'Writing the workbook' })
    await bar.waitFor()
    // The rest of the screen stays usable while the job runs; only the button waits.
    expect(await page.getByRole('button', { name: 'Export workbook' }).isDisabled()).toBe(true)
    expect(await page.getByRole('tab', { name: 'By country' }).isEnabled()).toBe(true)
    await screenshot(page, 'reports-exporting-en')
    release()
    const download = await downloaded
    await page.unrouteAll()
    expect(download.suggestedFilename()).toBe('Годовой отчёт 2025-2026.xlsx')
    mkdirSync(downloads, { recursive: true })
    await download.saveAs(workbookFile)
    await page.getByText('Written: Годовой отчёт 2025-2026.xlsx').waitFor()
    await bar.waitFor({ state: 'detached' })
    await screenshot(page, 'reports-en')
    expect(await page.getByRole('button', { name: 'Export workbook' }).isEnabled()).toBe(true)

    excelJs = trimmed(await readWithExcelJs(workbookFile))
    openpyxl = trimmed(readWithOpenpyxl(workbookFile))
  })

  it('reads the same in ExcelJS and in openpyxl', () => {
    expect(openpyxl).toEqual(excelJs)
  })

  it.each([
    ['ExcelJS', () => excelJs],
    ['openpyxl', () => openpyxl],
  ])('has the Russian sheets, the chosen columns, frozen headers and filters (%s)', (_, read) => {
    const sheets = read()
    expect(sheets.map((sheet) => sheet.name)).toEqual(
      reportSheets.map((sheet) => ruWords.sheets[sheet]),
    )
    const inForceHeader = sheetOf(sheets, inForceName).rows[0]
    expect(inForceHeader).toEqual(
      exportedColumns.inForce.map(
        (column) => ruWords.columns[column as keyof typeof ruWords.columns],
      ),
    )
    expect(inForceHeader).not.toContain(removed)
    for (const sheet of listSheets) {
      const read = sheetOf(sheets, ruWords.sheets[sheet])
      expect(read.frozenAt, read.name).toBe('A2')
      expect(read.autoFilter, read.name).toMatch(/^A1:[A-Z]+\d+$/)
    }
  })

  it('writes dates as date cells and figures as numbers', () => {
    for (const sheets of [excelJs, openpyxl]) {
      const [header, ...rows] = sheetOf(sheets, inForceName).rows
      const data = rows.slice(0, -1)
      expect(data.length).toBeGreaterThan(0)
      const column = (name: string) => data.map((row) => row[header!.indexOf(name)])
      const startsOn = column(ruWords.columns.startsOn).filter((cell) => cell !== null)
      expect(startsOn.length).toBeGreaterThan(0)
      for (const cell of startsOn) expect(cell).toEqual({ date: expect.stringMatching(/^\d{4}-/) })
      for (const name of ['places', 'outgoing', 'incoming'] as const)
        for (const cell of column(ruWords.columns[name])) expect(typeof cell, name).toBe('number')
    }
  })

  it('sums up to the counts the database holds', () => {
    const expected = academicYearFigures(app, 2025, today)
    expect(expected.inForce).toBeGreaterThan(0)
    const { summary: words } = ruWords
    for (const sheets of [excelJs, openpyxl]) {
      const summary = sheetOf(sheets, ruWords.sheets.summary)
      const value = (label: string) => summaryValue(summary, label)[0]
      const people = rowIndexOf(summary, words.people)
      const totals = summaryValue(summary, words.total, people)
      const [outgoing, incoming, both] = totals
      expect({
        inForce: value(words.inForce),
        newAgreements: value(words.newAgreements),
        ended: value(words.ended),
        partners: value(words.partners),
        countries: value(words.countries),
        outgoing,
        incoming,
      }).toEqual(expected)
      expect(both).toBe(expected.outgoing + expected.incoming)
      // A header row, one row per agreement in force, and the total row.
      expect(sheetOf(sheets, inForceName).rows).toHaveLength(expected.inForce + 2)
    }
    console.info('annual report 2025/2026, figures compared:', JSON.stringify(expected))
  })

  it('ends each list sheet that has figures with a total row equal to the sum of its columns', () => {
    const figures = academicYearFigures(app, 2025, today)
    // Data rows counted in SQL where the definition is plain; the other sheets group rows.
    const dataRows: Partial<Record<ListSheet, number>> = {
      inForce: figures.inForce,
      changes: figures.newAgreements + figures.ended,
      renewals: renewalsAheadCount(app, today),
    }
    let sheetsWithTotals = 0
    for (const sheets of [excelJs, openpyxl])
      for (const sheet of listSheets) {
        const read = sheetOf(sheets, ruWords.sheets[sheet])
        expect(read.rows.length, read.name).toBeGreaterThan(1)
        // Only a sheet with a summed column (places, people…) gets a total row.
        const summed = exportedColumns[sheet].some((column) => isSummed(sheet, column))
        const rows = dataRows[sheet]
        if (rows !== undefined)
          expect(read.rows, read.name).toHaveLength(1 + rows + (summed ? 1 : 0))
        const last = read.rows.at(-1)!
        if (!summed) {
          expect(last[0], read.name).not.toBe(ruWords.total)
          continue
        }
        sheetsWithTotals += 1
        expect(last[0], read.name).toBe(ruWords.total)
        const totals = totalsAgainstSums(read)
        expect(totals.length, read.name).toBeGreaterThan(0)
        for (const { column, total, sum } of totals)
          expect(total, `${read.name}: ${column}`).toBe(sum)
      }
    // In force, by country and mobility, in each reader.
    expect(sheetsWithTotals).toBe(2 * 3)
  })

  it('speaks Russian on the Reports screen too', async () => {
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('button', { name: /Language/ }).click()
    await page.getByRole('option', { name: 'Русский' }).click()
    await page.getByRole('link', { name: 'Отчёты', exact: true }).click()
    await page.getByRole('heading', { name: 'Отчёты', level: 1 }).waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Выгрузить книгу' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^Годовой отчёт \d{4}-\d{4}\.xlsx$/)
    await page.getByText(/^Готово: Годовой отчёт/).waitFor()
    await screenshot(page, 'reports-ru')
  })
})
