import { useState } from 'react'
import { Button, Form } from 'react-aria-components'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { contactFormSchema, type Contact, type ContactFormValues } from '../../../shared/partners/contact.ts'
import { useApi } from '../../api/api-context.tsx'
import { DialogFrame } from '../../components/DialogFrame.tsx'
import { FormField } from '../../components/FormField.tsx'
import { applyServerErrors, schemaResolver } from '../../components/form-errors.ts'

type FormValues = Required<{ [K in keyof ContactFormValues]: string }>
type ParsedValues = z.output<typeof contactFormSchema>

const fieldNames = Object.keys(contactFormSchema.shape)

interface ContactFormProps {
  partnerId: number
  contact?: Contact
  onClose: () => void
  onSaved: (contact: Contact) => void
}

function ContactForm({ partnerId, contact, onClose, onSaved }: ContactFormProps) {
  const { t } = useTranslation()
  const api = useApi()
  const [formError, setFormError] = useState<string>()
  const { control, handleSubmit, setError, formState } = useForm<FormValues, unknown, ParsedValues>({
    resolver: schemaResolver(contactFormSchema),
    defaultValues: {
      fullName: contact?.fullName ?? '',
      position: contact?.position ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      notes: contact?.notes ?? '',
    },
    mode: 'onTouched',
  })

  const save = async (data: ParsedValues) => {
    setFormError(undefined)
    const result = contact
      ? await api.call('contacts.update', { id: contact.id, version: contact.version, ...data })
      : await api.call('contacts.create', { partnerId, ...data })
    if (result.ok) return onSaved(result.value)
    const code = applyServerErrors(result.error, setError, fieldNames)
    setFormError(code ? t(`errors.${code}`) : t('validation.formHasErrors'))
  }

  return (
    <Form className="form" onSubmit={(event) => void handleSubmit(save, () => setFormError(t('validation.formHasErrors')))(event)} validationBehavior="aria">
      {formError && <div className="notice notice-error" role="alert">{formError}</div>}
      <div className="form-grid">
        <FormField control={control} name="fullName" label={t('contacts.fullName')} isRequired autoFocus />
        <FormField control={control} name="position" label={t('contacts.position')} />
        <FormField control={control} name="email" label={t('contacts.email')} type="email" />
        <FormField control={control} name="phone" label={t('contacts.phone')} type="tel" />
      </div>
      <FormField control={control} name="notes" label={t('contacts.notes')} multiline />
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </Form>
  )
}

export function ContactFormDialog({ isOpen, ...props }: ContactFormProps & { isOpen: boolean }) {
  const { t } = useTranslation()
  return (
    <DialogFrame title={props.contact ? t('contacts.editTitle') : t('contacts.addTitle')} isOpen={isOpen} onClose={props.onClose} size="large">
      <ContactForm {...props} />
    </DialogFrame>
  )
}
