import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { startPreview } from '../../electron/preview/start-preview.ts'
import type { Figure } from './measure.ts'

const rendererDir = resolve(import.meta.dirname, '..', '..', 'out', 'renderer')

function figure(name: string, times: number[]): Figure {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    name,
    median: sorted[Math.floor(sorted.length / 2)]!,
    min: sorted[0]!,
    max: sorted.at(-1)!,
    unit: 'ms',
    runs: sorted.length,
  }
}

/**
 * What a person waits for in the real UI, in Chromium through the preview host: page load to the
 * first agreement rows, a keystroke in the search box to the updated list, and a scroll step to
 * the rows being drawn.
 */
export async function measureBrowser(dataDir: string, runs = 5): Promise<Figure[]> {
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('Build the renderer first: npm run build')
  const executablePath = process.env.ACCORD_CHROMIUM ?? '/usr/bin/chromium'
  const preview = await startPreview({
    dataDir,
    port: 0,
    demo: false,
    rendererDir,
    appVersion: 'bench',
  })
  const browser = await chromium.launch({
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
  try {
    const firstRows: number[] = []
    const keystrokes: number[] = []
    const scrolls: number[] = []
    const dashboards: number[] = []
    for (let run = 0; run < runs; run++) {
      // The dashboard is the first screen: load to its tiles and charts.
      const first = await browser.newPage({ viewport: { width: 1366, height: 820 } })
      const opened = performance.now()
      await first.goto(preview.url)
      await first.getByRole('link', { name: /^In force: / }).waitFor()
      await first.getByRole('img', { name: /^Exchanges by academic year/ }).waitFor()
      dashboards.push(performance.now() - opened)
      await first.close()

      // A fresh page straight onto the list, so the figure includes loading the app.
      const page = await browser.newPage({ viewport: { width: 1366, height: 820 } })
      const started = performance.now()
      await page.goto(`${preview.url}#/agreements`)
      await page.getByRole('grid', { name: 'Agreements list' }).getByRole('row').nth(3).waitFor()
      firstRows.push(performance.now() - started)

      const search = page.getByRole('searchbox', { name: 'Search agreements' })
      await search.click()
      const before = await page.getByTestId('agreement-count').textContent()
      const typed = performance.now()
      await page.keyboard.type('7')
      await page.waitForFunction(
        (previous) =>
          document.querySelector('[data-testid="agreement-count"]')?.textContent !== previous,
        before,
      )
      keystrokes.push(performance.now() - typed)
      await page.keyboard.press('Backspace')
      await page.waitForFunction(
        (previous) =>
          document.querySelector('[data-testid="agreement-count"]')?.textContent === previous,
        before,
      )

      const grid = page.getByRole('grid', { name: 'Agreements list' })
      await grid.hover()
      for (let step = 0; step < 10; step++) {
        const firstBefore = await grid.getByRole('row').nth(1).getAttribute('aria-rowindex')
        const scrolled = performance.now()
        await page.mouse.wheel(0, 2000)
        await page.waitForFunction(
          (previous) =>
            document.querySelectorAll('[role="row"]')[1]?.getAttribute('aria-rowindex') !==
            previous,
          firstBefore,
        )
        scrolls.push(performance.now() - scrolled)
      }
      await page.close()
    }
    return [
      figure('UI: page load to the dashboard drawn', dashboards),
      figure('UI: page load to first agreement rows', firstRows),
      figure('UI: keystroke in search to updated list', keystrokes),
      figure('UI: scroll step (2000 px) to rows drawn', scrolls),
    ]
  } finally {
    await browser.close()
    await preview.close()
  }
}
