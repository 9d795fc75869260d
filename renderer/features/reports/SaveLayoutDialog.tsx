import { useRef, useState, type FormEvent } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError, Result } from '../../../shared/contract/result.ts'
import { layoutSaveInput, type ReportLayout } from '../../../shared/reports/layout.ts'
import { DialogFrame } from '../../components/DialogFrame.tsx'
import { TextInput } from '../../components/TextInput.tsx'
import { notifyError } from '../../components/toasts.tsx'

/**
 * "Save as…": asks for the new layout's name. A name another layout has is refused by the back
 * end (names are compared ignoring case); that refusal is shown on the field.
 */
export function SaveLayoutDialog({
  isOpen,
  onClose,
  onSave,
}: {
  isOpen: boolean
  onClose: () => void
  onSave: (name: string) => Promise<Result<ReportLayout>>
}) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [errorKey, setErrorKey] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const nameInput = useRef<HTMLInputElement & HTMLTextAreaElement>(null)

  const close = () => {
    setName('')
    setErrorKey(undefined)
    onClose()
  }
  const showError = (error: AppError) => {
    const fieldError = error.details?.fields?.name
    if (fieldError) setErrorKey(fieldError)
    else notifyError(t(`errors.${error.code}`))
    // The Save button lost focus while it was disabled; without focus inside the dialog, Escape
    // would not reach it. Back to the name, which is what needs changing.
    nameInput.current?.focus()
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    // The shared schema's rule for names, so an empty or overlong name never leaves the dialog.
    const checked = layoutSaveInput.shape.name.safeParse(name)
    if (!checked.success) return setErrorKey(checked.error.issues[0]?.message ?? 'invalid_value')
    setBusy(true)
    const result = await onSave(checked.data)
    setBusy(false)
    if (result.ok) close()
    else showError(result.error)
  }

  return (
    <DialogFrame title={t('reports.layout.saveAsTitle')} isOpen={isOpen} onClose={close}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          label={t('reports.layout.name')}
          value={name}
          onChange={(value) => {
            setName(value)
            setErrorKey(undefined)
          }}
          errorKey={errorKey}
          inputRef={nameInput}
          isRequired
          autoFocus
        />
        <div className="dialog-actions">
          <Button className="button" onPress={close} isDisabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" isDisabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </div>
      </form>
    </DialogFrame>
  )
}
