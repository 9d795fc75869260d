import SqliteDatabase from 'better-sqlite3'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { databaseFileName } from '../../electron/services/app-database.ts'
import {
  launchBrowser,
  openApp,
  pageProblems,
  screenshot,
  startApp,
  type RunningApp,
} from './support.ts'

let browser: Browser
let damaged: RunningApp | undefined

afterAll(async () => {
  await damaged?.close()
  await browser?.close()
})

const partnersIn = (file: string) => {
  const reader = new SqliteDatabase(file, { readonly: true })
  try {
    return reader.prepare('SELECT count(*) FROM partners').pluck().get() as number
  } finally {
    reader.close()
  }
}

describe('a damaged database, as the office finds it one morning', () => {
  it('opens the recovery screen, restores the newest backup and works again', async () => {
    // Yesterday: the demo office, and the backup Accord takes when it starts.
    const healthy = await startApp({ demo: true })
    const { dataDir } = healthy
    const backups = join(dataDir, 'backups')
    await expect
      .poll(
        () =>
          existsSync(backups)
            ? readdirSync(backups).filter((name) => name.endsWith('.accord-backup'))
            : [],
        {
          timeout: 20_000,
        },
      )
      .toHaveLength(1)
    await healthy.close()
    const file = join(dataDir, databaseFileName)
    const partners = partnersIn(file)
    expect(partners).toBeGreaterThan(0)

    // Overnight: pages of the file overwritten (a failing disk, a copy cut short).
    const bytes = readFileSync(file)
    bytes.fill(0x55, 8192, 8192 + 4096 * 8)
    writeFileSync(file, bytes)

    damaged = await startApp({ demo: true, dataDir })
    browser = await launchBrowser()
    const page = await openApp(browser, damaged)
    await page.getByRole('heading', { name: 'Accord’s database is damaged', level: 1 }).waitFor()
    await screenshot(page, 'recovery-screen')
    await page
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click()
    await page.getByText(/^Restored\. The damaged file was kept as/).waitFor()
    // The page reloads into the app, on the restored data.
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor({ timeout: 20_000 })
    await screenshot(page, 'recovery-restored')
    expect(partnersIn(file)).toBe(partners)
    expect(
      readdirSync(dataDir).some((name) => name.startsWith(`${databaseFileName}.damaged-`)),
    ).toBe(true)
    // The refused calls of the damaged state were answered as values, not as page errors.
    expect(pageProblems(page).filter((problem) => !problem.includes('status of 503'))).toEqual([])
  })
})
