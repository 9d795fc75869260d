import { screen, waitFor, within } from '@testing-library/react'
import type { RenewalItem, RenewalReminder } from '../../shared/renewals/renewals.ts'
import { ok } from '../../shared/contract/result.ts'
import { App } from '../../renderer/app/App.tsx'
import { toasts } from '../../renderer/components/toasts.tsx'
import { agreementDetails } from './agreement-fixtures.ts'
import { settings } from './fixtures.ts'
import { renderApp, type Answers } from './render-app.tsx'

const today = '2026-11-28'

beforeEach(() => {
  toasts.clear()
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 28, 12))
})
afterEach(() => vi.useRealTimers())

const item = (changes: Partial<RenewalItem>): RenewalItem => ({
  id: 1,
  version: 3,
  reference: 'REF',
  title: 'Student exchange',
  kind: 'student_exchange',
  state: 'active',
  partnerNames: 'ADA University',
  countries: 'AZ',
  startsOn: '2022-02-01',
  endsOn: '2027-01-31',
  noticeOn: '2026-11-02',
  autoRenew: false,
  lapseDecidedOn: null,
  group: 'overdue',
  ...changes,
})
const items = [
  item({ id: 9, reference: 'EXP-9', endsOn: '2026-10-01', noticeOn: '2026-09-01', group: 'ended' }),
  item({ id: 1, reference: 'AZ-1', noticeOn: '2026-11-16', autoRenew: true }),
  item({ id: 2, reference: 'KZ-2', endsOn: today, noticeOn: today, group: 'due' }),
  item({ id: 3, reference: 'DE-3', endsOn: '2027-05-01', noticeOn: '2027-01-31', group: 'ahead' }),
]
const reminders: RenewalReminder[] = [
  {
    id: 1,
    reference: 'AZ-1',
    title: 't',
    partnerNames: 'ADA University',
    noticeOn: '2026-11-16',
    endsOn: '2027-01-31',
  },
  { id: 2, reference: 'KZ-2', title: 't', partnerNames: 'KazNU', noticeOn: today, endsOn: today },
]

function answers(changes: Answers = {}): Answers {
  return {
    'renewals.list': ({ horizonDays }) => ok({ today, horizonDays: horizonDays ?? 90, items }),
    'renewals.reminders': ok([]),
    ...changes,
  }
}

async function openRenewals(extra: Answers = {}) {
  window.location.hash = '#/renewals'
  return renderApp(<App initialSettings={settings} />, { answers: answers(extra) })
}

const group = (name: RegExp) => screen.getByRole('region', { name })

