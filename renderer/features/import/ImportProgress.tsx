import { useTranslation } from 'react-i18next'
import { JobProgress } from '../../components/JobProgress.tsx'
import { useNumberFormat } from '../dashboard/use-number-format.ts'

/** The commit under way: agreements written of all, or a moving bar while the rows are checked. */
export function ImportProgress({ progress }: { progress: { done: number; total: number } }) {
  const { t } = useTranslation()
  const numbers = useNumberFormat()
  const valueLabel =
    progress.total > 0
      ? t('import.progress.rows', {
          done: numbers.format(progress.done),
          total: numbers.format(progress.total),
        })
      : t('import.progress.checking')
  return (
    <section className="card" aria-labelledby="import-progress-title">
      <header className="card-header">
        <h2 id="import-progress-title">{t('import.progress.title')}</h2>
      </header>
      <JobProgress label={t('import.progress.label')} valueLabel={valueLabel} {...progress} />
      <p className="muted small">{t('import.progress.allOrNothing')}</p>
    </section>
  )
}
