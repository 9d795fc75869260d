import { Button } from 'react-aria-components'
import { Controller, useFieldArray, useForm, type Control, type FieldErrors } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { AgreementDetails } from '../../../shared/contract/contract.ts'
import { conditionsSaveInput, type Condition } from '../../../shared/agreements/conditions.ts'
import {
  cefrLevels,
  directions,
  fundings,
  mobilityTypes,
  studyLevels,
} from '../../../shared/agreements/vocabulary.ts'
import { useApi } from '../../api/api-context.tsx'
import { DialogFrame } from '../../components/DialogFrame.tsx'
import { FormShell, useFormSubmit } from '../../components/FormShell.tsx'
import { NumberInput } from '../../components/NumberInput.tsx'
import { SelectField } from '../../components/SelectField.tsx'
import { TextInput } from '../../components/TextInput.tsx'
import { schemaResolver } from '../../components/form-errors.ts'

/** A quota as the form holds it: choices as strings ('none' for nothing), numbers NaN while empty. */
interface QuotaRow {
  direction: string
  mobilityType: string
  level: string
  placesPerYear: number
  monthsPerPlace: number
  daysPerPlace: number
  funding: string
  language: string
  cefr: string
  iscedCodes: string
  firstYear: number
  lastYear: number
}

interface QuotasValues {
  conditions: QuotaRow[]
}

const none = 'none'
const orNull = (value: string) => (value === none ? null : value)
const numberOrNull = (value: number) => (Number.isNaN(value) ? null : value)

function toRow(condition?: Condition): QuotaRow {
  return {
    direction: condition?.direction ?? 'outgoing',
    mobilityType: condition?.mobilityType ?? 'student_studies',
    level: condition?.level ?? none,
    placesPerYear: condition?.placesPerYear ?? NaN,
    monthsPerPlace: condition?.monthsPerPlace ?? NaN,
    daysPerPlace: condition?.daysPerPlace ?? NaN,
    funding: condition?.funding ?? none,
    language: condition?.language ?? '',
    cefr: condition?.cefr ?? none,
    iscedCodes: condition?.iscedCodes ?? '',
    firstYear: condition?.firstYear ?? NaN,
    lastYear: condition?.lastYear ?? NaN,
  }
}

function toInput(row: QuotaRow) {
  return {
    ...row,
    level: orNull(row.level),
    funding: orNull(row.funding),
    cefr: orNull(row.cefr),
    monthsPerPlace: numberOrNull(row.monthsPerPlace),
    daysPerPlace: numberOrNull(row.daysPerPlace),
    firstYear: numberOrNull(row.firstYear),
    lastYear: numberOrNull(row.lastYear),
  }
}