describe('renewals screen', () => {
  it('groups the agreements, with how late or how soon, and counts the due ones in the navigation', async () => {
    await openRenewals()
    const overdue = group(/Notice date passed/)
    expect(within(overdue).getByRole('link', { name: 'AZ-1' })).toHaveAttribute(
      'href',
      '#/agreements/1',
    )
    expect(within(overdue).getByText('12 days overdue')).toBeInTheDocument()
    expect(within(overdue).getByText('Renews itself unless notice is given')).toBeInTheDocument()
    expect(within(group(/Notice due today/)).getByText('today')).toBeInTheDocument()
    expect(within(group(/next 90 days/)).getByText('in 64 days')).toBeInTheDocument()
    expect(
      within(group(/Ended in the last 90 days/)).getByText('ended 58 days ago'),
    ).toBeInTheDocument()
    // Overdue and due today: two decisions waiting.
    expect(screen.getByRole('link', { name: 'Renewals, 2 due' })).toBeInTheDocument()
  })

  it('renews from the row: the action is recorded and the list is read again', async () => {
    const { api, user } = await openRenewals({
      'agreements.act': ok(agreementDetails({ id: 1 })),
    })
    await user.click(screen.getByRole('button', { name: 'Renew: AZ-1' }))
    const dialog = await screen.findByRole('dialog', { name: 'Renew: AZ-1' })
    expect(within(dialog).getByRole('group', { name: 'New end date' })).toBeInTheDocument()
    const listsBefore = api.inputsOf('renewals.list').length
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(api.inputsOf('agreements.act')).toHaveLength(1))
    expect(api.inputsOf('agreements.act')[0]).toMatchObject({
      id: 1,
      version: 3,
      action: 'renew',
      date: today,
      newEndsOn: '2032-01-31', // a term as long as the last one: five years, from Feb 2022
    })
    await waitFor(() => expect(api.inputsOf('renewals.list').length).toBeGreaterThan(listsBefore))
    expect(await screen.findByText('Renew: AZ-1 recorded in its history.')).toBeInTheDocument()
  })

  it('lets an agreement lapse from the row’s menu', async () => {
    const { api, user } = await openRenewals({ 'agreements.act': ok(agreementDetails({ id: 2 })) })
    await user.click(screen.getByRole('button', { name: 'More: KZ-2' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Let lapse' }))
    const dialog = await screen.findByRole('dialog', { name: 'Let lapse: KZ-2' })
    expect(within(dialog).queryByRole('group', { name: 'New end date' })).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() =>
      expect(api.inputsOf('agreements.act')[0]).toMatchObject({ id: 2, action: 'lapse' }),
    )
  })

  it('keeps the chosen horizon as a setting and looks that far ahead', async () => {
    const { api, user } = await openRenewals({
      'settings.update': ok({ ...settings, renewalHorizonDays: 180 }),
    })
    await user.click(screen.getByRole('button', { name: /Look ahead/ }))
    await user.click(await screen.findByRole('option', { name: '180 days' }))
    await waitFor(() =>
      expect(api.inputsOf('settings.update')).toEqual([{ renewalHorizonDays: 180 }]),
    )
    await waitFor(() => expect(api.inputsOf('renewals.list')).toContainEqual({ horizonDays: 180 }))
    expect(await screen.findByRole('region', { name: /next 180 days/ })).toBeInTheDocument()
  })
})

describe('renewals as CSV', () => {
  it('exports the groups in the screen’s order, with the chosen separator', async () => {
    const blobs: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:renewals'
    })
    URL.revokeObjectURL = vi.fn()
    window.location.hash = '#/renewals'
    const { user } = await renderApp(<App initialSettings={{ ...settings, csvDelimiter: ';' }} />, {
      answers: answers(),
    })
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }))
    expect(blobs).toHaveLength(1)
    const lines = (await blobs[0]!.text()).replace('\uFEFF', '').trimEnd().split('\r\n')
    expect(lines[0]).toBe('Group;Agreement;Title;Partners;Country;Notice by;Ends;Renews itself')
    expect(lines.slice(1).map((line) => line.split(';').slice(0, 2).join(' | '))).toEqual([
      'Notice date passed | AZ-1',
      'Notice due today | KZ-2',
      'Notice due in the next 90 days | DE-3',
      'Ended in the last 90 days | EXP-9',
    ])
    expect(lines[1]).toContain(';2026-11-16;2027-01-31;yes')
  })
})

/** Reminders as the database keeps them: gone once acknowledged. */
function reminderAnswers(pending: RenewalReminder[]): Answers {
  let acknowledged = false
  return {
    'renewals.reminders': () => ok(acknowledged ? [] : pending),
    'renewals.acknowledge': ({ items }) => {
      acknowledged = true
      return ok({ acknowledged: items.length })
    },
  }
}

describe('reminder banner', () => {
  it('names what fell due and, once dismissed, does not show it again', async () => {
    const { api, user } = await openRenewals(reminderAnswers(reminders))
    const banner = await screen.findByRole('status', { name: 'Renewal reminder' })
    expect(banner).toHaveTextContent('2 agreements fell due for renewal')
    expect(banner).toHaveTextContent('AZ-1 · ADA University · notice by Nov 16, 2026')
    await user.click(within(banner).getByRole('button', { name: 'Dismiss' }))
    expect(api.inputsOf('renewals.acknowledge')).toEqual([
      {
        items: [
          { id: 1, noticeOn: '2026-11-16' },
          { id: 2, noticeOn: today },
        ],
      },
    ])
    await waitFor(() =>
      expect(screen.queryByRole('status', { name: 'Renewal reminder' })).toBeNull(),
    )
  })

  it('opens the renewals from any screen', async () => {
    window.location.hash = '#/partners'
    const { api, user } = await renderApp(<App initialSettings={settings} />, {
      answers: answers({ ...reminderAnswers(reminders.slice(0, 1)), 'partners.list': ok([]) }),
    })
    const banner = await screen.findByRole('status', { name: 'Renewal reminder' })
    expect(banner).toHaveTextContent('1 agreement fell due for renewal')
    await user.click(within(banner).getByRole('button', { name: 'Open renewals' }))
    await waitFor(() => expect(window.location.hash).toBe('#/renewals'))
    expect(api.inputsOf('renewals.acknowledge')).toHaveLength(1)
    await screen.findByRole('heading', { name: 'Renewals', level: 1 })
    expect(screen.queryByRole('status', { name: 'Renewal reminder' })).toBeNull()
  })
})
