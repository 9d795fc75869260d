import type { Page } from 'playwright-core'
import { academicYearBounds, academicYearOf } from '../../shared/agreements/academic-year.ts'
import { todayIso } from '../../shared/dates.ts'
import { pageProblems, screenshot, startSession, type RunningApp, type Session } from './support.ts'

let session: Session
let app: RunningApp
let page: Page
const today = todayIso()

beforeAll(async () => {
  session = await startSession('Dashboard')
  ;({ app, page } = session)
})
afterAll(async () => {
  expect(pageProblems(page)).toEqual([])
  await session.close()
})

/** One number from the database, counted here in plain SQL, independently of the app's queries. */
const count = (sql: string, ...params: unknown[]) => app.query<{ n: number }>(sql, ...params)[0]!.n
const inForce = `a.state = 'active' AND (a.ends_on IS NULL OR a.ends_on >= @today)`
const dueNow = `a.state = 'active' AND a.lapse_decided_on IS NULL AND a.ends_on >= @today
  AND date(a.ends_on, '-' || a.notice_days || ' days') <= @today`

function expectedTiles() {
  const { from, to } = academicYearBounds(academicYearOf(today, 9), 9)
  return {
    inForce: count(`SELECT count(*) AS n FROM agreements a WHERE ${inForce}`, { today }),
    partners: count(`SELECT count(*) AS n FROM partners WHERE archived_at IS NULL`),
    countries: count(
      `SELECT count(DISTINCT p.country) AS n FROM agreements a
       JOIN agreement_partners ap ON ap.agreement_id = a.id JOIN partners p ON p.id = ap.partner_id
       WHERE ${inForce}`,
      { today },
    ),
    newThisYear: count(
      `SELECT count(*) AS n FROM agreements WHERE state NOT IN ('draft', 'negotiation')
       AND COALESCE(signed_on, starts_on) BETWEEN ? AND ?`,
      from,
      to,
    ),
    due: count(`SELECT count(*) AS n FROM agreements a WHERE ${dueNow}`, { today }),
    expired: count(
      `SELECT count(*) AS n FROM agreements WHERE state = 'active' AND ends_on < @today
       AND ends_on >= date(@today, '-90 days')`,
      { today },
    ),
  }
}

const tile = (label: RegExp) => page.getByRole('link', { name: label })
/** The number after the colon of a tile's name ("Expired in the last 90 days: 7"). */
const tileNumber = async (label: RegExp) =>
  Number((await tile(label).getAttribute('aria-label'))!.split(':').at(-1)!.replace(/\D/g, ''))

describe('dashboard and renewals, as an office worker uses them', () => {
  it('greets the day with a reminder of what fell due, which does not come back once dismissed', async () => {
    const banner = page.getByRole('status', { name: 'Renewal reminder' })
    await banner.waitFor()
    const due = expectedTiles().due
    expect(due).toBeGreaterThan(0) // the demo office always has renewals waiting
    await expect.poll(() => banner.textContent()).toContain(`${due} agreement`)
    await screenshot(page, 'dashboard-with-reminder-en')
    await banner.getByRole('button', { name: 'Dismiss' }).click()
    await banner.waitFor({ state: 'detached' })
    expect(count('SELECT count(*) AS n FROM renewal_reminders')).toBe(due)
    await page.reload()
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
    await page.getByRole('link', { name: /^In force/ }).waitFor()
    expect(await banner.count()).toBe(0)
  })

  it('shows the counts the database holds', async () => {
    const expected = expectedTiles()
    expect({
      inForce: await tileNumber(/^In force/),
      partners: await tileNumber(/^Partners:/),
      countries: await tileNumber(/^Countries/),
      newThisYear: await tileNumber(/^New this academic year/),
      due: await tileNumber(/^Due for renewal/),
      expired: await tileNumber(/^Expired in the last 90 days/),
    }).toEqual(expected)
    await page.getByRole('img', { name: /Exchanges by academic year/ }).waitFor()
    await screenshot(page, 'dashboard-en')
  })

  it('opens the due agreements from their tile', async () => {
    const due = await tileNumber(/^Due for renewal/)
    await tile(/^Due for renewal/).click()
    await page.getByRole('grid', { name: 'Agreements list' }).waitFor()
    expect(page.url()).toContain('status=due')
    await expect
      .poll(() => page.getByTestId('agreement-count').textContent())
      .toBe(`${due} agreements`)
  })

  it('renews the first overdue agreement from the renewals screen', async () => {
    await page.getByRole('link', { name: /^Renewals/ }).click()
    const overdue = page.getByRole('region', { name: /Notice date passed/ })
    await overdue.getByRole('row').nth(1).waitFor()
    await screenshot(page, 'renewals-en')
    const badgeBefore = expectedTiles().due
    await expect
      .poll(() => page.getByRole('link', { name: /^Renewals/ }).getAttribute('aria-label'))
      .toBe(`Renewals, ${badgeBefore} due`)

    const firstRow = overdue.getByRole('row').nth(1)
    const reference = (await firstRow.getByRole('rowheader').getByRole('link').textContent())!
    const id = app.query<{ id: number }>(
      'SELECT id FROM agreements WHERE reference = ?',
      reference,
    )[0]!.id
    await firstRow.getByRole('button', { name: `Renew: ${reference}` }).click()
    const dialog = page.getByRole('dialog', { name: `Renew: ${reference}` })
    await dialog.getByRole('button', { name: 'Save' }).click()
    await dialog.waitFor({ state: 'detached' })

    await expect
      .poll(() => overdue.getByRole('link', { name: reference, exact: true }).count())
      .toBe(0)
    const events = app.query<{ kind: string; occurred_on: string }>(
      `SELECT kind, occurred_on FROM agreement_events WHERE agreement_id = ? ORDER BY id DESC LIMIT 1`,
      id,
    )
    expect(events).toEqual([{ kind: 'renewed', occurred_on: today }])
    expect(
      count(`SELECT count(*) AS n FROM agreements a WHERE a.id = ${id} AND ${dueNow}`, { today }),
    ).toBe(0)
    await expect
      .poll(() => page.getByRole('link', { name: /^Renewals/ }).getAttribute('aria-label'))
      .toBe(`Renewals, ${badgeBefore - 1} due`)
  })

  it('speaks Russian: the dashboard and the renewals screen', async () => {
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('button', { name: /Language/ }).click()
    await page.getByRole('option', { name: 'Русский' }).click()
    await page.getByRole('link', { name: 'Сводка', exact: true }).click()
    await page.getByRole('heading', { name: 'Сводка', level: 1 }).waitFor()
    await page.getByRole('img').first().waitFor()
    await screenshot(page, 'dashboard-ru')
    await page.getByRole('link', { name: /^Продления/ }).click()
    await page.getByRole('region', { name: /Срок уведомления прошёл/ }).waitFor()
    await screenshot(page, 'renewals-ru')
  })
})
