import { screen, waitFor, within } from '@testing-library/react'
import type { AuditEntry, AuditPage } from '../../shared/audit/audit.ts'
import { ok } from '../../shared/contract/result.ts'
import { App } from '../../renderer/app/App.tsx'
import { partnerDetails, settings } from './fixtures.ts'
import { renderApp } from './render-app.tsx'

const entry = (changes: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 1,
  at: '2026-12-02T09:30:00.000Z',
  user: 'aigerim',
  table: 'partners',
  recordId: 7,
  action: 'update',
  before: { id: 7, name: 'KazNU', city: null, version: 0 },
  after: { id: 7, name: 'KazNU', city: 'Almaty', version: 1 },
  ...changes,
})

describe('the audit trail on screen', () => {
  it('shows a partner’s changes on its page, field by field, when asked', async () => {
    window.location.hash = '#/partners/7'
    const { api, user } = await renderApp(<App initialSettings={settings} />, {
      answers: {
        'partners.get': ok(partnerDetails({ id: 7 })),
        'audit.ofRecord': ok([entry()]),
      },
    })
    expect(api.inputsOf('audit.ofRecord')).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Show changes' }))
    const table = await screen.findByRole('table', { name: 'Changes' })
    expect(within(table).getByText('aigerim')).toBeInTheDocument()
    expect(within(table).getByText('Partner · Changed')).toBeInTheDocument()
    expect(within(table).getByText(/City:/).parentElement).toHaveTextContent(
      'City: (empty) → Almaty',
    )
    // Bookkeeping (version, id) and unchanged fields are not changes.
    expect(within(table).queryByText(/Name:/)).not.toBeInTheDocument()
    expect(api.inputsOf('audit.ofRecord')).toEqual([{ table: 'partners', id: 7 }])
  })

  it('is searchable from the settings, by words and by kind of record, in the user’s language', async () => {
    window.location.hash = '#/audit'
    const page: AuditPage = { entries: [entry()], nextBeforeId: 1 }
    const older: AuditPage = {
      entries: [entry({ id: 0, action: 'create', before: null, table: 'contacts' })],
      nextBeforeId: null,
    }
    const { api, user } = await renderApp(
      <App initialSettings={{ ...settings, language: 'ru' }} />,
      {
        language: 'ru',
        answers: {
          'audit.list': (input) => ok(input.beforeId ? older : page),
        },
      },
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Журнал изменений')
    await waitFor(() => expect(screen.getByText('Партнёр · Изменено')).toBeInTheDocument())
    await user.type(screen.getByRole('searchbox', { name: 'Поиск по значениям' }), 'Алматы')
    await waitFor(() =>
      expect(api.inputsOf('audit.list').at(-1)).toMatchObject({ query: 'Алматы' }),
    )
    await user.click(screen.getByRole('button', { name: 'Показать более ранние' }))
    expect(await screen.findByText('Контакт · Создано')).toBeInTheDocument()
    expect(api.inputsOf('audit.list').at(-1)).toMatchObject({ beforeId: 1, query: 'Алматы' })
    expect(screen.queryByRole('button', { name: 'Показать более ранние' })).not.toBeInTheDocument()
  })

  it('shows coded values as the screens word them, not as stored', async () => {
    window.location.hash = '#/audit'
    const changed = entry({
      table: 'agreements',
      before: { kind: 'student_exchange', state: 'draft', auto_renew: 0, title: 'Обмен' },
      after: { kind: 'student_exchange', state: 'active', auto_renew: 1, title: 'Обмен' },
    })
    const created = entry({
      id: 2,
      table: 'partners',
      action: 'create',
      before: null,
      after: { kind: 'university', country: 'AZ', name: 'ADA University' },
    })
    const quota = entry({
      id: 3,
      table: 'agreement_conditions',
      action: 'create',
      before: null,
      after: { position: 3, direction: 'outgoing', mobility_type: 'student_study' },
    })
    const renewed = entry({
      id: 4,
      table: 'agreements',
      before: { ends_on: '2024-11-02' },
      after: { ends_on: '2027-11-02' },
    })
    await renderApp(<App initialSettings={{ ...settings, language: 'ru' }} />, {
      language: 'ru',
      answers: {
        'audit.list': ok({ entries: [changed, created, quota, renewed], nextBeforeId: null }),
      },
    })
    const table = await screen.findByRole('table')
    await waitFor(() => expect(within(table).getByText(/Состояние:/)).toBeInTheDocument())
    expect(within(table).getByText(/Состояние:/).parentElement).toHaveTextContent(
      'Состояние: Черновик → Действует',
    )
    expect(within(table).getByText(/Продлевается автоматически:/).parentElement).toHaveTextContent(
      'нет → да',
    )
    expect(within(table).getByText(/Страна:/).parentElement).toHaveTextContent('Азербайджан')
    // A quota's position is its order, not a job title; dates are written as on the screens.
    expect(within(table).getByText(/Порядок:/).parentElement).toHaveTextContent('Порядок: 3')
    expect(within(table).getByText(/Направление:/).parentElement).toHaveTextContent(
      'Направление: Исходящая',
    )
    expect(within(table).getByText(/Окончание:/).parentElement).toHaveTextContent(
      '2 нояб. 2024 г. → 2 нояб. 2027 г.',
    )
    expect(table).not.toHaveTextContent(/draft|active|university|outgoing|AZ\b|2027-11-02/)
  })

  it('is linked from the settings', async () => {
    window.location.hash = '#/settings'
    await renderApp(<App initialSettings={settings} />, { answers: {} })
    expect(screen.getByRole('link', { name: 'Audit log' })).toHaveAttribute('href', '#/audit')
  })
})
