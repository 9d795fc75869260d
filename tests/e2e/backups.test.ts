import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { pageProblems, screenshot, startSession, type RunningApp, type Session } from './support.ts'

let session: Session
let app: RunningApp
let page: Page
const newName = 'Yessenov University, second campus'
const partners = () => app.query<{ n: number }>('SELECT count(*) AS n FROM partners')[0]!.n

/** A partner added the way the office adds one, from the partners list. */
async function addPartner(name: string, country: 'Kazakhstan' | 'Azerbaijan'): Promise<void> {
  await page.getByRole('link', { name: 'Partners', exact: true }).click()
  await page.getByRole('button', { name: 'New partner' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: /Official name/ }).fill(name)
  await dialog.getByRole('combobox', { name: /Country/ }).fill(country.slice(0, 6))
  await page
    .getByRole('option', { name: `${country} ${country === 'Kazakhstan' ? 'KZ' : 'AZ'}` })
    .click()
  await dialog.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('heading', { level: 1, name }).waitFor()
}

beforeAll(async () => {
  session = await startSession('Partners')
  ;({ app, page } = session)
})
afterAll(async () => {
  // The one refusal (a file that is not a backup) is answered 400, which Chromium logs.
  expect(pageProblems(page)).toEqual([
    'Failed to load resource: the server responded with a status of 400 (Bad Request)',
  ])
  await session?.close()
})

describe('backups, as the office head uses them', () => {
  let before: number

  it('backs up by hand from the settings', async () => {
    before = partners()
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { name: 'Backups' }).waitFor()
    // The day's backup was taken when the app started.
    await page.getByRole('cell', { name: 'First start of the day' }).waitFor()
    await page.getByRole('button', { name: 'Back up now' }).click()
    await page.getByRole('cell', { name: 'By hand' }).waitFor()
    await screenshot(page, 'backups-settings')
  })

  it('changes the data after the backup', async () => {
    await addPartner(newName, 'Kazakhstan')
    expect(partners()).toBe(before + 1)
  })

  it('restores the backup and shows the earlier state', async () => {
    await page.getByRole('link', { name: 'Settings' }).click()
    await page
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .waitFor()
    const manual = page.getByRole('row').filter({ hasText: 'By hand' })
    await manual.getByRole('button', { name: /^Restore the backup of/ }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click()
    await page.getByText('The backup was restored.').waitFor()
    await expect.poll(() => partners()).toBe(before)
    // The page reloads with the restored data; the partner is gone from the list.
    await page.getByRole('heading', { name: 'Backups' }).waitFor()
    await page.getByRole('cell', { name: 'Before a restore' }).waitFor()
    await page.getByRole('link', { name: 'Partners', exact: true }).click()
    await page.getByRole('searchbox', { name: 'Search partners' }).fill('second campus')
    await page.getByTestId('partner-count').getByText('0 partners').waitFor()
    await screenshot(page, 'backups-restored')
  })
})

describe('a backup taken away on a file and brought back', () => {
  const stick = mkdtempSync(join(tmpdir(), 'accord-usb-'))
  const onTheStick = join(stick, 'accord-office.accord-backup')
  const visitor = 'Nakhchivan State University, Ordubad branch'
  let before: number

  it('saves a backup to a file of the user’s choosing', async () => {
    before = partners()
    await page.getByRole('link', { name: 'Settings' }).click()
    const downloaded = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Back up to a file…' }).click()
    const download = await downloaded
    expect(download.suggestedFilename()).toMatch(
      /^accord-\d{4}-\d{2}-\d{2}-\d{6}-manual\.accord-backup$/,
    )
    await download.saveAs(onTheStick)
    await page.getByText(`The backup ${download.suggestedFilename()} was downloaded.`).waitFor()
    // A whole SQLite file: its header says so.
    expect(readFileSync(onTheStick).subarray(0, 15).toString()).toBe('SQLite format 3')
  })

  it('refuses a file that is not a backup, saying so, with nothing changed', async () => {
    const register = join(stick, 'register.csv')
    writeFileSync(register, 'Reference,Partner\nAZ-1,Baku State University\n')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Restore from a file…' }).click()
    await (await chooser).setFiles(register)
    await page.getByText('This file is not an Accord backup.').waitFor()
    expect(partners()).toBe(before)
  })

  it('restores the file after the data changed, showing what it holds first', async () => {
    await addPartner(visitor, 'Azerbaijan')
    expect(partners()).toBe(before + 1)

    await page.getByRole('link', { name: 'Settings' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Restore from a file…' }).click()
    await (await chooser).setFiles(onTheStick)
    const confirm = page.getByRole('alertdialog', { name: 'Restore this backup file?' })
    await confirm.getByText(/as it is in accord-office\.accord-backup, taken on/).waitFor()
    await confirm.getByText(new RegExp(`${before} partners`)).waitFor()
    await screenshot(page, 'backups-restore-from-file')
    await confirm.getByRole('button', { name: 'Restore' }).click()
    await page.getByText('The backup was restored.').waitFor()
    await expect.poll(() => partners()).toBe(before)
    await page.getByRole('heading', { name: 'Backups' }).waitFor()
    await page.getByRole('link', { name: 'Partners', exact: true }).click()
    await page.getByRole('searchbox', { name: 'Search partners' }).fill('Ordubad')
    await page.getByTestId('partner-count').getByText('0 partners').waitFor()
    rmSync(stick, { recursive: true, force: true })
  })
})
