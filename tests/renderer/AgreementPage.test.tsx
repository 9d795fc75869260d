import { screen, waitFor, within } from '@testing-library/react'
import type { AgreementDetails } from '../../shared/contract/contract.ts'
import { fail, ok } from '../../shared/contract/result.ts'
import { App } from '../../renderer/app/App.tsx'
import { toasts } from '../../renderer/components/toasts.tsx'
import { agreementDetails, condition, exchangeCount } from './agreement-fixtures.ts'
import { settings } from './fixtures.ts'
import { renderApp, type Answers } from './render-app.tsx'

// Days left and the academic years of the mobility grid count from today: fix today, and only
// the date (timers stay real for user-event and React Aria).
beforeEach(() => {
  toasts.clear()
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 28, 12))
})
afterEach(() => vi.useRealTimers())

const agreement = agreementDetails({
  id: 11,
  version: 2,
  reference: 'AGR-2026-001',
  title: 'Joint programme in economics',
  kind: 'joint_degree',
  startsOn: '2026-09-01',
  endsOn: '2027-06-30',
  noticeOn: '2027-01-01',
  autoRenew: true,
  renewalTermMonths: 12,
  partners: [
    {
      partnerId: 7,
      name: 'Al-Farabi Kazakh National University',
      nameNative: 'Әл-Фараби атындағы ҚазҰУ',
      country: 'KZ',
      contactId: 3,
      contactName: 'Leyla Aliyeva',
    },
  ],
})

async function openAgreementPage(answers: Answers) {
  window.location.hash = '#/agreements/11'
  return renderApp(<App initialSettings={settings} />, { answers })
}

const detail = (label: string) => {
  const term = screen.getByText(label, { selector: 'dt' })
  return term.nextElementSibling as HTMLElement
}

describe('agreement page', () => {
  it('shows the overview, the partners and the status', async () => {
    const { api } = await openAgreementPage({ 'agreements.get': ok(agreement) })

    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading).toHaveTextContent('AGR-2026-001 Joint programme in economics')
    expect(screen.getByText('Active', { selector: '.badge' })).toBeInTheDocument()
    expect(screen.getByText('Joint or double degree', { selector: '.badge' })).toBeInTheDocument()
    expect(detail('Starts on')).toHaveTextContent('Sep 1, 2026')
    expect(detail('Ends on')).toHaveTextContent('Jun 30, 2027')
    expect(detail('Notice must be given by')).toHaveTextContent('Jan 1, 2027')
    expect(detail('Days left')).toHaveTextContent('214 days')
    expect(detail('Renews itself')).toHaveTextContent('yes, every 12 months')
    expect(detail('Signed on')).toHaveTextContent('—')
    const partners = screen.getByRole('region', { name: 'Partners' })
    expect(
      within(partners).getByRole('link', { name: 'Al-Farabi Kazakh National University' }),
    ).toHaveAttribute('href', '#/partners/7')
    expect(within(partners).getByText('Kazakhstan')).toBeInTheDocument()
    expect(within(partners).getByText('Leyla Aliyeva')).toBeInTheDocument()
    expect(api.inputsOf('agreements.get')).toEqual([{ id: 11 }])
  })

  it('says when the agreement does not exist', async () => {
    await openAgreementPage({ 'agreements.get': fail('not_found', 'gone') })

    expect(await screen.findByRole('alert')).toHaveTextContent('This agreement does not exist.')
    expect(screen.getByRole('link', { name: /All agreements/ })).toHaveAttribute(
      'href',
      '#/agreements',
    )
  })

  it('offers the actions that fit the state', async () => {
    const { user } = await openAgreementPage({ 'agreements.get': ok(agreement) })

    await user.click(screen.getByRole('button', { name: /Actions/ }))
    const items = (await screen.findAllByRole('menuitem')).map((item) => item.textContent)
    expect(items).toEqual([
      'Renew',
      'Extend',
      'Let lapse',
      'Record an amendment',
      'Suspend',
      'Terminate',
    ])
  })

  it('offers no actions for a terminated agreement', async () => {
    await openAgreementPage({
      'agreements.get': ok({ ...agreement, state: 'terminated', status: 'terminated' }),
    })

    expect(screen.getByText('Terminated', { selector: '.badge' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Actions/ })).not.toBeInTheDocument()
  })

  it('compares the people exchanged with the quota for each academic year', async () => {
    const withMobility: AgreementDetails = {
      ...agreement,
      conditions: [condition({ placesPerYear: 2 })],
      counts: [
        exchangeCount({ academicYear: 2025, people: 3 }),
        exchangeCount({ academicYear: 2026, people: 1 }),
      ],
    }
    await openAgreementPage({ 'agreements.get': ok(withMobility) })

    const grid = screen.getByTestId('mobility-grid')
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent)
    expect(headers).toEqual(['Flow', '2025/2026', '2026/2027'])
    const row = within(grid).getByRole('row', { name: /Outgoing/ })
    const cells = within(row).getAllByRole('cell')
    expect(cells.map((cell) => cell.textContent)).toEqual(['3 of 2', '1 of 2'])
    expect(cells[0]).toHaveClass('over-quota')
    expect(cells[1]).not.toHaveClass('over-quota')
  })

  it('saves an edit with the version it was read at and reloads', async () => {
    const { api, user } = await openAgreementPage({
      'agreements.get': ok(agreement),
      'agreements.update': ok({ ...agreement, version: 3 }),
      'partners.list': ok([]),
      'partners.get': fail('not_found', 'not needed'),
    })

    await user.click(screen.getByRole('button', { name: 'Edit' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit agreement' })
    const title = within(dialog).getByRole('textbox', { name: 'Title' })
    await user.clear(title)
    await user.type(title, 'Joint programme in finance')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('Changes saved.')).toBeInTheDocument()
    expect(api.inputsOf('agreements.update')).toEqual([
      expect.objectContaining({
        id: 11,
        version: 2,
        reference: 'AGR-2026-001',
        title: 'Joint programme in finance',
        autoRenew: true,
        renewalTermMonths: 12,
        partners: [{ partnerId: 7, contactId: 3 }],
      }),
    ])
    expect(screen.queryByRole('dialog', { name: 'Edit agreement' })).not.toBeInTheDocument()
    await waitFor(() => expect(api.inputsOf('agreements.get')).toHaveLength(2))
  })

  it('starts a duplicate without reference or dates and opens the copy', async () => {
    const copy = agreementDetails({ id: 12, reference: 'AGR-2026-002' })
    const { api, user } = await openAgreementPage({
      'agreements.get': ok({ ...agreement, autoRenew: false, renewalTermMonths: null }),
      'agreements.create': ok(copy),
      'partners.list': ok([]),
      'partners.get': fail('not_found', 'not needed'),
    })

    await user.click(screen.getByRole('button', { name: 'Duplicate' }))
    const dialog = screen.getByRole('dialog', { name: 'New agreement' })
    const reference = within(dialog).getByRole('textbox', { name: 'Reference number' })
    expect(reference).toHaveValue('')
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue(
      'Joint programme in economics',
    )
    await user.type(reference, 'AGR-2026-002')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(window.location.hash).toBe('#/agreements/12'))
    expect(api.inputsOf('agreements.create')).toEqual([
      expect.objectContaining({
        reference: 'AGR-2026-002',
        state: 'draft',
        signedOn: null,
        startsOn: null,
        endsOn: null,
        partners: [{ partnerId: 7, contactId: 3 }],
      }),
    ])
  })
})
