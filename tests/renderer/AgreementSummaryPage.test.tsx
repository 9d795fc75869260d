import { screen, waitFor, within } from '@testing-library/react'
import type { AgreementEvent } from '../../shared/agreements/actions.ts'
import type { AgreementDetails } from '../../shared/contract/contract.ts'
import { fail, ok } from '../../shared/contract/result.ts'
import { App } from '../../renderer/app/App.tsx'
import { toasts } from '../../renderer/components/toasts.tsx'
import { agreementDetails, condition, exchangeCount } from './agreement-fixtures.ts'
import { contact, partnerDetails, settings } from './fixtures.ts'
import { renderApp, type Answers } from './render-app.tsx'

// The academic year the summary reports is today's: 28 November 2026 is in 2026/2027.
beforeEach(() => {
  toasts.clear()
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 28, 12))
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const event = (id: number, changes: Partial<AgreementEvent> = {}): AgreementEvent => ({
  id,
  kind: 'amended',
  occurredOn: `2026-0${Math.min(id, 9)}-01`,
  note: `Amendment ${id}`,
  endsBefore: null,
  endsAfter: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  ...changes,
})

const agreement: AgreementDetails = agreementDetails({
  id: 11,
  reference: 'KZ-AZ/2026/412',
  title: 'Academic mobility of students and staff',
  coordinator: 'Aigerim Sadykova',
  unit: 'International Office',
  partners: [
    {
      partnerId: 7,
      name: 'Abai Kazakh National Pedagogical University',
      nameNative: 'Абай атындағы Қазақ ұлттық педагогикалық университеті',
      country: 'KZ',
      contactId: 3,
      contactName: 'Әсем Жұмабекова',
    },
    {
      partnerId: 8,
      name: 'Baku State University',
      nameNative: 'Bakı Dövlət Universiteti',
      country: 'AZ',
      contactId: null,
      contactName: null,
    },
  ],
  conditions: [
    condition({ id: 1, placesPerYear: 4, firstYear: 2025, lastYear: 2028 }),
    condition({
      id: 2,
      direction: 'incoming',
      mobilityType: 'staff_teaching',
      level: null,
      placesPerYear: 2,
    }),
  ],
  counts: [
    exchangeCount({ academicYear: 2026, people: 5 }),
    exchangeCount({ academicYear: 2025, people: 77 }),
    exchangeCount({
      academicYear: 2026,
      direction: 'incoming',
      mobilityType: 'staff_teaching',
      level: null,
      people: 1,
    }),
  ],
  // Newest first, as agreements.get returns them.
  events: [
    event(10, { kind: 'extended', endsBefore: '2030-08-31', endsAfter: '2031-08-31', note: null }),
    ...[9, 8, 7, 6, 5, 4, 3, 2].map((id) => event(id)),
    event(1, { kind: 'created', note: null }),
  ],
})

const partners: Record<number, ReturnType<typeof partnerDetails>> = {
  7: partnerDetails({
    id: 7,
    name: 'Abai Kazakh National Pedagogical University',
    city: 'Almaty',
    contacts: [
      contact({ id: 4, fullName: 'Primary Person', isPrimary: true }),
      contact({
        id: 3,
        fullName: 'Әсем Жұмабекова',
        position: 'Head of International Cooperation',
        email: 'a.zhumabekova@abaiuniversity.edu.kz',
        phone: '+7 727 291 57 33',
      }),
    ],
  }),
  8: partnerDetails({
    id: 8,
    name: 'Baku State University',
    country: 'AZ',
    city: 'Baku',
    contacts: [contact({ id: 5, partnerId: 8, fullName: 'Leyla Mammadova', isPrimary: true })],
  }),
}

const answers: Answers = {
  'agreements.get': ok(agreement),
  'partners.get': ({ id }) => (partners[id] ? ok(partners[id]) : fail('not_found', 'gone')),
  'print.savePdf': ok({
    saved: true,
    location: '/home/office/Documents/KZ-AZ-2026-412 summary.pdf',
  }),
}

