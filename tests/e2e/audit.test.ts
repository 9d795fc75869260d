import type { Page } from 'playwright-core'
import { pageProblems, screenshot, startSession, type RunningApp, type Session } from './support.ts'

let session: Session
let app: RunningApp
let page: Page

beforeAll(async () => {
  session = await startSession('Partners')
  ;({ app, page } = session)
})
afterAll(async () => {
  expect(pageProblems(page)).toEqual([])
  await session?.close()
})

describe('the audit trail, as the office head reads it', () => {
  it('records an edit with who made it and the value before and after', async () => {
    await page
      .getByRole('row', { name: /Baku State University/ })
      .first()
      .click()
    await page.getByRole('heading', { level: 1, name: 'Baku State University' }).waitFor()
    await page.getByRole('button', { name: 'Edit' }).first().click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('textbox', { name: /City/ }).fill('Baku, Azerbaijan')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })
    const rows = app.query<{ action: string; before: string; after: string; user: string }>(
      `SELECT action, before, after, user FROM audit_log WHERE table_name = 'partners' AND action = 'update' AND after LIKE '%Baku, Azerbaijan%'`,
    )
    expect(rows).toHaveLength(1)
    expect(JSON.parse(rows[0]!.before).city).not.toBe('Baku, Azerbaijan')
    expect(JSON.parse(rows[0]!.after).city).toBe('Baku, Azerbaijan')
    expect(rows[0]!.user).not.toBe('')

    await page.getByRole('button', { name: 'Show changes' }).click()
    await page.getByText('Baku, Azerbaijan').last().waitFor()
    await screenshot(page, 'audit-partner-changes')
  })

  it('finds it in the searchable log', async () => {
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('link', { name: 'Audit log' }).click()
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor()
    await page
      .getByRole('searchbox')
      .or(page.getByRole('textbox', { name: 'Search the values' }))
      .fill('Baku, Azerbaijan')
    await page.getByText('Baku, Azerbaijan').first().waitFor()
    await screenshot(page, 'audit-log')
  })
})
