import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { ImportRowPreview } from '../../../shared/import/import.ts'
import { formatDate } from '../../components/format.ts'
import { countryName } from '../../components/country-names.ts'
import { issueText } from './import-texts.ts'

/** The rows of the preview: what each becomes, what is wrong with it, and a way to fix or skip it. */
export function ImportRowsTable({
  rows,
  unlisted,
  onFix,
  onToggleSkip,
}: {
  rows: ImportRowPreview[]
  unlisted: number
  onFix: (row: ImportRowPreview) => void
  onToggleSkip: (row: ImportRowPreview) => void
}) {
  const { t, i18n } = useTranslation()
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '')
  return (
    <section className="card" aria-labelledby="import-rows-title">
      <header className="card-header">
        <h2 id="import-rows-title">{t('import.rows.title')}</h2>
      </header>
      <div className="import-table-frame">
        <table className="import-table import-rows">
          <thead>
            <tr>
              <th scope="col">{t('import.rows.row')}</th>
              <th scope="col">{t('import.rows.status')}</th>
              <th scope="col">{t('import.fields.reference')}</th>
              <th scope="col">{t('import.fields.partner')}</th>
              <th scope="col">{t('import.fields.country')}</th>
              <th scope="col">{t('import.rows.dates')}</th>
              <th scope="col">{t('import.rows.issues')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.rowNumber} className={`import-row import-row-${row.status}`}>
                <th scope="row" className="numeric">
                  {row.rowNumber}
                </th>
                <td>
                  <span className={`badge import-status import-status-${row.status}`}>
                    {t(`import.rows.statuses.${row.status}`)}
                  </span>
                </td>
                <td className="nowrap">{row.reference}</td>
                <td>{row.partners.join('; ')}</td>
                <td>{row.country ? countryName(row.country, i18n.language) : ''}</td>
                <td className="nowrap">
                  {date(row.startsOn ?? row.signedOn)}
                  {' – '}
                  {row.openEnded ? t('import.rows.openEnded') : date(row.endsOn)}
                </td>
                <td>
                  {row.issues.length > 0 && (
                    <ul className="import-issues">
                      {row.issues.map((issue, index) => (
                        <li key={index} className={`import-issue import-issue-${issue.severity}`}>
                          {issueText(t, issue)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <div className="row-actions">
                    <Button
                      className="button"
                      onPress={() => onFix(row)}
                      aria-label={t('import.rows.fixRow', { row: row.rowNumber })}
                    >
                      {t('import.rows.fix')}
                    </Button>
                    <Button
                      className="button button-quiet-text"
                      onPress={() => onToggleSkip(row)}
                      aria-label={t(
                        row.status === 'skipped' ? 'import.rows.includeRow' : 'import.rows.skipRow',
                        { row: row.rowNumber },
                      )}
                    >
                      {t(row.status === 'skipped' ? 'import.rows.include' : 'import.rows.skip')}
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unlisted > 0 && (
        <p className="muted small">{t('import.rows.unlisted', { count: unlisted })}</p>
      )}
    </section>
  )
}
