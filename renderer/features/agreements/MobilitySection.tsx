import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AgreementDetails } from '../../../shared/contract/contract.ts'
import type { Settings } from '../../../shared/settings/settings.ts'
import { academicYearLabel, academicYearOf } from '../../../shared/agreements/academic-year.ts'
import { todayIso } from '../../../shared/dates.ts'
import { notifySuccess } from '../../components/toasts.tsx'
import { CountsDialog } from './CountsDialog.tsx'
import { actualFor, flowsOf, gridYears, quotaFor } from './mobility-grid.ts'
import { useFlowLabel } from './use-flow-label.ts'

/** Quota against actual for each flow and academic year; a year's counts are entered in a dialog. */
export function MobilitySection({
  agreement,
  settings,
  onChanged,
}: {
  agreement: AgreementDetails
  settings: Settings
  onChanged: (agreement: AgreementDetails) => void
}) {
  const { t } = useTranslation()
  const flowLabel = useFlowLabel()
  const [entering, setEntering] = useState(false)
  const firstMonth = settings.academicYearStartMonth
  const currentYear = academicYearOf(todayIso(), firstMonth)
  const flows = flowsOf(agreement.conditions, agreement.counts)
  const years = gridYears(agreement.conditions, agreement.counts, currentYear)
  const label = (year: number) => academicYearLabel(year, firstMonth)
  return (
    <section className="card" aria-labelledby="mobility-title">
      <header className="card-header">
        <h2 id="mobility-title">{t('agreements.mobility.title')}</h2>
        {flows.length > 0 && (
          <Button className="button" onPress={() => setEntering(true)}>
            {t('agreements.mobility.enter')}
          </Button>
        )}
      </header>
      {flows.length === 0 ? (
        <p className="empty">{t('agreements.mobility.empty')}</p>
      ) : (
        <div className="grid-scroll">
          <table className="grid-table" data-testid="mobility-grid">
            <thead>
              <tr>
                <th scope="col">{t('agreements.mobility.flow')}</th>
                {years.map((year) => (
                  <th scope="col" key={year} className="numeric">
                    {label(year)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {flows.map((flow) => (
                <tr key={flowLabel(flow)}>
                  <th scope="row">{flowLabel(flow)}</th>
                  {years.map((year) => {
                    const actual = actualFor(agreement.counts, flow, year)
                    const quota = quotaFor(agreement.conditions, flow, year)
                    const over = quota > 0 && actual > quota
                    return (
                      <td key={year} className={`numeric ${over ? 'over-quota' : ''}`}>
                        {quota > 0
                          ? t('agreements.mobility.ofQuota', { actual, quota })
                          : actual || '·'}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {entering && (
        <CountsDialog
          isOpen
          agreement={agreement}
          flows={flows}
          years={[...new Set([...years, currentYear + 1])].sort()}
          initialYear={currentYear}
          yearLabel={label}
          onClose={() => setEntering(false)}
          onSaved={(saved, year) => {
            setEntering(false)
            notifySuccess(t('agreements.mobility.saved', { year: label(year) }))
            onChanged(saved)
          }}
        />
      )}
    </section>
  )
}
