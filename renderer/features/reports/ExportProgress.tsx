import { Label, ProgressBar } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
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
    <ProgressBar
      className="export-progress"
      value={counting ? state.done : undefined}
      maxValue={counting ? state.total : undefined}
      isIndeterminate={!counting}
      valueLabel={valueLabel}
    >
      {({ percentage }) => (
        <>
          <div className="export-progress-text">
            <Label className="field-label">{t('reports.export.progress')}</Label>
            <span className="export-progress-value">{valueLabel}</span>
          </div>
          <div className="export-progress-track">
            <div
              className={`export-progress-fill ${counting ? '' : 'export-progress-moving'}`}
              style={{ width: counting ? `${percentage ?? 0}%` : undefined }}
            />
          </div>
        </>
      )}
    </ProgressBar>
  )
}
