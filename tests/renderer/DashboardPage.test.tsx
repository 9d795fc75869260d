import { screen, within } from '@testing-library/react'
import type { Dashboard } from '../../shared/dashboard/dashboard.ts'
import { fail, ok, type Result } from '../../shared/contract/result.ts'
import { DashboardPage } from '../../renderer/features/dashboard/DashboardPage.tsx'
import { renderApp } from './render-app.tsx'

const dashboard = (changes: Partial<Dashboard> = {}): Dashboard => ({
  today: '2026-03-05',
  academicYear: 2025,
  yearFrom: '2025-09-01',
  yearTo: '2026-08-31',
  tiles: { inForce: 1234, partners: 48, countries: 17, newThisYear: 9, due: 3, expiredRecently: 2 },
  // In the order SQLite's GROUP BY might give them, not the order to read them in.
  mobility: [
    {
      direction: 'incoming',
      mobilityType: 'student_studies',
      level: 'master',
      quota: 4,
      actual: 1,
    },
    { direction: 'outgoing', mobilityType: 'staff_teaching', level: null, quota: 2, actual: 2 },
    { direction: 'outgoing', mobilityType: 'student_studies', level: null, quota: 3, actual: 0 },
    {
      direction: 'outgoing',
      mobilityType: 'student_studies',
      level: 'master',
      quota: 5,
      actual: 7,
    },
    {
      direction: 'outgoing',
      mobilityType: 'student_studies',
      level: 'bachelor',
      quota: 10,
      actual: 6,
    },
    {
      direction: 'incoming',
      mobilityType: 'student_traineeship',
      level: 'bachelor',
      quota: 0,
      actual: 3,
    },
  ],
  flows: [
    { academicYear: 2024, outgoing: 12, incoming: 8 },
    { academicYear: 2025, outgoing: 15, incoming: 11 },
  ],
  byCountry: [
    { country: 'KZ', agreements: 6, people: 9 },
    { country: 'DE', agreements: 2, people: 0 },
  ],
  recent: [
    {
      agreementId: 12,
      reference: 'AGR-2024-017',
      title: 'Double degree in economics',
      kind: 'renewed',
      occurredOn: '2026-03-04',
      recordedAt: '2026-03-04T09:00:00.000Z',
    },
    {
      agreementId: 5,
      reference: 'AGR-2025-003',
      title: 'Research cooperation',
      kind: 'document_added',
      occurredOn: '2026-03-01',
      recordedAt: '2026-03-01T09:00:00.000Z',
    },
  ],
  ...changes,
})

const render = (result = ok(dashboard())) =>
  renderApp(<DashboardPage />, { answers: { 'dashboard.get': result } })

const cellsOf = (row: HTMLElement) =>
  [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)

