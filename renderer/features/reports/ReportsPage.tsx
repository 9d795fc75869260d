import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportPeriod } from '../../../shared/reports/period.ts'
import type { Settings } from '../../../shared/settings/settings.ts'
import { ExportCard } from './ExportCard.tsx'
import { LayoutCard } from './LayoutCard.tsx'
import { PeriodPicker } from './PeriodPicker.tsx'
import { currentAcademicYear } from './report-years.ts'
import { useLayoutEditor } from './use-layout-editor.ts'
import './reports.css'

/**
 * The annual report for the ministry: choose the year and the layout, export the workbook.
 * The layout is exported as shown, so a one-off change needs no saving.
 */
export function ReportsPage({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const firstMonth = settings.academicYearStartMonth
  const currentYear = currentAcademicYear(firstMonth)
  const [period, setPeriod] = useState<ReportPeriod>({ kind: 'academic', year: currentYear })
  const editor = useLayoutEditor()

  return (
    <div className="page reports">
      <header className="page-header">
        <div>
          <h1>{t('reports.title')}</h1>
          <p className="subtitle">{t('reports.subtitle')}</p>
        </div>
      </header>
      <ExportCard period={period} content={editor.content}>
        <PeriodPicker
          period={period}
          onChange={setPeriod}
          firstMonth={firstMonth}
          currentYear={currentYear}
        />
      </ExportCard>
      <LayoutCard editor={editor} />
    </div>
  )
}
