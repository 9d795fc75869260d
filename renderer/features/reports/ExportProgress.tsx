import { useTranslation } from 'react-i18next'
import { JobProgress } from '../../components/JobProgress.tsx'
import { useNumberFormat } from '../dashboard/use-number-format.ts'
import type { ExportState } from './use-report-export.ts'

/** How far the workbook got: rows written of all rows, or a moving bar while figures are read. */
export function ExportProgress({ state }: { state: ExportState }) {
  const { t } = useTranslation()
  const numbers = useNumberFormat()
  if (state.phase !== 'running' && state.phase !== 'saving') return null
  const counting = state.phase === 'running' && state.total > 0
  const valueLabel =
    state.phase === 'saving'
      ? t('reports.export.saving', { fileName: state.fileName })
      : counting
        ? t('reports.export.rows', {
            done: numbers.format(state.done),
            total: numbers.format(state.total),
          })
        : t('reports.export.reading')
  return (
    <JobProgress
      label={t('reports.export.progress')}
      valueLabel={valueLabel}
      done={counting ? state.done : 0}
      total={counting ? state.total : 0}
    />
  )
}
