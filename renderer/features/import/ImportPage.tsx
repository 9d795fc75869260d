import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../shared/settings/settings.ts'
import { ImportFileStep } from './ImportFileStep.tsx'
import { ImportMappingStep } from './ImportMappingStep.tsx'
import { ImportPreviewStep } from './ImportPreviewStep.tsx'
import { ImportProgress } from './ImportProgress.tsx'
import { ImportReportView } from './ImportReportView.tsx'
import { NewestImportCard } from './NewestImportCard.tsx'
import { useImportWizard, type ImportStep } from './use-import-wizard.ts'
import './import.css'

const stepsShown = ['file', 'mapping', 'preview', 'done'] as const satisfies ImportStep[]

/**
 * Brings the office's existing spreadsheet in: choose the file, map its columns, look at every
 * row's problems and fix or skip them, then import everything in one go (or nothing).
 */
export function ImportPage({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const wizard = useImportWizard()
  const current: (typeof stepsShown)[number] = wizard.step === 'importing' ? 'preview' : wizard.step
  return (
    <div className="page import">
      <header className="page-header">
        <div>
          <h1>{t('import.title')}</h1>
          <p className="subtitle">{t('import.subtitle')}</p>
        </div>
      </header>
      <ol className="import-steps" aria-label={t('import.steps.label')}>
        {stepsShown.map((step, index) => (
          <li
            key={step}
            className="import-step"
            aria-current={step === current ? 'step' : undefined}
            data-done={stepsShown.indexOf(current) > index || undefined}
          >
            <span className="import-step-number" aria-hidden="true">
              {index + 1}
            </span>
            {t(`import.steps.${step}`)}
          </li>
        ))}
      </ol>
      {wizard.step === 'file' && <ImportFileStep wizard={wizard} />}
      {wizard.step === 'mapping' && <ImportMappingStep wizard={wizard} />}
      {wizard.step === 'preview' && <ImportPreviewStep wizard={wizard} />}
      {wizard.step === 'importing' && <ImportProgress progress={wizard.progress} />}
      {wizard.step === 'done' && wizard.report && (
        <ImportReportView
          report={wizard.report}
          csvDelimiter={settings.csvDelimiter}
          onRestart={wizard.restart}
        />
      )}
      {(wizard.step === 'file' || wizard.step === 'done') && (
        <NewestImportCard key={wizard.report?.batchId ?? 0} onUndone={wizard.restart} />
      )}
    </div>
  )
}
