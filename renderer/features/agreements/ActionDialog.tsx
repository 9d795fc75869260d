import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { Agreement } from '../../../shared/agreements/agreement.ts'
import type { AgreementDetails } from '../../../shared/contract/contract.ts'
import {
  actionMovesEnd,
  agreementActionInput,
  type AgreementAction,
} from '../../../shared/agreements/actions.ts'
import { addMonthsIso, todayIso } from '../../../shared/dates.ts'
import { useApi } from '../../api/api-context.tsx'
import { DateInput } from '../../components/DateInput.tsx'
import { DialogFrame } from '../../components/DialogFrame.tsx'
import { FormField } from '../../components/FormField.tsx'
import { FormShell, useFormSubmit } from '../../components/FormShell.tsx'
import { schemaResolver } from '../../components/form-errors.ts'

interface ActionValues {
  date: string
  newEndsOn: string
  note: string
}

/** What an action needs to know of the agreement: the renewals list has these too. */
export type ActionTarget = Pick<Agreement, 'id' | 'version' | 'reference' | 'startsOn' | 'endsOn'>

interface ActionFormProps {
  agreement: ActionTarget
  action: AgreementAction
  onClose: () => void
  onDone: (agreement: AgreementDetails) => void
}

/** A renewal proposes a term as long as the last one; an extension, one more year. */
function proposedEnd(agreement: ActionTarget, action: AgreementAction): string {
  if (!actionMovesEnd(action) || !agreement.endsOn) return ''
  const lastTermMonths =
    agreement.startsOn && action === 'renew'
      ? Math.max(
          12,
          Math.round(
            (Date.parse(agreement.endsOn) - Date.parse(agreement.startsOn)) / (30.44 * 86400000),
          ),
        )
      : 12
  return addMonthsIso(agreement.endsOn, lastTermMonths)
}

function ActionForm({ agreement, action, onClose, onDone }: ActionFormProps) {
  const { t } = useTranslation()
  const api = useApi()
  const { control, handleSubmit, setError, formState } = useForm<
    ActionValues,
    unknown,
    ReturnType<typeof agreementActionInput.parse>
  >({
    resolver: schemaResolver(agreementActionInput, (values) => ({
      id: agreement.id,
      version: agreement.version,
      action,
      ...values,
    })),
    defaultValues: { date: todayIso(), newEndsOn: proposedEnd(agreement, action), note: '' },
  })
  const { formError, onSubmit } = useFormSubmit({
    handleSubmit,
    setError,
    fieldNames: ['date', 'newEndsOn', 'note'],
    save: (data) => api.call('agreements.act', data),
    onSaved: onDone,
  })
  const errorOf = (key: string | undefined) =>
    key ? t(`validation.${key}` as 'validation.required') : undefined
  return (
    <FormShell
      onSubmit={onSubmit}
      formError={formError}
      isSubmitting={formState.isSubmitting}
      onCancel={onClose}
    >
      <div className="form-grid">
        <Controller
          control={control}
          name="date"
          render={({ field, fieldState }) => (
            <DateInput
              label={t('agreements.actions.date')}
              value={field.value}
              onChange={field.onChange}
              isRequired
              errorMessage={errorOf(fieldState.error?.message)}
            />
          )}
        />
        {actionMovesEnd(action) && (
          <Controller
            control={control}
            name="newEndsOn"
            render={({ field, fieldState }) => (
              <DateInput
                label={t('agreements.actions.newEndsOn')}
                value={field.value}
                onChange={field.onChange}
                isRequired
                errorMessage={errorOf(fieldState.error?.message)}
              />
            )}
          />
        )}
      </div>
      <FormField control={control} name="note" label={t('agreements.actions.note')} multiline />
    </FormShell>
  )
}

export function ActionDialog({
  action,
  ...props
}: Omit<ActionFormProps, 'action'> & { action: AgreementAction | null }) {
  const { t } = useTranslation()
  return (
    <DialogFrame
      title={action ? `${t(`agreements.actions.${action}`)}: ${props.agreement.reference}` : ''}
      isOpen={action !== null}
      onClose={props.onClose}
    >
      {action && <ActionForm {...props} action={action} />}
    </DialogFrame>
  )
}
