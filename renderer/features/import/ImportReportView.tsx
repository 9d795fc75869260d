import { Button, Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { CsvDelimiter } from '../../../shared/export/csv.ts'
import type { ImportReport } from '../../../shared/import/import.ts'
import { href } from '../../app/router.ts'
import { downloadCsv } from '../../components/download.ts'
import { useNumberFormat } from '../dashboard/use-number-format.ts'
import { importReportCsv } from './import-report-csv.ts'
import { issueText } from './import-texts.ts'
import { useFocusOnMount } from './use-focus-on-mount.ts'

/** Step 4: what the import did, row by row, with the report to keep and the way on. */
export function ImportReportView({
  report,
  csvDelimiter,
  onRestart,
}: {
  report: ImportReport
  csvDelimiter: CsvDelimiter
  onRestart: () => void
}) {
  const { t } = useTranslation()
  const numbers = useNumberFormat()
  const heading = useFocusOnMount<HTMLHeadingElement>()
  const skipped = report.rows.filter((row) => row.outcome === 'skipped')
  const figures = [
    ['createdAgreements', report.createdAgreements],
    ['createdPartners', report.createdPartners],
    ['linkedPartners', report.linkedPartners],
    ['createdContacts', report.createdContacts],
    ['skippedRows', report.skippedRows],
  ] as const
  const save = () => {
    const { header, rows } = importReportCsv(report, t)
    downloadCsv(t('import.report.fileName'), header, rows, csvDelimiter)
  }
  return (
    <section className="card" aria-labelledby="import-report-title">
      <header className="card-header">
        <h2 id="import-report-title" ref={heading} tabIndex={-1}>
          {t('import.report.title', { fileName: report.fileName })}
        </h2>
      </header>
      <dl className="import-totals" role="status">
        {figures.map(([key, value]) => (
          <div key={key} className={`import-total import-total-${key}`}>
            <dt>{t(`import.report.${key}`)}</dt>
            <dd>{numbers.format(value)}</dd>
          </div>
        ))}
      </dl>
      {skipped.length > 0 && (
        <>
          <h3>{t('import.report.skippedTitle')}</h3>
          <ul className="import-skipped">
            {skipped.slice(0, 200).map((row) => (
              <li key={row.rowNumber}>
                <strong>{t('import.report.rowLabel', { row: row.rowNumber })}</strong>{' '}
                {row.skippedByUser
                  ? t('import.report.skippedByUser')
                  : row.reasons.map((issue) => issueText(t, issue)).join(' ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="import-actions">
        <Button className="button" onPress={save}>
          {t('import.report.save')}
        </Button>
        <Button className="button" onPress={onRestart}>
          {t('import.report.another')}
        </Button>
        <Link
          className="button button-primary"
          href={href('/agreements', { sort: 'updated', dir: 'desc' })}
        >
          {t('import.report.openAgreements')}
        </Link>
      </div>
    </section>
  )
}
