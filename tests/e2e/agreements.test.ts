import { readFileSync } from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { academicYearOf } from '../../shared/agreements/academic-year.ts'
import { todayIso } from '../../shared/dates.ts'
import { pageProblems, screenshot, startSession, type RunningApp, type Session } from './support.ts'

let session: Session
let app: RunningApp
let page: Page

const reference = 'KZ-AZ/2026/777'
const dialog = () => page.getByRole('dialog')
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
)
const agreementCount = () => app.query<{ n: number }>('SELECT count(*) AS n FROM agreements')[0]!.n

/** Types a date into a date field segment by segment, in the English (US) order: month, day, year. */
async function typeDate(scope: Locator, label: string, iso: string) {
  const [year, month, day] = iso.split('-')
  const field = scope.getByRole('group', { name: label })
  await field.getByRole('spinbutton').first().click()
  await page.keyboard.type(`${month}${day}${year}`)
}

async function choose(scope: Locator, label: RegExp, option: string) {
  await scope.getByRole('button', { name: label }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

async function addPartner(typed: string, option: RegExp) {
  await dialog().getByRole('searchbox', { name: 'Add a partner' }).fill(typed)
  await page.getByRole('option', { name: option }).click()
}

beforeAll(async () => {
  session = await startSession('Agreements')
  ;({ app, page } = session)
})

afterAll(async () => {
  await session?.close()
})

describe('agreements, as an office worker uses them', () => {
  it('lists hundreds of demo agreements', async () => {
    await page.getByRole('row', { name: /BA-/ }).first().waitFor()
    expect(await page.getByTestId('agreement-count').textContent()).toBe(
      `${agreementCount()} agreements`,
    )
    expect(agreementCount()).toBeGreaterThan(200)
    await screenshot(page, 'agreements-list')
  })

  it('refuses an end date before the start, saving nothing', async () => {
    const before = agreementCount()
    await page.getByRole('button', { name: 'New agreement' }).click()
    await dialog()
      .getByRole('textbox', { name: /Reference number/ })
      .fill(reference)
    await dialog()
      .getByRole('textbox', { name: /^Title/ })
      .fill('Student and staff exchange')
    await addPartner('Baku State', /^Baku State University/)
    await addPartner('фараби', /^Al-Farabi Kazakh National University/)
    await typeDate(dialog(), 'Starts on', '2026-09-01')
    await typeDate(dialog(), 'Ends on', '2025-08-31')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await dialog().getByText('The end date cannot be before the start date.').waitFor()
    await screenshot(page, 'agreement-form-errors')
    expect(agreementCount()).toBe(before)
  })

  it('creates the agreement with two partners', async () => {
    await typeDate(dialog(), 'Ends on', '2031-08-31')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await page.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor()
    const partners = app.query<{ name: string }>(
      `SELECT p.name FROM agreement_partners ap JOIN partners p ON p.id = ap.partner_id JOIN agreements a ON a.id = ap.agreement_id
       WHERE a.reference = ? ORDER BY ap.position`,
      reference,
    )
    expect(partners.map((row) => row.name)).toEqual([
      'Baku State University',
      'Al-Farabi Kazakh National University',
    ])
  })

  it('records quotas', async () => {
    await page.getByRole('button', { name: 'Edit quotas' }).click()
    await dialog().getByRole('button', { name: 'Add a quota' }).click()
    const first = dialog().getByTestId('quota').nth(0)
    await choose(first, /Level/, 'Bachelor')
    await first.getByLabel('Places per year').fill('4')
    await dialog().getByRole('button', { name: 'Add a quota' }).click()
    const second = dialog().getByTestId('quota').nth(1)
    await choose(second, /Direction/, 'Incoming')
    await choose(second, /Mobility/, 'Staff teaching')
    await second.getByLabel('Places per year').fill('2')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await page.getByText('Quotas saved.').waitFor()
    expect(
      app
        .query(
          'SELECT direction, mobility_type, level, places_per_year FROM agreement_conditions ORDER BY id DESC LIMIT 2',
        )
        .reverse(),
    ).toEqual([
      {
        direction: 'outgoing',
        mobility_type: 'student_studies',
        level: 'bachelor',
        places_per_year: 4,
      },
      { direction: 'incoming', mobility_type: 'staff_teaching', level: null, places_per_year: 2 },
    ])
  })

  it('enters exchange counts for two academic years and shows them against the quotas', async () => {
    const current = academicYearOf(todayIso(), 9)
    await page.getByRole('button', { name: 'Enter counts' }).click()
    await dialog().getByLabel('Outgoing · Student studies · Bachelor: People').fill('3')
    await dialog().getByLabel('Incoming · Staff teaching: People').fill('-1')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await dialog().getByText('Enter zero or more.').waitFor()
    await dialog().getByLabel('Incoming · Staff teaching: People').fill('2')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await page.getByText(`Exchange counts for ${current}/${current + 1} saved.`).waitFor()

    await page.getByRole('button', { name: 'Enter counts' }).click()
    await choose(dialog(), /Academic year/, `${current + 1}/${current + 2}`)
    await dialog().getByLabel('Outgoing · Student studies · Bachelor: People').fill('5')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await page.getByText(`Exchange counts for ${current + 1}/${current + 2} saved.`).waitFor()

    const counts = app.query(
      `SELECT c.academic_year, c.direction, c.people FROM exchange_counts c JOIN agreements a ON a.id = c.agreement_id
       WHERE a.reference = ? ORDER BY c.academic_year, c.direction DESC`,
      reference,
    )
    expect(counts).toEqual([
      { academic_year: current, direction: 'outgoing', people: 3 },
      { academic_year: current, direction: 'incoming', people: 2 },
      { academic_year: current + 1, direction: 'outgoing', people: 5 },
    ])
    const grid = page.getByTestId('mobility-grid')
    await grid.getByText('3 of 4').waitFor()
    await grid.getByText('5 of 4').waitFor() // more people than places: shown, and marked
    await grid.scrollIntoViewIfNeeded()
    await screenshot(page, 'agreement-mobility')
  })

  it('attaches a PDF and opens it back', async () => {
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'Signed agreement.pdf', mimeType: 'application/pdf', buffer: pdf })
    await page.getByText('Signed agreement.pdf attached.').waitFor()
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Open: Signed agreement.pdf' }).click(),
    ])
    const response = await page.context().request.get(popup.url())
    expect(response.headers()['content-type']).toBe('application/pdf')
    expect(Buffer.from(await response.body())).toEqual(pdf)
    await popup.close()
  })

  it('renews it, and the history, the end date and the list show it', async () => {
    await page.getByRole('button', { name: 'Actions' }).click()
    await page.getByRole('menuitem', { name: 'Renew' }).click()
    const newEnd = dialog().getByRole('group', { name: 'New end date' })
    await newEnd.waitFor()
    await typeDate(dialog(), 'New end date', '2036-08-31')
    await dialog()
      .getByRole('textbox', { name: /Note/ })
      .fill('Renewed at the rectors’ meeting in Baku')
    await dialog().getByRole('button', { name: 'Save' }).click()
    await page.getByText('Renew: recorded in the history.').waitFor()
    const history = page.getByTestId('history')
    await history.getByText('Renewed', { exact: true }).waitFor()
    await history.getByText('End date Aug 31, 2031 → Aug 31, 2036').waitFor()
    await history.getByText('Renewed at the rectors’ meeting in Baku').waitFor()
    await screenshot(page, 'agreement-page')

    await page.getByRole('link', { name: /All agreements/ }).click()
    await page.getByRole('searchbox', { name: 'Search agreements' }).fill('kz-az/2026')
    const row = page.getByRole('row', { name: new RegExp(reference) })
    await row.getByText('Aug 31, 2036').waitFor()
    await row.getByText('Active').waitFor()
    expect(
      app.query(`SELECT ends_on, state FROM agreements WHERE reference = ?`, reference),
    ).toEqual([{ ends_on: '2036-08-31', state: 'active' }])
  })

  it('narrows the list to one partner, chosen by part of its name', async () => {
    await page.getByRole('searchbox', { name: 'Search agreements' }).fill('')
    await page.getByRole('combobox', { name: 'Partner' }).fill('Bakı Dövlət')
    await page.getByRole('option', { name: /^Baku State University/ }).click()
    const expected = app.query<{ n: number }>(
      `SELECT count(*) AS n FROM agreement_partners ap JOIN partners p ON p.id = ap.partner_id WHERE p.name = 'Baku State University'`,
    )[0]!.n
    await page.getByTestId('agreement-count').getByText(`${expected} agreements`).waitFor()
    const labels = await page
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((row) => row.getAttribute('aria-label') ?? ''))
    expect(labels.length).toBeGreaterThan(0)
    for (const label of labels) expect(label).toContain('Baku State University')
    expect(page.url()).toMatch(/partner=\d+/)
  })

  it('exports the list as CSV exactly as filtered and sorted on screen', async () => {
    const shown = await page
      .getByRole('grid', { name: 'Agreements list' })
      .getByRole('rowheader')
      .allTextContents()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^agreements-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = readFileSync((await download.path())!, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const lines = text.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe('Reference,Partners,Country,Kind,Status,Ends,Days left')
    // One line per row on screen, in the same order (no reference here needs quoting).
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(shown)
    expect(lines.slice(1).every((line) => line.includes('Baku State University'))).toBe(true)
  })

  it('refuses an impossible date sent straight to the preview host', async () => {
    const before = agreementCount()
    const response = await page
      .context()
      .request.post(`http://127.0.0.1:${app.preview.port}/api/agreements.create`, {
        headers: { 'X-Accord-Token': app.preview.token, 'Content-Type': 'application/json' },
        data: {
          reference: 'X-1',
          title: 'X',
          kind: 'other',
          state: 'active',
          startsOn: '2026-02-30',
          noticeDays: 0,
          partners: [{ partnerId: 1 }],
        },
      })
    expect(response.status()).toBe(400)
    expect(await response.json()).toMatchObject({
      error: { details: { fields: { startsOn: 'invalid_date' } } },
    })
    expect(agreementCount()).toBe(before)
  })

  it('logged no errors in the page', () => {
    expect(pageProblems(page)).toEqual([])
  })
})