function QuotaCard({
  index,
  control,
  errors,
  onRemove,
}: {
  index: number
  control: Control<QuotasValues, unknown, unknown>
  errors: FieldErrors<QuotasValues>
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const errorOf = (field: keyof QuotaRow) => {
    const key = errors.conditions?.[index]?.[field]?.message
    return key ? t(`validation.${key}` as 'validation.required') : undefined
  }
  const select = (
    field: 'direction' | 'mobilityType' | 'level' | 'funding' | 'cefr',
    label: string,
    options: Array<{ id: string; label: string }>,
  ) => (
    <Controller
      control={control}
      name={`conditions.${index}.${field}`}
      render={({ field: bound }) => (
        <SelectField
          label={label}
          value={bound.value}
          onChange={bound.onChange}
          options={options}
          errorMessage={errorOf(field)}
        />
      )}
    />
  )
  const number = (
    field: 'placesPerYear' | 'monthsPerPlace' | 'daysPerPlace' | 'firstYear' | 'lastYear',
    label: string,
  ) => (
    <Controller
      control={control}
      name={`conditions.${index}.${field}`}
      render={({ field: bound }) => (
        <NumberInput
          label={label}
          value={bound.value}
          onChange={bound.onChange}
          onBlur={bound.onBlur}
          errorMessage={errorOf(field)}
        />
      )}
    />
  )
  const text = (field: 'language' | 'iscedCodes', label: string) => (
    <Controller
      control={control}
      name={`conditions.${index}.${field}`}
      render={({ field: bound }) => (
        <TextInput
          label={label}
          value={bound.value}
          onChange={bound.onChange}
          onBlur={bound.onBlur}
          errorKey={errors.conditions?.[index]?.[field]?.message}
        />
      )}
    />
  )
  return (
    <li className="quota-card" data-testid="quota">
      <div className="form-grid-4">
        {select(
          'direction',
          t('agreements.quotas.direction'),
          directions.map((id) => ({ id, label: t(`agreements.directions.${id}`) })),
        )}
        {select(
          'mobilityType',
          t('agreements.quotas.mobilityType'),
          mobilityTypes.map((id) => ({ id, label: t(`agreements.mobilityTypes.${id}`) })),
        )}
        {select('level', t('agreements.quotas.level'), [
          { id: none, label: t('agreements.quotas.anyLevel') },
          ...studyLevels.map((id) => ({ id, label: t(`agreements.levels.${id}`) })),
        ])}
        {number('placesPerYear', t('agreements.quotas.places'))}
        {number('monthsPerPlace', t('agreements.quotas.monthsPerPlace'))}
        {number('daysPerPlace', t('agreements.quotas.daysPerPlace'))}
        {select('funding', t('agreements.quotas.funding'), [
          { id: none, label: t('agreements.quotas.noFunding') },
          ...fundings.map((id) => ({ id, label: t(`agreements.fundings.${id}`) })),
        ])}
        {select('cefr', t('agreements.quotas.cefr'), [
          { id: none, label: t('agreements.quotas.noCefr') },
          ...cefrLevels.map((id) => ({ id, label: id })),
        ])}
        {text('language', t('agreements.quotas.language'))}
        {text('iscedCodes', t('agreements.quotas.isced'))}
        {number('firstYear', t('agreements.quotas.firstYear'))}
        {number('lastYear', t('agreements.quotas.lastYear'))}
      </div>
      <Button className="button button-link" onPress={onRemove}>
        {t('agreements.quotas.remove')}
      </Button>
    </li>
  )
}

function QuotasForm({
  agreement,
  onClose,
  onSaved,
}: {
  agreement: AgreementDetails
  onClose: () => void
  onSaved: (agreement: AgreementDetails) => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const { control, handleSubmit, setError, formState } = useForm<
    QuotasValues,
    unknown,
    ReturnType<typeof conditionsSaveInput.parse>
  >({
    resolver: schemaResolver(conditionsSaveInput, (values) => ({
      id: agreement.id,
      version: agreement.version,
      conditions: values.conditions.map(toInput),
    })),
    defaultValues: { conditions: agreement.conditions.map(toRow) },
  })
  const { fields, append, remove } = useFieldArray({ control, name: 'conditions' })
  const { formError, onSubmit } = useFormSubmit({
    handleSubmit,
    setError,
    fieldNames: fields.flatMap((_, index) =>
      Object.keys(toRow()).map((field) => `conditions.${index}.${field}`),
    ),
    save: (data) => api.call('agreements.saveConditions', data),
    onSaved,
  })
  return (
    <FormShell
      onSubmit={onSubmit}
      formError={formError}
      isSubmitting={formState.isSubmitting}
      onCancel={onClose}
    >
      {fields.length === 0 && <p className="empty">{t('agreements.quotas.empty')}</p>}
      <ul className="quota-list">
        {fields.map((field, index) => (
          <QuotaCard
            key={field.id}
            index={index}
            control={control as Control<QuotasValues, unknown, unknown>}
            errors={formState.errors}
            onRemove={() => remove(index)}
          />
        ))}
      </ul>
      <div>
        <Button className="button" onPress={() => append(toRow())}>
          + {t('agreements.quotas.add')}
        </Button>
      </div>
    </FormShell>
  )
}

export function QuotasDialog({
  isOpen,
  ...props
}: {
  isOpen: boolean
  agreement: AgreementDetails
  onClose: () => void
  onSaved: (agreement: AgreementDetails) => void
}) {
  const { t } = useTranslation()
  return (
    <DialogFrame
      title={t('agreements.quotas.edit')}
      isOpen={isOpen}
      onClose={props.onClose}
      size="large"
    >
      <QuotasForm {...props} />
    </DialogFrame>
  )
}
