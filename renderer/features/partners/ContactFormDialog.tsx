import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import {
  contactFormSchema,
  type Contact,
  type ContactFormValues,
} from '../../../shared/partners/contact.ts'
import { useApi } from '../../api/api-context.tsx'
import { DialogFrame } from '../../components/DialogFrame.tsx'
import { FormField } from '../../components/FormField.tsx'
import { schemaResolver } from '../../components/form-errors.ts'
import { FormShell, useFormSubmit } from '../../components/FormShell.tsx'

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
  const { control, handleSubmit, setError, formState } = useForm<FormValues, unknown, ParsedValues>(
    {
      resolver: schemaResolver(contactFormSchema),
      defaultValues: {
        fullName: contact?.fullName ?? '',
        position: contact?.position ?? '',
        email: contact?.email ?? '',
        phone: contact?.phone ?? '',
        notes: contact?.notes ?? '',
      },
      mode: 'onTouched',
    },
  )

  const { formError, onSubmit } = useFormSubmit({
    handleSubmit,
    setError,
    fieldNames,
    save: (data) =>
      contact
        ? api.call('contacts.update', { id: contact.id, version: contact.version, ...data })
        : api.call('contacts.create', { partnerId, ...data }),
    onSaved,
  })

  return (
    <FormShell
      onSubmit={onSubmit}
      formError={formError}
      isSubmitting={formState.isSubmitting}
      onCancel={onClose}
    >
      <div className="form-grid">
        <FormField
          control={control}
          name="fullName"
          label={t('contacts.fullName')}
          isRequired
          autoFocus
        />
        <FormField control={control} name="position" label={t('contacts.position')} />
        <FormField control={control} name="email" label={t('contacts.email')} type="email" />
        <FormField control={control} name="phone" label={t('contacts.phone')} type="tel" />
      </div>
      <FormField control={control} name="notes" label={t('contacts.notes')} multiline />
    </FormShell>
  )
}

export function ContactFormDialog({ isOpen, ...props }: ContactFormProps & { isOpen: boolean }) {
  const { t } = useTranslation()
  return (
    <DialogFrame
      title={props.contact ? t('contacts.editTitle') : t('contacts.addTitle')}
      isOpen={isOpen}
      onClose={props.onClose}
      size="large"
    >
      <ContactForm {...props} />
    </DialogFrame>
  )
}
