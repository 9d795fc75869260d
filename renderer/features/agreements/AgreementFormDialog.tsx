import { Controller, useForm, useWatch, type FieldErrors } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { AgreementDetails } from '../../../shared/contract/contract.ts'
import { agreementInput, type AgreementData } from '../../../shared/agreements/agreement.ts'
import { agreementStates } from '../../../shared/agreements/status.ts'
import { agreementKinds } from '../../../shared/agreements/vocabulary.ts'
import { useApi } from '../../api/api-context.tsx'
import { CheckboxField } from '../../components/CheckboxField.tsx'
import { DateInput } from '../../components/DateInput.tsx'
import { DialogFrame } from '../../components/DialogFrame.tsx'
import { FormField } from '../../components/FormField.tsx'
import { FormShell, useFormSubmit } from '../../components/FormShell.tsx'
import { NumberInput } from '../../components/NumberInput.tsx'
import { SelectField } from '../../components/SelectField.tsx'
import { schemaResolver } from '../../components/form-errors.ts'
import {
  agreementInputOf,
  initialAgreementValues,
  type AgreementFormValues,
} from './agreement-form-values.ts'
import { PartnerLinks } from './PartnerLinks.tsx'

/** Every field a message can be placed on, partner rows included (an agreement has at most 50). */
const fieldNames = [
  ...Object.keys(initialAgreementValues()),
  ...Array.from({ length: 50 }, (_, index) => [
    `partners.${index}.partnerId`,
    `partners.${index}.contactId`,
  ]).flat(),
]

/** The message key on a field, wherever react-hook-form keeps it (nested paths for partners). */
function messageAt(errors: FieldErrors<AgreementFormValues>, path: string): string | undefined {
  const node = path
    .split('.')
    .reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], errors)
  const message =
    (node as { message?: unknown; root?: { message?: unknown } } | undefined)?.message ??
    (node as { root?: { message?: unknown } } | undefined)?.root?.message
  return typeof message === 'string' ? message : undefined
}

interface AgreementFormProps {
  /** The agreement being edited; or, with `asCopy`, the one a new agreement starts from. */
  source?: AgreementDetails
  asCopy?: boolean
  onClose: () => void
  onSaved: (agreement: AgreementDetails) => void
}

function AgreementForm({ source, asCopy = false, onClose, onSaved }: AgreementFormProps) {
  const { t } = useTranslation()
  const api = useApi()
  const editing = source !== undefined && !asCopy
  const { control, handleSubmit, setError, formState } = useForm<
    AgreementFormValues,
    unknown,
    AgreementData
  >({
    resolver: schemaResolver(agreementInput, agreementInputOf),
    defaultValues: initialAgreementValues(source, asCopy),
    mode: 'onTouched',
  })
  const autoRenew = useWatch({ control, name: 'autoRenew' })
  const { formError, onSubmit } = useFormSubmit({
    handleSubmit,
    setError,
    fieldNames,
    save: (data) =>
      editing
        ? api.call('agreements.update', { id: source.id, version: source.version, ...data })
        : api.call('agreements.create', data),
    onSaved,
  })
  const translated = (key: string | undefined) =>
    key ? t(`validation.${key}` as 'validation.required') : undefined
  const errorOf = (path: string) => translated(messageAt(formState.errors, path))

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
          name="reference"
          label={t('agreements.form.reference')}
          description={t('agreements.form.referenceHint')}
          isRequired
          autoFocus
        />
        <FormField control={control} name="title" label={t('agreements.form.title')} isRequired />
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <SelectField
              label={t('agreements.form.kind')}
              value={field.value}
              onChange={field.onChange}
              options={agreementKinds.map((kind) => ({
                id: kind,
                label: t(`agreements.kinds.${kind}`),
              }))}
            />
          )}
        />
        <Controller
          control={control}
          name="state"
          render={({ field }) => (
            <SelectField
              label={t('agreements.form.state')}
              value={field.value}
              onChange={field.onChange}
              options={agreementStates.map((state) => ({
                id: state,
                label: t(`agreements.status.${state}`),
              }))}
            />
          )}
        />
      </div>
      <Controller
        control={control}
        name="partners"
        render={({ field }) => (
          <PartnerLinks value={field.value} onChange={field.onChange} errorOf={errorOf} />
        )}
      />
      <div className="form-grid-3">
        {(['signedOn', 'startsOn', 'endsOn'] as const).map((name) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field }) => (
              <DateInput
                label={t(`agreements.form.${name}`)}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={name}
                {...(name === 'endsOn' ? { description: t('agreements.form.endsOnHint') } : {})}
                errorMessage={errorOf(name)}
              />
            )}
          />
        ))}
        <Controller
          control={control}
          name="noticeDays"
          render={({ field }) => (
            <NumberInput
              label={t('agreements.form.noticeDays')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              errorMessage={errorOf('noticeDays')}
            />
          )}
        />
        <div className="field field-inline">
          <Controller
            control={control}
            name="autoRenew"
            render={({ field }) => (
              <CheckboxField
                label={t('agreements.form.autoRenew')}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        </div>
        {autoRenew && (
          <Controller
            control={control}
            name="renewalTermMonths"
            render={({ field }) => (
              <NumberInput
                label={t('agreements.form.renewalTermMonths')}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                errorMessage={errorOf('renewalTermMonths')}
              />
            )}
          />
        )}
      </div>
      <div className="form-grid">
        <FormField control={control} name="unit" label={t('agreements.form.unit')} />
        <FormField control={control} name="coordinator" label={t('agreements.form.coordinator')} />
      </div>
      <FormField control={control} name="notes" label={t('agreements.form.notes')} multiline />
    </FormShell>
  )
}

export function AgreementFormDialog({
  isOpen,
  ...props
}: AgreementFormProps & { isOpen: boolean }) {
  const { t } = useTranslation()
  const title =
    props.source && !props.asCopy
      ? t('agreements.form.editTitle')
      : t('agreements.form.createTitle')
  return (
    <DialogFrame title={title} isOpen={isOpen} onClose={props.onClose} size="large">
      <AgreementForm {...props} />
    </DialogFrame>
  )
}
