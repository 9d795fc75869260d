import { useTranslation } from 'react-i18next'
import { academicYearLabel } from '../../../shared/agreements/academic-year.ts'
import type { Dashboard } from '../../../shared/dashboard/dashboard.ts'
import { parseIsoDate } from '../../../shared/dates.ts'
import { useOperation } from '../../api/use-operation.ts'
import { ErrorNotice } from '../../components/ErrorNotice.tsx'
import { CountryChart } from './CountryChart.tsx'
import { DashboardTiles } from './DashboardTiles.tsx'
import { FlowsChart } from './FlowsChart.tsx'
import { MobilityTable } from './MobilityTable.tsx'
import { RecentActivity } from './RecentActivity.tsx'
import './dashboard.css'

/** The first screen of the day: the headline figures, this year's mobility and what changed lately. */
export function DashboardPage() {
  const { t, i18n } = useTranslation()
  const { data, error, reload } = useOperation('dashboard.get', {})
  // The settings' first month is not sent along; the year's first day says it.
  const startMonth = data ? Number(data.yearFrom.slice(5, 7)) : 1
  const year = data ? academicYearLabel(data.academicYear, startMonth) : ''

  return (
    <div className="page dashboard">
      <header className="page-header">
        <div>
          <h1>{t('dashboard.title')}</h1>
          {data && (
            <p className="subtitle">
              {t('dashboard.subtitle', {
                date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full' }).format(
                  parseIsoDate(data.today),
                ),
                year,
              })}
            </p>
          )}
        </div>
      </header>
      {error ? (
        <ErrorNotice error={error} onRetry={reload} />
      ) : data ? (
        <DashboardBody dashboard={data} year={year} startMonth={startMonth} />
      ) : (
        <p className="loading" aria-busy="true">
          {t('common.loading')}
        </p>
      )}
    </div>
  )
}

function DashboardBody({
  dashboard,
  year,
  startMonth,
}: {
  dashboard: Dashboard
  year: string
  startMonth: number
}) {
  return (
    <>
      <DashboardTiles dashboard={dashboard} />
      <div className="dashboard-grid">
        <MobilityTable figures={dashboard.mobility} year={year} />
        <FlowsChart flows={dashboard.flows} startMonth={startMonth} />
        <CountryChart figures={dashboard.byCountry} year={year} />
      </div>
      <RecentActivity items={dashboard.recent} />
    </>
  )
}
