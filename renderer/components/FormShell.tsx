import { useState, type FormEvent, type ReactNode } from 'react'
import { Button, Form } from 'react-aria-components'
import type { FieldValues, UseFormHandleSubmit, UseFormSetError } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Result } from '../../shared/contract/result.ts'
import { applyServerErrors } from './form-errors.ts'

interface SubmitOptions<Values extends FieldValues, Parsed, Saved> {
  handleSubmit: UseFormHandleSubmit<Values, Parsed>
  setError: UseFormSetError<Values>
  /** The form's field names, to place the main process's field errors. */
  fieldNames: readonly string[]
  save: (data: Parsed) => Promise<Result<Saved>>
  onSaved: (saved: Saved) => void
}

/**
 * Submits a form: checks it with its schema, saves, and on failure puts each message on its
 * field and a summary above the form. What the user typed is never cleared by a failure.
 */
export function useFormSubmit<Values extends FieldValues, Parsed, Saved>(
  options: SubmitOptions<Values, Parsed, Saved>,
) {
  const { t } = useTranslation()
  const [formError, setFormError] = useState<string>()
  const invalid = () => setFormError(t('validation.formHasErrors'))
  const submit = async (data: Parsed) => {
    setFormError(undefined)
    const result = await options.save(data)
    if (result.ok) return options.onSaved(result.value)
    const code = applyServerErrors(result.error, options.setError, options.fieldNames)
    setFormError(code ? t(`errors.${code}`) : t('validation.formHasErrors'))
  }
  return {
    formError,
    onSubmit: (event: FormEvent<HTMLFormElement>) =>
      void options.handleSubmit(submit, invalid)(event),
  }
}

export interface FormShellProps {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
  formError: string | undefined
  isSubmitting: boolean
  onCancel: () => void
  children: ReactNode
}

/** A dialog form's frame: the error summary, the fields, Cancel and Save. */
export function FormShell({
  onSubmit,
  formError,
  isSubmitting,
  onCancel,
  children,
}: FormShellProps) {
  const { t } = useTranslation()
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {formError && (
        <div className="notice notice-error" role="alert">
          {formError}
        </div>
      )}
      {children}
      <div className="dialog-actions">
        <Button className="button" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </Form>
  )
}
