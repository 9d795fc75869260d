import { screen, waitFor, within } from '@testing-library/react'
import type { AgreementListInput } from '../../shared/agreements/agreement.ts'
import { ok } from '../../shared/contract/result.ts'
import { AgreementsPage } from '../../renderer/features/agreements/AgreementsPage.tsx'
import { agreementSummary } from './agreement-fixtures.ts'
import { renderApp, type Answers } from './render-app.tsx'

const joint = agreementSummary({
  id: 1,
  reference: 'AGR-2024-017',
  partnerNames: 'Al-Farabi Kazakh National University, ADA University',
  countries: 'KZ,AZ',
  status: 'due',
  kind: 'joint_degree',
})
const research = agreementSummary({
  id: 2,
  reference: 'AGR-2025-003',
  partnerNames: 'University of Tartu',
  countries: 'EE',
  status: 'expired',
  kind: 'research',
})

function answers(changes: Answers = {}): Answers {
  return {
    'agreements.list': ok([joint, research]),
    'agreements.units': ok([]),
    'settings.getView': ok(null),
    'settings.saveView': ok({ saved: true }),
    ...changes,
  }
}

const rowOf = (reference: string) => {
  const row = screen.getByRole('rowheader', { name: reference }).closest('[role="row"]')
  if (!(row instanceof HTMLElement)) throw new Error(`No row for ${reference}`)
  return row
}
const columnHeader = (name: string) => screen.queryByRole('columnheader', { name })
/** A drop-down filter, named by its current value and then its label. */
const filterButton = (value: string, label: string) =>
  screen.getByRole('button', { name: `${value} ${label}` })

