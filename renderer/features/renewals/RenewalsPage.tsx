import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AgreementAction } from '../../../shared/agreements/actions.ts'
import { renewalGroups, type RenewalItem } from '../../../shared/renewals/renewals.ts'
import type { Settings } from '../../../shared/settings/settings.ts'
import { useApi } from '../../api/api-context.tsx'
import { useOperation } from '../../api/use-operation.ts'
import { downloadCsv } from '../../components/download.ts'
import { ErrorNotice } from '../../components/ErrorNotice.tsx'
import { SelectField } from '../../components/SelectField.tsx'
import { notifyError, notifySuccess } from '../../components/toasts.tsx'
import { ActionDialog } from '../agreements/ActionDialog.tsx'
import { RenewalGroupSection } from './RenewalGroupSection.tsx'
import { renewalsCsv } from './renewals-csv.ts'
import { useRenewalsStatus } from './renewals-status.tsx'
import './renewals.css'

/** The look-ahead choices; the chosen one is kept as a setting. */
const horizons = [30, 60, 90, 180, 365] as const

export function RenewalsPage({
  settings,
  onSettingsChange,
}: {
  settings: Settings
  onSettingsChange: (settings: Settings) => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const status = useRenewalsStatus()
  const horizonDays = settings.renewalHorizonDays
  const { data, error, loading, reload } = useOperation('renewals.list', { horizonDays })
  const [pending, setPending] = useState<{ item: RenewalItem; action: AgreementAction } | null>(
    null,
  )

  const chooseHorizon = async (days: number) => {
    const result = await api.call('settings.update', { renewalHorizonDays: days })
    if (result.ok) onSettingsChange(result.value)
    else notifyError(t(`errors.${result.error.code}`))
  }
  const horizonOptions = [...new Set<number>([...horizons, horizonDays])]
    .sort((a, b) => a - b)
    .map((days) => ({ id: String(days), label: t('renewals.horizonDays', { count: days }) }))

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('renewals.title')}</h1>
          <p className="subtitle">{t('renewals.subtitle')}</p>
        </div>
        <div className="page-actions">
          <Button
            className="button"
            isDisabled={!data || data.items.length === 0}
            onPress={() => {
              if (!data) return
              const { header, rows } = renewalsCsv(data, t)
              downloadCsv('renewals', header, rows, settings.csvDelimiter)
            }}
          >
            {t('common.exportCsv')}
          </Button>
          <SelectField
            label={t('renewals.horizon')}
            value={String(horizonDays)}
            onChange={(days) => void chooseHorizon(Number(days))}
            options={horizonOptions}
          />
        </div>
      </header>
      {error && <ErrorNotice error={error} onRetry={reload} />}
      {!data && loading && <p className="loading">{t('common.loading')}</p>}
      {data &&
        renewalGroups.map((group) => (
          <RenewalGroupSection
            key={group}
            group={group}
            today={data.today}
            horizonDays={data.horizonDays}
            items={data.items.filter((item) => item.group === group)}
            onAction={(item, action) => setPending({ item, action })}
          />
        ))}
      {pending && (
        <ActionDialog
          agreement={pending.item}
          action={pending.action}
          onClose={() => setPending(null)}
          onDone={() => {
            const { item, action } = pending
            setPending(null)
            notifySuccess(
              t('renewals.recorded', {
                action: t(`agreements.actions.${action}`),
                reference: item.reference,
              }),
            )
            reload()
            status.refresh()
          }}
        />
      )}
    </div>
  )
}
