import { screen, waitFor, within } from '@testing-library/react'
import type { PartnerDetails } from '../../shared/contract/contract.ts'
import { fail, ok } from '../../shared/contract/result.ts'
import { App } from '../../renderer/app/App.tsx'
import { toasts } from '../../renderer/components/toasts.tsx'
import { contact, partnerDetails, settings } from './fixtures.ts'
import { renderApp, type Answers } from './render-app.tsx'

// The toast queue is one per window: start each test with none left from the last.
beforeEach(() => toasts.clear())

async function openPartnerPage(answers: Answers) {
  window.location.hash = '#/partners/7'
  return renderApp(<App initialSettings={settings} />, { answers })
}

describe('partner page', () => {
  it('shows the partner and its contacts', async () => {
    const partner = partnerDetails({
      id: 7,
      city: 'Almaty',
      contacts: [contact({ fullName: 'Leyla Aliyeva', isPrimary: true, email: 'leyla@kaznu.kz' })],
    })
    const { api } = await openPartnerPage({ 'partners.get': ok(partner) })

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(partner.name)
    expect(screen.getByText('Kazakhstan (KZ)')).toBeInTheDocument()
    expect(screen.getByText('Almaty')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'leyla@kaznu.kz' })).toHaveAttribute(
      'href',
      'mailto:leyla@kaznu.kz',
    )
    expect(api.inputsOf('partners.get')).toEqual([{ id: 7 }])
  })

  it('saves an edit with the version it was read at', async () => {
    const partner = partnerDetails({ id: 7, version: 3, city: 'Almaty' })
    const { api, user } = await openPartnerPage({
      'partners.get': ok(partner),
      'partners.update': ok({ ...partner, city: 'Astana', version: 4 }),
    })

    await user.click(screen.getByRole('button', { name: 'Edit' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit partner' })
    expect(within(dialog).getByRole('combobox', { name: 'Country' })).toHaveValue('Kazakhstan')
    const city = within(dialog).getByRole('textbox', { name: /^City/ })
    await user.clear(city)
    await user.type(city, 'Astana')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('Changes saved.')).toBeInTheDocument()
    expect(api.inputsOf('partners.update')).toEqual([
      expect.objectContaining({
        id: 7,
        version: 3,
        name: partner.name,
        country: 'KZ',
        city: 'Astana',
      }),
    ])
    expect(screen.queryByRole('dialog', { name: 'Edit partner' })).not.toBeInTheDocument()
    expect(api.inputsOf('partners.get')).toHaveLength(2)
  })

  it('archives after confirmation and shows the archived notice', async () => {
    let current: PartnerDetails = partnerDetails({ id: 7 })
    const { api, user } = await openPartnerPage({
      'partners.get': () => ok(current),
      'partners.archive': () => {
        current = { ...current, archivedAt: '2026-04-01T12:00:00.000Z' }
        return ok(current)
      },
    })

    await user.click(screen.getByRole('button', { name: 'Archive' }))
    const confirm = screen.getByRole('alertdialog', { name: 'Archive this partner?' })
    await user.click(within(confirm).getByRole('button', { name: 'Archive' }))

    expect(await screen.findByText(`${current.name} archived.`)).toBeInTheDocument()
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Archived on .*2026\. It is hidden from lists until restored\.$/,
    )
    expect(api.inputsOf('partners.archive')).toEqual([{ id: 7 }])
    expect(screen.getByRole('button', { name: 'Restore' })).toBeInTheDocument()
    await waitFor(() =>
      expect(
        screen.queryByRole('alertdialog', { name: 'Archive this partner?' }),
      ).not.toBeInTheDocument(),
    )
  })

  it('says when the partner does not exist, without a retry', async () => {
    await openPartnerPage({ 'partners.get': fail('not_found', 'gone') })

    expect(screen.getByRole('alert')).toHaveTextContent('This partner does not exist.')
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: /All partners/ })).toHaveAttribute('href', '#/partners')
  })
})

describe('app shell', () => {
  it('"Skip to content" moves focus to the screen and keeps the route', async () => {
    window.location.hash = '#/settings'
    const { user } = await renderApp(<App initialSettings={settings} />, {
      answers: { 'app.info': ok({ version: '1.0.0', host: 'preview', dataDir: '/data' }) },
    })
    await user.click(screen.getByRole('link', { name: 'Skip to content' }))
    expect(window.location.hash).toBe('#/settings')
    expect(document.activeElement).toBe(document.getElementById('main'))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Settings')
  })
})
