import type { Page } from 'playwright-core'
import { pageProblems, screenshot, startSession, type RunningApp, type Session } from './support.ts'

let session: Session
let app: RunningApp
let page: Page
const newName = 'Yessenov University, second campus'
const partners = () => app.query<{ n: number }>('SELECT count(*) AS n FROM partners')[0]!.n

beforeAll(async () => {
  session = await startSession('Partners')
  ;({ app, page } = session)
})
afterAll(async () => {
  expect(pageProblems(page)).toEqual([])
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
    await page.getByRole('link', { name: 'Partners', exact: true }).click()
    await page.getByRole('button', { name: 'New partner' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('textbox', { name: /Official name/ }).fill(newName)
    await dialog.getByRole('combobox', { name: /Country/ }).fill('Kazakh')
    await page.getByRole('option', { name: 'Kazakhstan KZ' }).click()
    await dialog.getByRole('button', { name: 'Save' }).click()
    await page.getByRole('heading', { level: 1, name: newName }).waitFor()
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
