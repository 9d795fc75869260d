import { FileSpreadsheet } from 'lucide-react'
import type { ReactNode } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { LayoutContent } from '../../../shared/reports/layout.ts'
import type { ReportPeriod } from '../../../shared/reports/period.ts'
import { ErrorNotice } from '../../components/ErrorNotice.tsx'
import { ExportProgress } from './ExportProgress.tsx'
import { useReportExport } from './use-report-export.ts'

/**
 * The export: the period chosen (`children`), one button, then the progress while the workbook
 * is written (the rest of the screen stays usable) and the finished file, which can be saved
 * again if its save dialog was cancelled.
 */
export function ExportCard({
  period,
  content,
  children,
}: {
  period: ReportPeriod
  content: LayoutContent | undefined
  children: ReactNode
}) {
  const { t } = useTranslation()
  const { state, busy, start, save } = useReportExport()
  const exportNow = () => {
    if (content) void start({ period, layout: content })
  }
  return (
    <section className="card report-export" aria-labelledby="report-export-title">
      <h2 id="report-export-title" className="card-title">
        {t('reports.period.title')}
      </h2>
      <div className="report-export-row">
        {children}
        <Button
          className="button button-primary export-button"
          isDisabled={busy || !content}
          onPress={exportNow}
        >
          <FileSpreadsheet className="button-icon" aria-hidden="true" />
          {t('reports.export.button')}
        </Button>
      </div>
      <div className="report-export-status">
        {state.phase === 'idle' && <p className="field-hint">{t('reports.export.hint')}</p>}
        <ExportProgress state={state} />
        {/* Announced once when the file is done; the bar itself is not read out at every step. */}
        <div role="status">
          {state.phase === 'finished' && (
            <div className="export-finished">
              <span>{t('reports.export.finished', { fileName: state.fileName })}</span>
              <Button
                className="button-link"
                onPress={() => void save(state.jobId, state.fileName)}
              >
                {t('reports.export.saveAgain')}
              </Button>
            </div>
          )}
        </div>
        {state.phase === 'failed' &&
          (state.writeReason === undefined ? (
            <ErrorNotice error={state.error} onRetry={exportNow} />
          ) : (
            <ErrorNotice
              error={state.error}
              text={t('reports.export.writeFailed')}
              detail={state.writeReason}
              onRetry={exportNow}
            />
          ))}
      </div>
    </section>
  )
}
