import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgreementDetails } from '../../../shared/contract/contract.ts'
import { countsSaveInput } from '../../../shared/agreements/counts.ts'
import { useApi } from '../../api/api-context.tsx'
import { DialogFrame } from '../../components/DialogFrame.tsx'
import { NumberInput } from '../../components/NumberInput.tsx'
import { SelectField } from '../../components/SelectField.tsx'
import { FormShell } from '../../components/FormShell.tsx'
import { fieldErrorsOf } from '../../../shared/contract/field-errors.ts'
import { actualFor, flowKey, quotaFor, type Flow } from './mobility-grid.ts'
import { useFlowLabel } from './use-flow-label.ts'

interface CountsFormProps {
  agreement: AgreementDetails
  flows: Flow[]
  years: number[]
  initialYear: number
  yearLabel: (year: number) => string
  onClose: () => void
  onSaved: (agreement: AgreementDetails, year: number) => void
}

/** One academic year's counts, a number per flow; the quota is shown beside each. */
function CountsForm({
  agreement,
  flows,
  years,
  initialYear,
  yearLabel,
  onClose,
  onSaved,
}: CountsFormProps) {
  const { t } = useTranslation()
  const api = useApi()
  const flowLabel = useFlowLabel()
  const [year, setYear] = useState(initialYear)
  const [people, setPeople] = useState<Record<string, number>>(() =>
    Object.fromEntries(
      flows.map((flow) => [flowKey(flow), actualFor(agreement.counts, flow, initialYear)]),
    ),
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string>()
  const [saving, setSaving] = useState(false)

  const chooseYear = (next: number) => {
    setYear(next)
    setPeople(
      Object.fromEntries(
        flows.map((flow) => [flowKey(flow), actualFor(agreement.counts, flow, next)]),
      ),
    )
    setErrors({})
  }

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const input = {
      id: agreement.id,
      version: agreement.version,
      academicYear: year,
      rows: flows.map((flow) => ({ ...flow, people: people[flowKey(flow)] ?? NaN })),
    }
    const checked = countsSaveInput.safeParse(input)
    const fields = checked.success ? {} : fieldErrorsOf(checked.error)
    setErrors(fields)
    if (!checked.success) return setFormError(t('validation.formHasErrors'))
    setSaving(true)
    const result = await api.call('agreements.saveCounts', input)
    setSaving(false)
    if (result.ok) return onSaved(result.value, year)
    setErrors(result.error.details?.fields ?? {})
    setFormError(t(`errors.${result.error.code}`))
  }

  return (
    <FormShell
      onSubmit={(event) => void submit(event)}
      formError={formError}
      isSubmitting={saving}
      onCancel={onClose}
    >
      <SelectField
        label={t('agreements.mobility.academicYear')}
        value={String(year)}
        onChange={(value) => chooseYear(Number(value))}
        options={years.map((option) => ({ id: String(option), label: yearLabel(option) }))}
      />
      <table className="grid-table">
        <thead>
          <tr>
            <th scope="col">{t('agreements.mobility.flow')}</th>
            <th scope="col">{t('agreements.quotas.places')}</th>
            <th scope="col">{t('agreements.mobility.people')}</th>
          </tr>
        </thead>
        <tbody>
          {flows.map((flow, index) => {
            const key = flowKey(flow)
            const errorKey = errors[`rows.${index}.people`]
            return (
              <tr key={key}>
                <th scope="row">{flowLabel(flow)}</th>
                <td className="numeric">{quotaFor(agreement.conditions, flow, year)}</td>
                <td>
                  <NumberInput
                    label={`${flowLabel(flow)}: ${t('agreements.mobility.people')}`}
                    hideLabel
                    value={people[key] ?? NaN}
                    onChange={(value) => setPeople((current) => ({ ...current, [key]: value }))}
                    errorMessage={
                      errorKey ? t(`validation.${errorKey}` as 'validation.required') : undefined
                    }
                  />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </FormShell>
  )
}

export function CountsDialog({ isOpen, ...props }: CountsFormProps & { isOpen: boolean }) {
  const { t } = useTranslation()
  return (
    <DialogFrame
      title={`${t('agreements.mobility.dialogTitle')}: ${props.agreement.reference}`}
      isOpen={isOpen}
      onClose={props.onClose}
      size="large"
    >
      <CountsForm {...props} />
    </DialogFrame>
  )
}
