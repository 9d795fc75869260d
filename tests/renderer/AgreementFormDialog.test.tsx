import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import type { PartnerListInput } from '../../shared/partners/partner.ts'
import { fail, ok } from '../../shared/contract/result.ts'
import { AgreementFormDialog } from '../../renderer/features/agreements/AgreementFormDialog.tsx'
import { agreementDetails } from './agreement-fixtures.ts'
import { contact, partnerDetails, partnerSummary } from './fixtures.ts'
import { renderApp, type Answers } from './render-app.tsx'

const kaznu = partnerSummary({ id: 7, name: 'Al-Farabi Kazakh National University' })
const ada = partnerSummary({ id: 8, name: 'ADA University', country: 'AZ' })

/** The partner search answers by name, as the main process does. */
const partnerSearch = (input: PartnerListInput) =>
  ok(
    [kaznu, ada].filter((partner) =>
      partner.name.toLowerCase().includes((input.query ?? '').toLowerCase()),
    ),
  )

async function openCreateDialog(answers: Answers = {}) {
  const onSaved = vi.fn()
  const onClose = vi.fn()
  const rendered = await renderApp(
    <AgreementFormDialog isOpen onClose={onClose} onSaved={onSaved} />,
    {
      answers: {
        'partners.list': partnerSearch,
        'partners.get': ok(partnerDetails({ id: 7, name: kaznu.name })),
        ...answers,
      },
    },
  )
  return { ...rendered, onSaved, onClose }
}

const referenceField = () => screen.getByRole('textbox', { name: 'Reference number' })
const titleField = () => screen.getByRole('textbox', { name: 'Title' })
const save = () => screen.getByRole('button', { name: 'Save' })
/** What a date field holds, as its form value (the hidden input a DatePicker keeps). */
const dateValue = (name: string) =>
  document.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value

/** Types a date into a DatePicker's segments, month first as in English: "09012026". */
async function typeDate(user: UserEvent, label: string, digits: string) {
  await user.click(screen.getByRole('spinbutton', { name: `month, ${label}` }))
  await user.keyboard(digits)
}

/**
 * The partner search box. It has both an aria-label and a visible label, which React Aria joins:
 * it is announced as "Add a partner Add a partner", so only the start of the name is matched.
 */
const partnerSearchBox = () => screen.getByRole('searchbox', { name: /^Add a partner/ })

/**
 * Types into the partner search. Not with user-event: React Aria moves virtual focus into the
 * matches from an effect, dispatching a blur on the box, and user-event answers a blur of a box
 * it typed into with a `change` event inside act(), which React refuses while it is rendering.
 */
function searchPartners(text: string) {
  fireEvent.change(partnerSearchBox(), { target: { value: text } })
}

async function addPartner(user: UserEvent, search: string, name: RegExp) {
  searchPartners(search)
  const matches = await screen.findByRole('listbox', { name: 'Add a partner' })
  await user.click(await within(matches).findByRole('option', { name }))
}

describe('AgreementFormDialog (create)', () => {
  it('refuses an empty form without calling the API', async () => {
    const { api, user } = await openCreateDialog()
    expect(screen.getByRole('dialog', { name: 'New agreement' })).toBeInTheDocument()

    await user.click(save())

    await waitFor(() =>
      expect(referenceField()).toHaveAccessibleDescription(
        expect.stringContaining('This field is required.'),
      ),
    )
    expect(titleField()).toHaveAccessibleDescription(
      expect.stringContaining('This field is required.'),
    )
    expect(referenceField()).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('Choose at least one partner.')).toBeInTheDocument()
    expect(screen.getByText('Please correct the highlighted fields.')).toBeInTheDocument()
    expect(api.inputsOf('agreements.create')).toHaveLength(0)
  })

  it('refuses an end date before the start date', async () => {
    const { api, user } = await openCreateDialog()

    await user.type(referenceField(), 'AGR-2026-001')
    await user.type(titleField(), 'Student exchange')
    await addPartner(user, 'farabi', /Al-Farabi/)
    await typeDate(user, 'Starts on', '09012026')
    await typeDate(user, 'Ends on', '08312026')
    await user.click(save())

    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Ends on' })).toHaveAccessibleDescription(
        expect.stringContaining('The end date cannot be before the start date.'),
      ),
    )
    expect(screen.queryByText('Choose at least one partner.')).not.toBeInTheDocument()
    expect(api.inputsOf('agreements.create')).toHaveLength(0)
  })

  it('creates an agreement with its partner and ISO dates', async () => {
    const created = agreementDetails({ id: 11 })
    const { api, user, onSaved } = await openCreateDialog({ 'agreements.create': ok(created) })

    await user.type(referenceField(), ' AGR-2026-001 ')
    await user.type(titleField(), 'Student exchange')
    await addPartner(user, 'farabi', /Al-Farabi/)
    expect(screen.getByText('Al-Farabi Kazakh National University')).toBeInTheDocument()
    await waitFor(() =>
      expect(screen.queryByRole('listbox', { name: 'Add a partner' })).not.toBeInTheDocument(),
    )
    await typeDate(user, 'Starts on', '09012026')
    await typeDate(user, 'Ends on', '08312031')
    expect(dateValue('startsOn')).toBe('2026-09-01')
    await user.click(save())

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created))
    expect(api.inputsOf('partners.list')).toContainEqual({ query: 'farabi' })
    expect(api.inputsOf('partners.get')).toContainEqual({ id: 7 })
    expect(api.inputsOf('agreements.create')).toEqual([
      {
        reference: 'AGR-2026-001',
        title: 'Student exchange',
        kind: 'student_exchange',
        state: 'active',
        signedOn: null,
        startsOn: '2026-09-01',
        endsOn: '2031-08-31',
        autoRenew: false,
        renewalTermMonths: null,
        noticeDays: 180,
        unit: null,
        coordinator: null,
        notes: null,
        partners: [{ partnerId: 7, contactId: null }],
      },
    ])
  })

  it('asks for a renewal term when the agreement renews itself', async () => {
    const { api, user } = await openCreateDialog()

    await user.type(referenceField(), 'AGR-2026-002')
    await user.type(titleField(), 'Framework')
    await addPartner(user, 'ada', /ADA University/)
    await typeDate(user, 'Ends on', '08312031')
    await user.click(screen.getByRole('checkbox', { name: 'Renews itself unless notice is given' }))
    await user.click(save())

    expect(
      await screen.findByText(
        'An agreement that renews itself needs an end date and a renewal term.',
      ),
    ).toBeInTheDocument()
    expect(api.inputsOf('agreements.create')).toHaveLength(0)
  })
})

