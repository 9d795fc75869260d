import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { messyAgreementsXlsx, pictureRenamedXlsx } from '../support/import-fixtures.ts'
import { pageProblems, screenshot, startSession, type RunningApp, type Session } from './support.ts'

let session: Session
let app: RunningApp
let page: Page
const files = mkdtempSync(join(tmpdir(), 'accord-import-files-'))
const registerFile = join(files, 'Реестр договоров 2024.xlsx')
const pictureFile = join(files, 'agreements.xlsx')

const count = (sql: string) => app.query<{ n: number }>(sql)[0]!.n
const imported = () =>
  count('SELECT count(*) AS n FROM agreements WHERE import_batch_id IS NOT NULL')
const rowOf = (number: number) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(number), exact: true }) })

async function openImport() {
  await page.getByRole('link', { name: 'Import', exact: true }).click()
  await page.getByRole('heading', { name: 'Import a spreadsheet', level: 1 }).waitFor()
}

beforeAll(async () => {
  writeFileSync(registerFile, await messyAgreementsXlsx())
  writeFileSync(pictureFile, pictureRenamedXlsx())
  session = await startSession('Dashboard')
  ;({ app, page } = session)
})
afterAll(async () => {
  // The preview host answers a refused file with HTTP 400, which Chromium logs; nothing else.
  expect(pageProblems(page)).toEqual([
    'Failed to load resource: the server responded with a status of 400 (Bad Request)',
  ])
  await session?.close()
})

describe('importing the office’s spreadsheet, as a user does', () => {
  it('refuses a picture renamed .xlsx with a clear message', async () => {
    await openImport()
    await screenshot(page, 'import-1-file')
    await page.locator('input[type=file]').setInputFiles(pictureFile)
    await page.getByText('This file is not a spreadsheet.').waitFor()
    await screenshot(page, 'import-bad-file')
    expect(imported()).toBe(0)
  })

  it('maps the Russian headers of the messy register by itself', async () => {
    await page.locator('input[type=file]').setInputFiles(registerFile)
    await page.getByRole('heading', { name: 'Columns of Реестр договоров 2024.xlsx' }).waitFor()
    const fieldOf = (column: string) =>
      page.getByRole('button', { name: new RegExp(`Imported as, for column ${column}`) })
    await expect
      .poll(() => fieldOf('Университет-партнер').textContent())
      .toContain('Partner institution')
    expect(await fieldOf('Срок действия').textContent()).toContain('Ends on / valid until')
    expect(await fieldOf('№').textContent()).toContain('Not imported')
    await screenshot(page, 'import-2-columns')
  })

  it('shows the rows with their problems; one is fixed, one skipped', async () => {
    await page.getByRole('button', { name: 'Check the rows' }).click()
    await page.getByRole('heading', { name: 'What will be imported' }).waitFor()
    await expect.poll(() => rowOf(14).textContent()).toContain('“31.02.2020” is not a real date.')
    expect(await rowOf(15).textContent()).toContain('No partner institution is named.')
    await screenshot(page, 'import-3-preview')
    await rowOf(14).scrollIntoViewIfNeeded()
    await screenshot(page, 'import-3-rows')

    await page.getByRole('button', { name: 'Fix row 14' }).click()
    const dialog = page.getByRole('dialog', { name: 'Fix row 14' })
    await dialog.getByRole('textbox', { name: 'Signed on' }).fill('28.02.2020')
    await screenshot(page, 'import-4-fix-row')
    await dialog.getByRole('button', { name: 'Check again' }).click()
    await expect.poll(() => rowOf(14).getByText('Ready').count()).toBe(1)
    await page.getByRole('button', { name: 'Skip row 15' }).click()
    await expect.poll(() => rowOf(15).getByText('Skipped').count()).toBe(1)
  })

  it('asks about the partners that only look like ones in Accord, then imports in one go', async () => {
    const importButton = page.getByRole('button', { name: 'Import 12 agreements' })
    expect(await importButton.isDisabled()).toBe(true)
    await page.getByText(/^Choose for \d+ partners? whether to link/).waitFor()
    await screenshot(page, 'import-3-partners-to-confirm')
    // Each close match is linked to the partner Accord proposes, as the office would here.
    const undecided = page.locator('.import-partners tr', {
      hasText: 'A similar partner is in Accord',
    })
    expect(await undecided.count()).toBeGreaterThan(0)
    while ((await undecided.count()) > 0) {
      const before = await undecided.count()
      await undecided.first().getByRole('button').click()
      await page
        .getByRole('option', { name: /^Link to / })
        .first()
        .click()
      await expect.poll(() => undecided.count()).toBe(before - 1)
    }
    await expect.poll(() => importButton.isDisabled()).toBe(false)
    await importButton.click()
    await page.getByRole('heading', { name: 'Imported from Реестр договоров 2024.xlsx' }).waitFor()
    await screenshot(page, 'import-5-report')
    expect(imported()).toBe(12)
    const fixed = app.query<{ signed_on: string; ends_on: string }>(
      `SELECT signed_on, ends_on FROM agreements WHERE import_batch_id IS NOT NULL AND (partner_names LIKE 'L.N. Gumilyov%' OR partner_names LIKE 'Евразийский%')`,
    )
    expect(fixed).toEqual([{ signed_on: '2020-02-28', ends_on: '2023-02-27' }])
    // The demo office has Satbayev University: its row is linked, not created again.
    expect(count(`SELECT count(*) AS n FROM partners WHERE name = 'Satbayev University'`)).toBe(1)
    const metu = app.query<{ partner_names: string }>(
      `SELECT partner_names FROM agreements WHERE import_batch_id IS NOT NULL AND countries = 'TR' AND kind = 'erasmus_iia'`,
    )
    expect(metu).toEqual([{ partner_names: 'Middle East Technical University' }])
  })

  it('finds the imported agreements in the agreements list', async () => {
    await page.getByRole('link', { name: 'Open the agreements' }).click()
    const list = page.getByRole('grid', { name: 'Agreements list' })
    await list.waitFor()
    await page.getByRole('searchbox').fill('Нархоз')
    await expect.poll(() => list.getByRole('row', { name: /IMP-[0-9A-Z]{7}/ }).count()).toBe(1)
    await screenshot(page, 'import-6-in-the-list')
  })

  it('undoes the import, leaving the demo office as it was', async () => {
    await openImport()
    await page.getByRole('button', { name: 'Undo this import' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Undo this import' }).click()
    await page.getByText('The import was undone: 12 agreements removed.').waitFor()
    expect(imported()).toBe(0)
    expect(count('SELECT count(*) AS n FROM import_batches')).toBe(0)
  })

  it('speaks Russian: the same file, its columns and its rows', async () => {
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('button', { name: /Language/ }).click()
    await page.getByRole('option', { name: 'Русский' }).click()
    await page.getByRole('link', { name: 'Импорт', exact: true }).click()
    await page.locator('input[type=file]').setInputFiles(registerFile)
    await page.getByRole('heading', { name: 'Столбцы файла Реестр договоров 2024.xlsx' }).waitFor()
    await screenshot(page, 'import-columns-ru')
    await page.getByRole('button', { name: 'Проверить строки' }).click()
    await expect.poll(() => rowOf(14).textContent()).toContain('«31.02.2020»')
    await screenshot(page, 'import-preview-ru')
    // Nothing is written until the user imports.
    expect(imported()).toBe(0)
  })
})
