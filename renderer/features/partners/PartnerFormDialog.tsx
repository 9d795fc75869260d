import { Controller, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { PartnerDetails } from '../../../shared/contract/contract.ts'
import {
  partnerInput,
  partnerKinds,
  type PartnerData,
  type PartnerInput,
  type PartnerKind,
} from '../../../shared/partners/partner.ts'
import { useApi } from '../../api/api-context.tsx'
import { CountryPicker } from '../../components/CountryPicker.tsx'
import { DialogFrame } from '../../components/DialogFrame.tsx'
import { FormField } from '../../components/FormField.tsx'
import { schemaResolver } from '../../components/form-errors.ts'
import { FormShell, useFormSubmit } from '../../components/FormShell.tsx'
import { SelectField } from '../../components/SelectField.tsx'
import { SimilarPartnersNotice } from './SimilarPartnersNotice.tsx'

type FormValues = Required<{ [K in keyof PartnerInput]: K extends 'kind' ? PartnerKind : string }>

const fieldNames = Object.keys(partnerInput.shape)

function initialValues(partner?: PartnerDetails): FormValues {
  return {
    name: partner?.name ?? '',
    nameNative: partner?.nameNative ?? '',
    kind: partner?.kind ?? 'university',
    country: partner?.country ?? '',
    city: partner?.city ?? '',
    website: partner?.website ?? '',
    erasmusCode: partner?.erasmusCode ?? '',
    schacCode: partner?.schacCode ?? '',
    nationalId: partner?.nationalId ?? '',
    notes: partner?.notes ?? '',
  }
}

interface PartnerFormProps {
  partner?: PartnerDetails
  onClose: () => void
  onSaved: (partner: PartnerDetails) => void
}

function PartnerForm({ partner, onClose, onSaved }: PartnerFormProps) {
  const { t } = useTranslation()
  const api = useApi()
  const { control, handleSubmit, setError, formState } = useForm<FormValues, unknown, PartnerData>({
    resolver: schemaResolver(partnerInput),
    defaultValues: initialValues(partner),
    mode: 'onTouched',
  })

  const [name, nameNative, country] = useWatch({ control, name: ['name', 'nameNative', 'country'] })
  const { formError, onSubmit } = useFormSubmit({
    handleSubmit,
    setError,
    fieldNames,
    save: (data) =>
      partner
        ? api.call('partners.update', { id: partner.id, version: partner.version, ...data })
        : api.call('partners.create', data),
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
          name="name"
          label={t('partners.form.name')}
          description={t('partners.form.nameHint')}
          isRequired
          autoFocus
        />
        <FormField
          control={control}
          name="nameNative"
          label={t('partners.form.nameNative')}
          description={t('partners.form.nameNativeHint')}
        />
        <Controller
          control={control}
          name="kind"
          render={({ field, fieldState }) => (
            <SelectField
              label={t('partners.form.kind')}
              value={field.value}
              onChange={field.onChange}
              options={partnerKinds.map((kind) => ({ id: kind, label: t(`partnerKinds.${kind}`) }))}
              errorMessage={
                fieldState.error
                  ? t(`validation.${fieldState.error.message}` as 'validation.required')
                  : undefined
              }
            />
          )}
        />
        <Controller
          control={control}
          name="country"
          render={({ field, fieldState }) => (
            <CountryPicker
              label={t('partners.form.country')}
              placeholder={t('partners.form.countryPlaceholder')}
              value={field.value || null}
              onChange={(code) => field.onChange(code ?? '')}
              onBlur={field.onBlur}
              isRequired
              errorMessage={
                fieldState.error
                  ? t(`validation.${fieldState.error.message}` as 'validation.required')
                  : undefined
              }
            />
          )}
        />
        <FormField control={control} name="city" label={t('partners.form.city')} />
        <FormField control={control} name="website" label={t('partners.form.website')} type="url" />
        <FormField control={control} name="erasmusCode" label={t('partners.form.erasmusCode')} />
        <FormField
          control={control}
          name="schacCode"
          label={t('partners.form.schacCode')}
          description={t('partners.form.schacHint')}
        />
        <FormField control={control} name="nationalId" label={t('partners.form.nationalId')} />
      </div>
      <FormField control={control} name="notes" label={t('partners.form.notes')} multiline />
      <SimilarPartnersNotice
        name={name}
        nameNative={nameNative}
        country={country}
        {...(partner ? { excludeId: partner.id } : {})}
      />
    </FormShell>
  )
}

export interface PartnerFormDialogProps extends PartnerFormProps {
  isOpen: boolean
}

/** Create a partner (no `partner`) or edit one. The dialog stays open with the input on any error. */
export function PartnerFormDialog({ isOpen, ...props }: PartnerFormDialogProps) {
  const { t } = useTranslation()
  return (
    <DialogFrame
      title={props.partner ? t('partners.form.editTitle') : t('partners.form.createTitle')}
      isOpen={isOpen}
      onClose={props.onClose}
      size="large"
    >
      <PartnerForm {...props} />
    </DialogFrame>
  )
}