describe('AgreementFormDialog (partners)', () => {
  it('adds a match with the arrow keys and Enter, and never offers a linked partner twice', async () => {
    const { api, user } = await openCreateDialog()

    await user.click(partnerSearchBox())
    searchPartners('university')
    const matches = await screen.findByRole('listbox', { name: 'Add a partner' })
    await waitFor(() => expect(within(matches).getAllByRole('option')).toHaveLength(2))
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')

    expect(await screen.findByRole('button', { name: 'Remove ADA University' })).toBeInTheDocument()
    expect(partnerSearchBox()).toHaveValue('')
    await waitFor(() => expect(api.inputsOf('partners.get')).toEqual([{ id: 8 }]))

    searchPartners('university')
    const again = await screen.findByRole('listbox', { name: 'Add a partner' })
    await waitFor(() =>
      expect(
        within(again)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([expect.stringContaining('Al-Farabi')]),
    )

    await user.click(screen.getByRole('button', { name: 'Remove ADA University' }))
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument()
  })
})

describe('AgreementFormDialog (server errors)', () => {
  it('shows a taken reference on its field and keeps the input', async () => {
    const rejected = fail('validation', 'x', { fields: { reference: 'reference_taken' } })
    const { api, user, onSaved } = await openCreateDialog({ 'agreements.create': rejected })

    await user.type(referenceField(), 'AGR-2024-017')
    await user.type(titleField(), 'Joint degree')
    await addPartner(user, 'farabi', /Al-Farabi/)
    await typeDate(user, 'Starts on', '09012026')
    await user.click(save())

    await waitFor(() =>
      expect(referenceField()).toHaveAccessibleDescription(
        expect.stringContaining('Another agreement already has this reference.'),
      ),
    )
    expect(api.inputsOf('agreements.create')).toHaveLength(1)
    expect(onSaved).not.toHaveBeenCalled()
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(referenceField()).toHaveValue('AGR-2024-017')
    expect(titleField()).toHaveValue('Joint degree')
    expect(screen.getByText('Al-Farabi Kazakh National University')).toBeInTheDocument()
    expect(dateValue('startsOn')).toBe('2026-09-01')
  })
})

describe('AgreementFormDialog (edit)', () => {
  it('saves the edited agreement with its version and the chosen contact', async () => {
    const source = agreementDetails({
      id: 11,
      version: 4,
      reference: 'AGR-2026-001',
      title: 'Student exchange',
      partners: [
        {
          partnerId: 7,
          name: kaznu.name,
          nameNative: null,
          country: 'KZ',
          contactId: null,
          contactName: null,
        },
      ],
    })
    const withContacts = partnerDetails({
      id: 7,
      contacts: [contact({ id: 3, partnerId: 7, fullName: 'Leyla Aliyeva' })],
    })
    const onSaved = vi.fn()
    const { api, user } = await renderApp(
      <AgreementFormDialog isOpen source={source} onClose={() => {}} onSaved={onSaved} />,
      {
        answers: {
          'partners.list': partnerSearch,
          'partners.get': ok(withContacts),
          'agreements.update': ok(source),
        },
      },
    )
    expect(screen.getByRole('dialog', { name: 'Edit agreement' })).toBeInTheDocument()
    expect(referenceField()).toHaveValue('AGR-2026-001')
    expect(dateValue('endsOn')).toBe('2031-08-31')

    await user.click(screen.getByRole('button', { name: /Contact for this agreement/ }))
    await user.click(await screen.findByRole('option', { name: 'Leyla Aliyeva' }))
    await user.clear(titleField())
    await user.type(titleField(), 'Student and staff exchange')
    await user.click(save())

    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(api.inputsOf('agreements.update')).toEqual([
      expect.objectContaining({
        id: 11,
        version: 4,
        title: 'Student and staff exchange',
        startsOn: '2026-09-01',
        endsOn: '2031-08-31',
        partners: [{ partnerId: 7, contactId: 3 }],
      }),
    ])
  })
})
