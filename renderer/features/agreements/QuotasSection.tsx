import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { Condition } from '../../../shared/agreements/conditions.ts'
import { academicYearLabel } from '../../../shared/agreements/academic-year.ts'
import { useFlowLabel } from './use-flow-label.ts'

export function QuotasSection({
  conditions,
  firstMonth,
  onEdit,
}: {
  conditions: Condition[]
  firstMonth: number
  onEdit: () => void
}) {
  const { t } = useTranslation()
  const flowLabel = useFlowLabel()
  const years = (condition: Condition) =>
    condition.firstYear === null && condition.lastYear === null
      ? '—'
      : `${condition.firstYear ? academicYearLabel(condition.firstYear, firstMonth) : '…'} – ${condition.lastYear ? academicYearLabel(condition.lastYear, firstMonth) : '…'}`
  return (
    <section className="card" aria-labelledby="quotas-title">
      <header className="card-header">
        <h2 id="quotas-title">{t('agreements.quotas.title')}</h2>
        <Button className="button" onPress={onEdit}>
          {t('agreements.quotas.edit')}
        </Button>
      </header>
      {conditions.length === 0 ? (
        <p className="empty">{t('agreements.quotas.empty')}</p>
      ) : (
        <div className="grid-scroll">
          <table className="grid-table" data-testid="quotas">
            <thead>
              <tr>
                <th scope="col">{t('agreements.mobility.flow')}</th>
                <th scope="col" className="numeric">
                  {t('agreements.quotas.places')}
                </th>
                <th scope="col" className="numeric">
                  {t('agreements.quotas.monthsPerPlace')}
                </th>
                <th scope="col" className="numeric">
                  {t('agreements.quotas.daysPerPlace')}
                </th>
                <th scope="col">{t('agreements.quotas.funding')}</th>
                <th scope="col">{t('agreements.quotas.language')}</th>
                <th scope="col">{t('agreements.quotas.isced')}</th>
                <th scope="col">{t('agreements.quotas.years')}</th>
              </tr>
            </thead>
            <tbody>
              {conditions.map((condition) => (
                <tr key={condition.id}>
                  <th scope="row">{flowLabel(condition)}</th>
                  <td className="numeric">{condition.placesPerYear}</td>
                  <td className="numeric">{condition.monthsPerPlace ?? ''}</td>
                  <td className="numeric">{condition.daysPerPlace ?? ''}</td>
                  <td>{condition.funding ? t(`agreements.fundings.${condition.funding}`) : ''}</td>
                  <td>{[condition.language, condition.cefr].filter(Boolean).join(', ')}</td>
                  <td>{condition.iscedCodes ?? ''}</td>
                  <td>{years(condition)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
