import type { Page } from 'playwright-core'
import { startSession, type RunningApp, type Session } from './support.ts'

let session: Session
let app: RunningApp
let page: Page

/** Presses Tab until the focused element's label or text has `text`; fails if it is never reached. */
async function tabTo(text: string, limit = 30): Promise<void> {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null
      const label = element?.labels?.[0]?.textContent
      return (element?.getAttribute('aria-label') ?? label ?? element?.textContent ?? '').trim()
    })
    if (focused.includes(text)) return
  }
  throw new Error(`"${text}" was not reached with the Tab key`)
}

beforeAll(async () => {
  session = await startSession('Partners')
  ;({ app, page } = session)
})

afterAll(async () => {
  await session?.close()
})

describe('keyboard only', () => {
  it('creates a partner without the mouse', async () => {
    await tabTo('New partner')
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow)
    expect(outline).not.toBe('none') // the focused button shows a visible focus ring
    await page.keyboard.press('Enter')
    await page.getByRole('dialog').waitFor()
    // Focus starts in the first field.
    await page.waitForFunction(
      () => (document.activeElement as HTMLInputElement | null)?.name === 'name',
    )
    await page.keyboard.type('Nakhchivan Teachers Institute')
    await tabTo('Country')
    await page.keyboard.type('Azerb')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    expect(
      await page
        .getByRole('dialog')
        .getByRole('combobox', { name: /Country/ })
        .inputValue(),
    ).toBe('Azerbaijan')
    await tabTo('City')
    await page.keyboard.type('Nakhchivan')
    await page.keyboard.press('Enter') // Enter in a field submits the form
    await page.getByRole('heading', { level: 1, name: 'Nakhchivan Teachers Institute' }).waitFor()
    expect(
      app.query(
        'SELECT country, city FROM partners WHERE name = ?',
        'Nakhchivan Teachers Institute',
      ),
    ).toEqual([{ country: 'AZ', city: 'Nakhchivan' }])
  })

  it('closes a dialog with Escape, keeping focus where it was', async () => {
    await page.getByRole('button', { name: 'Edit' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('dialog').waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    // Focus goes back to the button that opened the dialog once the dialog has gone.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Edit', undefined, {
      timeout: 5000,
    })
  })

  it('opens a partner from the list with the arrow keys and Enter', async () => {
    await page.getByRole('link', { name: /All partners/ }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('grid', { name: 'Partners list' }).waitFor()
    await page.getByRole('searchbox', { name: 'Search partners' }).focus()
    await page.keyboard.type('baku state')
    await page.getByTestId('partner-count').getByText('1 partner').waitFor()
    await tabTo('Baku State University')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Baku State University' }).waitFor()
  })
})