describe('DashboardPage', () => {
  it('shows the date and the academic year', async () => {
    const { api } = await render()
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument()
    expect(
      await screen.findByText('Thursday, March 5, 2026 · Academic year 2025/2026'),
    ).toBeVisible()
    expect(api.inputsOf('dashboard.get')).toEqual([{}])
  })

  it('shows each headline figure as a link to the list it counts', async () => {
    await render()
    const tiles = within(await screen.findByRole('list', { name: 'Key figures' }))
    const tile = (name: string) => tiles.getByRole('link', { name })
    expect(tile('In force: 1,234')).toHaveAttribute('href', '#/agreements?force=1')
    expect(tile('Partners: 48')).toHaveAttribute('href', '#/partners')
    expect(tile('Countries: 17')).toHaveAttribute('href', '#/agreements?force=1&sort=country')
    expect(tile('New this academic year: 9')).toHaveAttribute(
      'href',
      '#/agreements?from=2025-09-01&to=2026-08-31',
    )
    expect(tile('Due for renewal: 3')).toHaveAttribute('href', '#/agreements?status=due')
    expect(tile('Expired in the last 90 days: 2')).toHaveAttribute('href', '#/agreements?ended=90')
    expect(tile('Due for renewal: 3')).toHaveClass('tile-warning')
    expect(tile('In force: 1,234')).not.toHaveClass('tile-warning')
  })

  it('does not warn about renewals when none are due', async () => {
    await render(ok(dashboard({ tiles: { ...dashboard().tiles, due: 0 } })))
    expect(await screen.findByRole('link', { name: 'Due for renewal: 0' })).not.toHaveClass(
      'tile-warning',
    )
  })

  it('lists places against people exchanged, outgoing first, in the order of the vocabulary', async () => {
    await render()
    const table = await screen.findByRole('table', {
      name: 'Mobility 2025/2026: places against people exchanged',
    })
    expect(within(table).getAllByRole('row').map(cellsOf)).toEqual([
      ['Mobility', 'Level', 'Places', 'Exchanged', 'Filled'],
      ['Outgoing'],
      ['Student studies', 'Bachelor', '10', '6', '60%'],
      ['Student studies', 'Master', '5', '7', '140%'],
      ['Student studies', 'Any level', '3', '0', '0%'],
      ['Staff teaching', '—', '2', '2', '100%'],
      ['Incoming'],
      ['Student studies', 'Master', '4', '1', '25%'],
      ['Student traineeship', 'Bachelor', '0', '3', 'no places agreed'],
    ])
    const meter = within(table).getByRole('meter', {
      name: 'Outgoing · Student studies · Master: 7 of 5 places filled',
    })
    expect(meter).toHaveAttribute('aria-valuenow', '5')
    expect(meter).toHaveAttribute('aria-valuemax', '5')
    expect(meter).toHaveAttribute('aria-valuetext', '140%')
    expect(within(table).getByText('7')).toHaveClass('over-quota')
  })

  it('gives the charts a summary and their figures as tables', async () => {
    await render()
    expect(await screen.findByRole('img', { name: /^Exchanges by academic year\./ })).toBeVisible()
    const flows = screen.getByRole('table', { name: 'Exchanges by academic year' })
    expect(within(flows).getAllByRole('row').map(cellsOf)).toEqual([
      ['Academic year', 'Outgoing', 'Incoming'],
      ['2024/2025', '12', '8'],
      ['2025/2026', '15', '11'],
    ])
    expect(screen.getByRole('img', { name: /^Agreements in force by country\./ })).toBeVisible()
    const countries = screen.getByRole('table', { name: 'Agreements in force by country' })
    expect(within(countries).getAllByRole('row').map(cellsOf)).toEqual([
      ['Country', 'Agreements in force', 'People exchanged in 2025/2026'],
      ['Kazakhstan', '6', '9'],
      ['Germany', '2', '0'],
    ])
  })

  it('links each recent event to its agreement', async () => {
    await render()
    const recent = within(await screen.findByRole('list', { name: 'Recent activity' }))
    const items = recent.getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'Mar 4, 2026RenewedAGR-2024-017 Double degree in economics',
      'Mar 1, 2026Document attachedAGR-2025-003 Research cooperation',
    ])
    expect(
      recent.getByRole('link', { name: 'AGR-2024-017 Double degree in economics' }),
    ).toHaveAttribute('href', '#/agreements/12')
    expect(recent.getByRole('link', { name: 'AGR-2025-003 Research cooperation' })).toHaveAttribute(
      'href',
      '#/agreements/5',
    )
  })

  it('says so when there is nothing to show yet', async () => {
    const none = {
      inForce: 0,
      partners: 0,
      countries: 0,
      newThisYear: 0,
      due: 0,
      expiredRecently: 0,
    }
    await render(
      ok(
        dashboard({
          tiles: none,
          mobility: [],
          flows: [{ academicYear: 2025, outgoing: 0, incoming: 0 }],
          byCountry: [],
          recent: [],
        }),
      ),
    )
    expect(
      await screen.findByText('No places agreed and nobody exchanged in 2025/2026 yet.'),
    ).toBeVisible()
    expect(screen.getByText('Nobody exchanged in these academic years yet.')).toBeVisible()
    expect(screen.getByText('No agreements in force.')).toBeVisible()
    expect(screen.getByText('Nothing recorded yet.')).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Partners: 0' })).toBeVisible()
  })

  it('shows the failure with a way to try again', async () => {
    let answer: Result<Dashboard> = fail('unavailable', 'database locked')
    const { api, user } = await renderApp(<DashboardPage />, {
      answers: { 'dashboard.get': () => answer },
    })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Accord could not reach its database. Nothing was changed.',
    )
    expect(screen.queryByRole('list', { name: 'Key figures' })).not.toBeInTheDocument()

    answer = ok(dashboard())
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('link', { name: 'Partners: 48' })).toBeVisible()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(api.inputsOf('dashboard.get')).toHaveLength(2)
  })
})