async function openSummary(host: 'electron' | 'preview' = 'preview') {
  window.location.hash = '#/agreements/11/print'
  const rendered = await renderApp(<App initialSettings={settings} />, { answers, host })
  await screen.findByTestId('summary-partners')
  return rendered
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

describe('agreement summary for printing', () => {
  it('shows the agreement, each partner with its contact, and its dates', async () => {
    const { api } = await openSummary()

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('KZ-AZ/2026/412')
    expect(screen.getByText('Academic mobility of students and staff')).toBeInTheDocument()
    const [, abai, baku] = within(screen.getByTestId('summary-partners')).getAllByRole('row')
    expect(abai).toHaveTextContent('Абай атындағы Қазақ ұлттық педагогикалық университеті')
    expect(abai).toHaveTextContent('KazakhstanAlmaty')
    // The agreement's own contact, not the partner's primary one, with every way to reach her.
    expect(abai).toHaveTextContent('Әсем Жұмабекова')
    expect(abai).toHaveTextContent('Head of International Cooperation')
    expect(within(abai!).getByText('a.zhumabekova@abaiuniversity.edu.kz')).toBeInTheDocument()
    expect(within(abai!).getByText('+7 727 291 57 33')).toBeInTheDocument()
    expect(abai).not.toHaveTextContent('Primary Person')
    // No contact chosen for the agreement: the partner's primary contact.
    expect(baku).toHaveTextContent('Leyla Mammadova')
    expect(baku).toHaveTextContent('AzerbaijanBaku')
    expect(screen.getByText('Aigerim Sadykova')).toBeInTheDocument()
    expect(screen.getByText('Mar 4, 2031')).toBeInTheDocument() // notice by
    expect(api.inputsOf('partners.get')).toEqual([{ id: 7 }, { id: 8 }])
  })

  it("compares this academic year's quotas with the people exchanged", async () => {
    await openSummary()

    const table = screen.getByTestId('summary-mobility')
    expect(
      screen.getByRole('heading', { name: 'Quotas and people exchanged, 2026/2027' }),
    ).toBeInTheDocument()
    const [, outgoing, incoming, total] = within(table).getAllByRole('row')
    expect(cellsOf(outgoing!)).toEqual(['Outgoing', 'Student studies', 'Bachelor', '4', '5'])
    expect(within(outgoing!).getByText('5')).toHaveClass('print-over')
    expect(cellsOf(incoming!)).toEqual(['Incoming', 'Staff teaching', '—', '2', '1'])
    expect(within(total!).getByRole('rowheader')).toHaveTextContent('Total')
    expect(cellsOf(total!)).toEqual(['6', '6'])
    // Last year's 77 people belong to last year.
    expect(table).not.toHaveTextContent('77')
  })

  it('shows the eight newest events of the history', async () => {
    await openSummary()

    const rows = within(screen.getByTestId('summary-history')).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(8)
    expect(rows[0]).toHaveTextContent('Extended')
    expect(rows[0]).toHaveTextContent('End date Aug 31, 2030 → Aug 31, 2031')
    expect(rows[7]).toHaveTextContent('Amendment 3')
    expect(screen.getByRole('heading', { name: /Recent history/ })).toHaveTextContent(
      'the last 8 of 10',
    )
  })

  it("prints with the browser's Print, and offers no PDF saving in the preview", async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    const { user, api } = await openSummary('preview')

    await user.click(screen.getByRole('button', { name: 'Print' }))
    expect(print).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('button', { name: 'Save as PDF' })).not.toBeInTheDocument()
    expect(api.inputsOf('print.savePdf')).toEqual([])
  })

  it('saves a PDF in the desktop app and says where', async () => {
    const { user, api } = await openSummary('electron')

    await user.click(screen.getByRole('button', { name: 'Save as PDF' }))
    // The reference's slashes would name folders: they become dashes.
    await waitFor(() =>
      expect(api.inputsOf('print.savePdf')).toEqual([{ fileName: 'KZ-AZ-2026-412 summary.pdf' }]),
    )
    expect(
      await screen.findByText('Saved to /home/office/Documents/KZ-AZ-2026-412 summary.pdf'),
    ).toBeInTheDocument()
  })

  it('is opened from the agreement page and leads back to it', async () => {
    window.location.hash = '#/agreements/11'
    const { user } = await renderApp(<App initialSettings={settings} />, { answers })

    await user.click(screen.getByRole('button', { name: 'Print summary' }))
    await screen.findByTestId('summary-partners')
    expect(window.location.hash).toBe('#/agreements/11/print')
    expect(screen.getByRole('link', { name: /KZ-AZ\/2026\/412/ })).toHaveAttribute(
      'href',
      '#/agreements/11',
    )
  })
})