describe('AgreementsPage', () => {
  it('lists the agreements with partners, localised countries, status and a count', async () => {
    const { api } = await renderApp(<AgreementsPage csvDelimiter="," />, { answers: answers() })

    expect(await screen.findByTestId('agreement-count')).toHaveTextContent('2 agreements')
    const first = within(rowOf('AGR-2024-017'))
    expect(
      first.getByText('Al-Farabi Kazakh National University, ADA University'),
    ).toBeInTheDocument()
    expect(first.getByText('Kazakhstan, Azerbaijan')).toBeInTheDocument()
    expect(first.getByText('Due for renewal')).toHaveClass('badge')
    expect(first.getByText('Joint or double degree')).toBeInTheDocument()
    const second = within(rowOf('AGR-2025-003'))
    expect(second.getByText('University of Tartu')).toBeInTheDocument()
    expect(second.getByText('Estonia')).toBeInTheDocument()
    expect(second.getByText('Expired')).toBeInTheDocument()
    expect(api.inputsOf('agreements.list')).toEqual([{ sort: 'endsOn', direction: 'asc' }])
  })

  it('filters by status and keeps the filter in the address and the saved view', async () => {
    const list = (input: AgreementListInput) =>
      ok(input.status === 'due' ? [joint] : [joint, research])
    const { api, user } = await renderApp(<AgreementsPage csvDelimiter="," />, {
      answers: answers({ 'agreements.list': list }),
    })
    await screen.findByText('2 agreements')

    await user.click(filterButton('All statuses', 'Status'))
    await user.click(await screen.findByRole('option', { name: 'Due for renewal' }))

    expect(await screen.findByText('1 agreement')).toBeInTheDocument()
    expect(api.inputsOf('agreements.list').at(-1)).toEqual({
      status: 'due',
      sort: 'endsOn',
      direction: 'asc',
    })
    expect(window.location.hash).toBe('#/agreements?status=due')
    expect(screen.queryByRole('rowheader', { name: 'AGR-2025-003' })).not.toBeInTheDocument()
    expect(api.inputsOf('settings.saveView').at(-1)).toEqual({
      name: 'agreements.list',
      value: { columns: expect.any(Array), params: 'status=due' },
    })
  })

  it('applies the saved view when the address has no filters', async () => {
    const saved = { columns: ['reference', 'title', 'status'], params: 'status=expired' }
    const { api } = await renderApp(<AgreementsPage csvDelimiter="," />, {
      answers: answers({ 'settings.getView': ok(saved) }),
    })

    await waitFor(() =>
      expect(api.inputsOf('agreements.list').at(-1)).toEqual({
        status: 'expired',
        sort: 'endsOn',
        direction: 'asc',
      }),
    )
    expect(window.location.hash).toBe('#/agreements?status=expired')
    expect(api.inputsOf('settings.getView')).toEqual([{ name: 'agreements.list' }])
    await waitFor(() => expect(columnHeader('Partners')).not.toBeInTheDocument())
    expect(screen.getAllByRole('columnheader')).toHaveLength(3)
    expect(columnHeader('Reference')).toBeInTheDocument()
    expect(columnHeader('Title')).toBeInTheDocument()
    expect(columnHeader('Status')).toBeInTheDocument()
  })

  it('keeps the filters of the address over the saved view', async () => {
    window.location.hash = '#/agreements?kind=research'
    const saved = { columns: ['reference'], params: 'status=expired' }
    const { api } = await renderApp(<AgreementsPage csvDelimiter="," />, {
      answers: answers({ 'settings.getView': ok(saved) }),
    })
    await screen.findByText('2 agreements')

    expect(window.location.hash).toBe('#/agreements?kind=research')
    expect(api.inputsOf('agreements.list')).toEqual([
      { kind: 'research', sort: 'endsOn', direction: 'asc' },
    ])
  })

  it('hides a column chosen in the Columns menu and saves the choice', async () => {
    const { api, user } = await renderApp(<AgreementsPage csvDelimiter="," />, {
      answers: answers(),
    })
    await screen.findByText('2 agreements')
    expect(columnHeader('Kind')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /Columns/ }))
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Kind' }))
    // A multiple-selection menu stays open (and hides the page from the accessibility tree).
    await user.keyboard('{Escape}')

    await waitFor(() => expect(columnHeader('Kind')).not.toBeInTheDocument())
    expect(columnHeader('Partners')).toBeInTheDocument()
    expect(api.inputsOf('settings.saveView')).toEqual([
      {
        name: 'agreements.list',
        value: {
          columns: ['reference', 'partners', 'country', 'status', 'endsOn', 'daysLeft'],
          params: '',
        },
      },
    ])
  })

  it('sorts by a column and keeps the sort in the address', async () => {
    const { api, user } = await renderApp(<AgreementsPage csvDelimiter="," />, {
      answers: answers(),
    })
    await screen.findByText('2 agreements')
    const reference = () => screen.getByRole('columnheader', { name: /Reference/ })

    await user.click(within(reference()).getByRole('button'))
    expect(window.location.hash).toBe('#/agreements?sort=reference')
    await waitFor(() => expect(reference()).toHaveAttribute('aria-sort', 'ascending'))

    await user.click(within(reference()).getByRole('button'))
    expect(window.location.hash).toBe('#/agreements?sort=reference&dir=desc')
    await waitFor(() =>
      expect(api.inputsOf('agreements.list').at(-1)).toEqual({
        sort: 'reference',
        direction: 'desc',
      }),
    )
    expect(reference()).toHaveAttribute('aria-sort', 'descending')
  })

  it('says no agreement matches and clears the filters', async () => {
    window.location.hash = '#/agreements?status=suspended'
    const { api, user } = await renderApp(<AgreementsPage csvDelimiter="," />, {
      answers: answers({ 'agreements.list': ok([]) }),
    })

    expect(await screen.findByText('No agreements match these filters.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))

    expect(await screen.findByText(/No agreements yet/)).toBeInTheDocument()
    expect(window.location.hash).toBe('#/agreements')
    expect(api.inputsOf('agreements.list').at(-1)).toEqual({ sort: 'endsOn', direction: 'asc' })
  })

  it('opens an agreement from its row', async () => {
    const { user } = await renderApp(<AgreementsPage csvDelimiter="," />, { answers: answers() })
    await screen.findByText('2 agreements')

    await user.click(screen.getByRole('rowheader', { name: 'AGR-2025-003' }))

    expect(window.location.hash).toBe('#/agreements/2')
  })
})
