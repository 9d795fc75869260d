import { screen, within } from '@testing-library/react'
import { ok } from '../../shared/contract/result.ts'
import { App } from '../../renderer/app/App.tsx'
import { agreementSummary } from './agreement-fixtures.ts'
import { partnerDetails, partnerSummary, settings } from './fixtures.ts'
import { renderApp, type Answers } from './render-app.tsx'

/** More rows than a screen's virtualised table keeps in the page at once. */
const agreements = Array.from({ length: 120 }, (_, index) =>
  agreementSummary({
    id: index + 1,
    reference: `AGR-${String(index + 1).padStart(3, '0')}`,
    partnerNames: index === 0 ? 'Сәтбаев университеті' : `Partner ${index + 1}`,
    status: 'active',
  }),
)
const partners = Array.from({ length: 90 }, (_, index) =>
  partnerSummary({
    id: index + 1,
    name: `University ${index + 1}`,
    nameNative: index === 0 ? 'Торайғыров университеті' : null,
    city: 'Pavlodar',
    primaryContact: index === 0 ? 'Жанар Омарова' : null,
    contactCount: index === 0 ? 2 : 0,
  }),
)

const answers: Answers = {
  'agreements.list': ok(agreements),
  'agreements.units': ok([]),
  'partners.list': ok(partners),
  'partners.get': ok(partnerDetails({ id: 7, name: 'Satbayev University' })),
  // The columns this person chose for the agreements list.
  'settings.getView': ok({ columns: ['reference', 'partners', 'status'], params: '' }),
  'settings.saveView': ok({ saved: true }),
}

async function open(hash: string) {
  window.location.hash = hash
  return renderApp(<App initialSettings={settings} />, { answers })
}

/** The printed table: a plain table, where the screen's list is a grid. */
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1)
const headers = () =>
  within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .map((header) => header.textContent)

describe('printable lists', () => {
  it('print every agreement the list shows, with its filters, order and columns', async () => {
    const { api } = await open(
      '#/agreements/print?status=active&partner=7&within=90&sort=reference&dir=desc',
    )

    expect(bodyRows()).toHaveLength(120)
    expect(bodyRows()[0]).toHaveTextContent('AGR-001Сәтбаев университетіActive')
    expect(headers()).toEqual(['Reference', 'Partners', 'Status'])
    expect(api.inputsOf('agreements.list')).toEqual([
      { status: 'active', partnerId: 7, endsWithinDays: 90, sort: 'reference', direction: 'desc' },
    ])
    expect(screen.getByRole('heading', { level: 1, name: 'Agreements' })).toBeInTheDocument()
    expect(screen.getByTestId('printed-filters')).toHaveTextContent(
      'Filters: Status: Active · Partner: Satbayev University · Ends within: 90 days — sorted by Reference, descending',
    )
    expect(screen.getByText('120 agreements')).toBeInTheDocument()
    expect(screen.getByText('Printed on', { exact: false })).toBeInTheDocument()
  })

  it('print every partner, filtered as on screen', async () => {
    const { api } = await open('#/partners/print?country=KZ&show=all&sort=city')

    expect(bodyRows()).toHaveLength(90)
    const first = bodyRows()[0]!
    expect(first).toHaveTextContent('University 1Торайғыров университеті')
    expect(first).toHaveTextContent('Жанар Омарова')
    expect(headers()).toEqual(['Name', 'Country', 'City', 'Type', 'Primary contact', 'Contacts'])
    expect(api.inputsOf('partners.list')).toEqual([
      { country: 'KZ', archived: 'all', sort: 'city', direction: 'asc' },
    ])
    expect(screen.getByTestId('printed-filters')).toHaveTextContent(
      'Filters: Country: Kazakhstan · Show: All — sorted by City, ascending',
    )
  })

  it('say so when nothing narrows the list', async () => {
    await open('#/partners/print')

    expect(screen.getByTestId('printed-filters')).toHaveTextContent(
      'No filters: the whole list — sorted by Name, ascending',
    )
  })

  it('open from the agreements list with its filters', async () => {
    const { user } = await open('#/agreements?status=active&sort=title')
    await screen.findByTestId('agreement-count')

    await user.click(screen.getByRole('button', { name: 'Print' }))

    expect(window.location.hash).toBe('#/agreements/print?status=active&sort=title')
    expect(await screen.findByTestId('printed-filters')).toHaveTextContent('Status: Active')
    expect(screen.getByRole('link', { name: /All agreements/ })).toHaveAttribute(
      'href',
      '#/agreements?status=active&sort=title',
    )
  })

  it('open from the partners list with its filters', async () => {
    const { user } = await open('#/partners?q=almaty&kind=university')
    await screen.findByTestId('partner-count')

    await user.click(screen.getByRole('button', { name: 'Print' }))

    expect(window.location.hash).toBe('#/partners/print?q=almaty&kind=university')
    expect(await screen.findByTestId('printed-filters')).toHaveTextContent(
      'Search text: “almaty” · Type: University',
    )
  })
})
