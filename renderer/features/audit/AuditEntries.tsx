import type { AuditEntry } from '../../../shared/audit/audit.ts'
import { useTranslation } from 'react-i18next'
import { useAuditFormat } from './audit-format.ts'

/** Entries of the audit trail as a table: when, who, what, and each changed field. */
export function AuditEntries({ entries, label }: { entries: AuditEntry[]; label: string }) {
  const { t } = useTranslation()
  const format = useAuditFormat()
  return (
    <table className="table audit-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t('audit.when')}</th>
          <th scope="col">{t('audit.who')}</th>
          <th scope="col">{t('audit.what')}</th>
          <th scope="col">{t('audit.change')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="nowrap">{format.when(entry.at)}</td>
            <td>{entry.user}</td>
            <td>{format.what(entry)}</td>
            <td>
              <ul className="audit-changes">
                {format.changes(entry).map((change) => (
                  <li key={change.field}>
                    <span className="muted">{change.field}:</span> {change.text}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
