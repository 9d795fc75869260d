import { screen, waitFor } from '@testing-library/react'
import { ok } from '../../shared/contract/result.ts'
import { ContactFormDialog } from '../../renderer/features/partners/ContactFormDialog.tsx'
import { contact } from './fixtures.ts'
import { renderApp, type Answers } from './render-app.tsx'

async function openContactDialog(answers: Answers = {}) {
  const onSaved = vi.fn()
  const rendered = await renderApp(
    <ContactFormDialog isOpen partnerId={7} onClose={vi.fn()} onSaved={onSaved} />,
    { answers },
  )
  return { ...rendered, onSaved }
}

const field = (name: RegExp) => screen.getByRole('textbox', { name })

describe('ContactFormDialog (create)', () => {
  it('refuses an invalid e-mail without calling the API', async () => {
    const { api, user, onSaved } = await openContactDialog()

    await user.type(field(/^Full name/), 'Leyla Aliyeva')
    await user.type(field(/^E-mail/), 'leyla@')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() =>
      expect(field(/^E-mail/)).toHaveAccessibleDescription(
        'Enter a valid e-mail address, such as name@university.edu.',
      ),
    )
    expect(field(/^E-mail/)).toHaveValue('leyla@')
    expect(api.inputsOf('contacts.create')).toHaveLength(0)
    expect(onSaved).not.toHaveBeenCalled()
  })

  it("adds a contact to the dialog's partner", async () => {
    const saved = contact({ email: 'leyla@kaznu.kz' })
    const { api, user, onSaved } = await openContactDialog({ 'contacts.create': ok(saved) })

    await user.type(field(/^Full name/), 'Leyla Aliyeva')
    await user.type(field(/^Position/), 'Head of mobility')
    await user.type(field(/^E-mail/), 'leyla@kaznu.kz')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved))
    expect(api.inputsOf('contacts.create')).toEqual([
      {
        partnerId: 7,
        fullName: 'Leyla Aliyeva',
        position: 'Head of mobility',
        email: 'leyla@kaznu.kz',
        phone: null,
        notes: null,
      },
    ])
  })
})
