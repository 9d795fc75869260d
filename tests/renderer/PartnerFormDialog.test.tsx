import { screen, waitFor } from '@testing-library/react'
import { fail, ok } from '../../shared/contract/result.ts'
import { PartnerFormDialog } from '../../renderer/features/partners/PartnerFormDialog.tsx'
import { partnerDetails } from './fixtures.ts'
import { renderApp, type Answers } from './render-app.tsx'

async function openCreateDialog(answers: Answers = {}) {
  const onSaved = vi.fn()
  const onClose = vi.fn()
  const rendered = await renderApp(
    <PartnerFormDialog isOpen onClose={onClose} onSaved={onSaved} />,
    { answers },
  )
  return { ...rendered, onSaved, onClose }
}

const nameField = () => screen.getByRole('textbox', { name: 'Official name' })
const countryField = () => screen.getByRole('combobox', { name: 'Country' })
const save = () => screen.getByRole('button', { name: 'Save' })

async function chooseKazakhstan(user: Awaited<ReturnType<typeof openCreateDialog>>['user']) {
  await user.click(countryField())
  await user.type(countryField(), 'Kazakh')
  await user.click(await screen.findByRole('option', { name: /Kazakhstan/ }))
}

describe('PartnerFormDialog (create)', () => {
  it('refuses an empty name without calling the API', async () => {
    const { api, user } = await openCreateDialog()
    expect(screen.getByRole('dialog', { name: 'New partner' })).toBeInTheDocument()

    await user.click(save())

    await waitFor(() =>
      expect(nameField()).toHaveAccessibleDescription(
        expect.stringContaining('This field is required.'),
      ),
    )
    expect(nameField()).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the highlighted fields.')
    expect(api.inputsOf('partners.create')).toHaveLength(0)
  })

  it('creates a partner from the typed name and the chosen country', async () => {
    const created = partnerDetails({ id: 42, name: 'Al-Farabi Kazakh National University' })
    const { api, user, onSaved } = await openCreateDialog({ 'partners.create': ok(created) })

    await user.type(nameField(), '  Al-Farabi Kazakh National University ')
    await chooseKazakhstan(user)
    expect(countryField()).toHaveValue('Kazakhstan')
    await user.click(save())

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created))
    expect(api.inputsOf('partners.create')).toEqual([
      {
        name: 'Al-Farabi Kazakh National University',
        nameNative: null,
        kind: 'university',
        country: 'KZ',
        city: null,
        website: null,
        erasmusCode: null,
        schacCode: null,
        nationalId: null,
        notes: null,
      },
    ])
  })
})

describe('PartnerFormDialog (server errors)', () => {
  it("puts the server's field error on its field and keeps the input", async () => {
    const rejected = fail('validation', 'x', { fields: { name: 'too_long' } })
    const { api, user, onSaved } = await openCreateDialog({ 'partners.create': rejected })

    await user.type(nameField(), 'A very long name')
    await chooseKazakhstan(user)
    await user.type(screen.getByRole('textbox', { name: /^City/ }), 'Almaty')
    await user.click(save())

    await waitFor(() =>
      expect(nameField()).toHaveAccessibleDescription(
        expect.stringContaining('This text is too long.'),
      ),
    )
    expect(api.inputsOf('partners.create')).toHaveLength(1)
    expect(onSaved).not.toHaveBeenCalled()
    expect(screen.getByRole('dialog')).toBeInTheDocument()
    expect(nameField()).toHaveValue('A very long name')
    expect(countryField()).toHaveValue('Kazakhstan')
    expect(screen.getByRole('textbox', { name: /^City/ })).toHaveValue('Almaty')
  })

  it('shows a conflict above the form and keeps the input', async () => {
    const { user, onSaved } = await openCreateDialog({
      'partners.create': fail('conflict', 'stale'),
    })

    await user.type(nameField(), 'KazNU')
    await chooseKazakhstan(user)
    await user.click(save())

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone changed this record after you opened it.',
    )
    expect(onSaved).not.toHaveBeenCalled()
    expect(nameField()).toHaveValue('KazNU')
    expect(countryField()).toHaveValue('Kazakhstan')
  })
})
