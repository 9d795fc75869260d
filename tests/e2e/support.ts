import SqliteDatabase from 'better-sqlite3'
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { databaseFileName } from '../../electron/services/app-database.ts'
import { startPreview, type RunningPreview } from '../../electron/preview/start-preview.ts'

const projectRoot = resolve(import.meta.dirname, '..', '..')
const rendererDir = join(projectRoot, 'out', 'renderer')
export const screenshotDir = join(projectRoot, 'test-results', 'screenshots')

/** Debian's Chromium, started the way these machines need (no network, no sandbox as root). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.ACCORD_CHROMIUM ?? '/usr/bin/chromium'
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium or set ACCORD_CHROMIUM.`,
    )
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export interface RunningApp {
  preview: RunningPreview
  dataDir: string
  /** A separate read-only connection to the app's database file, to check what was saved. */
  query<T>(sql: string, ...params: unknown[]): T[]
  close(): Promise<void>
}

export async function startApp(options: { demo: boolean; dataDir?: string }): Promise<RunningApp> {
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('The renderer is not built: run `npm run build` first.')
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'accord-e2e-'))
  const preview = await startPreview({
    dataDir,
    port: 0,
    demo: options.demo,
    rendererDir,
    appVersion: 'e2e',
  })
  const reader = new SqliteDatabase(join(dataDir, databaseFileName), { readonly: true })
  return {
    preview,
    dataDir,
    query: <T>(sql: string, ...params: unknown[]) => reader.prepare(sql).all(...params) as T[],
    close: async () => {
      reader.close()
      await preview.close()
    },
  }
}

/** Opens the app like a user: the printed address, in a desktop-sized window. */
export async function openApp(browser: Browser, app: RunningApp): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 } })
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  ;(page as Page & { problems?: string[] }).problems = problems
  await page.goto(app.preview.url)
  return page
}

export function pageProblems(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? []
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) })
}

export interface Session {
  browser: Browser
  app: RunningApp
  page: Page
  close(): Promise<void>
}

/** A fresh demo office in Chromium, opened on one of the main screens. */
export async function startSession(
  screen: 'Dashboard' | 'Agreements' | 'Partners',
): Promise<Session> {
  const browser = await launchBrowser()
  const app = await startApp({ demo: true })
  const page = await openApp(browser, app)
  await page.getByRole('link', { name: screen, exact: true }).click()
  if (screen === 'Dashboard') await page.getByRole('heading', { name: screen, level: 1 }).waitFor()
  else await page.getByRole('grid', { name: `${screen} list` }).waitFor()
  return {
    browser,
    app,
    page,
    close: async () => {
      await browser.close()
      await app.close()
    },
  }
}
