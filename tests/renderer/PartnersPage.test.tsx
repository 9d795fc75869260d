import { screen, waitFor, within } from '@testing-library/react'
import { ok } from '../../shared/contract/result.ts'
import type { PartnerSummary } from '../../shared/partners/partner.ts'
import { PartnersPage } from '../../renderer/features/partners/PartnersPage.tsx'
import { partnerSummary } from './fixtures.ts'
import { renderApp } from './render-app.tsx'

const kaznu = partnerSummary({
  id: 1,
  name: 'Al-Farabi Kazakh National University',
  country: 'KZ',
  city: 'Almaty',
  primaryContact: 'Leyla Aliyeva',
  contactCount: 3,
})
const ada = partnerSummary({
  id: 2,
  name: 'ADA University',
  country: 'AZ',
  city: 'Baku',
  kind: 'company',
})

const rowOf = (name: string) => {
  const row = screen.getByRole('rowheader', { name: new RegExp(name) }).closest('[role="row"]')
  if (!(row instanceof HTMLElement)) throw new Error(`No row for ${name}`)
  return row
}

describe('PartnersPage', () => {
  it('lists the partners with localised country names and a count', async () => {
    const { api } = await renderApp(<PartnersPage csvDelimiter="," />, {
      answers: { 'partners.list': ok([kaznu, ada]) },
    })

    expect(await screen.findByTestId('partner-count')).toHaveTextContent('2 partners')
    expect(within(rowOf('Al-Farabi')).getByText(/Kazakhstan/)).toBeInTheDocument()
    expect(within(rowOf('Al-Farabi')).getByText('Almaty')).toBeInTheDocument()
    expect(within(rowOf('Al-Farabi')).getByText('+2')).toBeInTheDocument()
    expect(within(rowOf('ADA University')).getByText(/Azerbaijan/)).toBeInTheDocument()
    expect(within(rowOf('ADA University')).getByText('Company')).toBeInTheDocument()
    expect(api.inputsOf('partners.list')).toEqual([
      { archived: 'active', sort: 'name', direction: 'asc' },
    ])
  })

  it('searches as the user types and keeps the query in the address', async () => {
    const list = (input: { query?: string }) =>
      ok<PartnerSummary[]>(input.query === 'baku' ? [ada] : [kaznu, ada])
    const { api, user } = await renderApp(<PartnersPage csvDelimiter="," />, {
      answers: { 'partners.list': list },
    })
    await screen.findByText('2 partners')

    await user.type(screen.getByRole('searchbox', { name: 'Search partners' }), 'baku')

    expect(await screen.findByText('1 partner')).toBeInTheDocument()
    expect(screen.queryByText('Al-Farabi Kazakh National University')).not.toBeInTheDocument()
    expect(api.inputsOf('partners.list').at(-1)).toEqual({
      query: 'baku',
      archived: 'active',
      sort: 'name',
      direction: 'asc',
    })
    expect(window.location.hash).toBe('#/partners?q=baku')
  })

  it('filters by country and opens a partner from its row', async () => {
    const { api, user } = await renderApp(<PartnersPage csvDelimiter="," />, {
      answers: { 'partners.list': ok([kaznu]) },
    })
    const country = screen.getByRole('combobox', { name: 'Country' })

    await user.click(country)
    await user.type(country, 'Kazakh')
    await user.click(await screen.findByRole('option', { name: /Kazakhstan/ }))

    await waitFor(() =>
      expect(api.inputsOf('partners.list').at(-1)).toMatchObject({ country: 'KZ' }),
    )
    expect(window.location.hash).toBe('#/partners?country=KZ')

    await user.click(screen.getByRole('rowheader', { name: /Al-Farabi/ }))
    expect(window.location.hash).toBe('#/partners/1')
  })

  it('says there are no partners yet when the list is empty and unfiltered', async () => {
    await renderApp(<PartnersPage csvDelimiter="," />, { answers: { 'partners.list': ok([]) } })

    expect(
      await screen.findByText('No partners yet. Add the first institution your office works with.'),
    ).toBeInTheDocument()
    expect(screen.getByTestId('partner-count')).toHaveTextContent('0 partners')
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
  })

  it('says no partner matches when filters are set, and clears them', async () => {
    window.location.hash = '#/partners?kind=ministry'
    const { api, user } = await renderApp(<PartnersPage csvDelimiter="," />, {
      answers: { 'partners.list': ok([]) },
    })

    expect(await screen.findByText('No partners match these filters.')).toBeInTheDocument()
    expect(api.inputsOf('partners.list')[0]).toMatchObject({ kind: 'ministry' })

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))

    await waitFor(() =>
      expect(api.inputsOf('partners.list').at(-1)).toEqual({
        archived: 'active',
        sort: 'name',
        direction: 'asc',
      }),
    )
    expect(await screen.findByText(/No partners yet/)).toBeInTheDocument()
  })

  it('shows an error with a retry when the list cannot be loaded', async () => {
    let attempts = 0
    const list = () =>
      ++attempts === 1
        ? { ok: false as const, error: { code: 'unavailable' as const, message: 'down' } }
        : ok([kaznu])
    const { user } = await renderApp(<PartnersPage csvDelimiter="," />, {
      answers: { 'partners.list': list },
    })

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Accord could not reach its database.',
    )
    await user.click(screen.getByRole('button', { name: 'Try again' }))

    expect(await screen.findByText('1 partner')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('PartnersPage in Russian', () => {
  it('has a Russian heading, Russian plurals and Russian country names', async () => {
    const five = [1, 2, 3, 4, 5].map((id) =>
      partnerSummary({ id, name: `Партнёр ${id}`, country: 'KZ' }),
    )
    await renderApp(<PartnersPage csvDelimiter="," />, {
      language: 'ru',
      answers: { 'partners.list': ok(five) },
    })

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Партнёры')
    expect(await screen.findByTestId('partner-count')).toHaveTextContent('5 партнёров')
    expect(within(rowOf('Партнёр 1')).getByText(/Казахстан/)).toBeInTheDocument()
  })
})
