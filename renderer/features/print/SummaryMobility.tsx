import { useTranslation } from 'react-i18next'
import type { AgreementDetails } from '../../../shared/contract/contract.ts'
import { academicYearLabel } from '../../../shared/agreements/academic-year.ts'
import { actualFor, flowKey, flowsOf, quotaFor } from '../agreements/mobility-grid.ts'

/**
 * One academic year's promise against what happened, per direction, mobility type and level:
 * the question a partner visit is about. Earlier years are on the agreement's screen.
 */
export function SummaryMobility({
  agreement,
  academicYear,
  firstMonth,
}: {
  agreement: AgreementDetails
  academicYear: number
  firstMonth: number
}) {
  const { t } = useTranslation()
  const year = academicYearLabel(academicYear, firstMonth)
  const rows = flowsOf(agreement.conditions, agreement.counts)
    .map((flow) => ({
      flow,
      quota: quotaFor(agreement.conditions, flow, academicYear),
      actual: actualFor(agreement.counts, flow, academicYear),
    }))
    .filter((row) => row.quota > 0 || row.actual > 0)
  const total = (pick: (row: (typeof rows)[number]) => number) =>
    rows.reduce((sum, row) => sum + pick(row), 0)

  return (
    <section aria-labelledby="summary-mobility">
      <h2 id="summary-mobility">{t('print.summary.mobility', { year })}</h2>
      {rows.length === 0 ? (
        <p className="print-aside">{t('print.summary.noMobility', { year })}</p>
      ) : (
        <table className="print-table" data-testid="summary-mobility">
          <thead>
            <tr>
              <th scope="col">{t('agreements.quotas.direction')}</th>
              <th scope="col">{t('agreements.quotas.mobilityType')}</th>
              <th scope="col">{t('agreements.quotas.level')}</th>
              <th scope="col" className="numeric">
                {t('print.summary.places')}
              </th>
              <th scope="col" className="numeric">
                {t('agreements.mobility.people')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ flow, quota, actual }) => (
              <tr key={flowKey(flow)}>
                <td>{t(`agreements.directions.${flow.direction}`)}</td>
                <td>{t(`agreements.mobilityTypes.${flow.mobilityType}`)}</td>
                <td>{flow.level ? t(`agreements.levels.${flow.level}`) : t('common.none')}</td>
                <td className="numeric">{quota}</td>
                <td className={`numeric ${quota > 0 && actual > quota ? 'print-over' : ''}`}>
                  {actual}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('print.summary.total')}
              </th>
              <td className="numeric">{total((row) => row.quota)}</td>
              <td className="numeric">{total((row) => row.actual)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  )
}
