import { useTranslation } from 'react-i18next'
import { changedFields, type AuditEntry, type AuditTable } from '../../../shared/audit/audit.ts'
import { wordForCode } from './audit-values.ts'

/**
 * A value as the log shows it: a code as the screens' word for it, text as it is, anything
 * else as JSON, nothing as "(empty)".
 */
export function useAuditFormat() {
  const { t, i18n } = useTranslation()
  const value = (table: AuditTable, column: string, raw: unknown) =>
    raw === null || raw === undefined || raw === ''
      ? t('audit.empty')
      : (wordForCode(t, (key) => i18n.exists(key), i18n.language, table, column, raw) ??
        (typeof raw === 'string' ? raw : JSON.stringify(raw)))
  /**
   * The field's name in the user's language: the table's own where a column means something
   * else there (a quota's `position` is its order, a contact's is a job), else the column's.
   */
  const field = (table: AuditTable, column: string) => {
    for (const key of [`audit.tableFields.${table}.${column}`, `audit.fields.${column}`]) {
      if (i18n.exists(key)) return t(key as 'audit.fields.name')
    }
    return column
  }
  const when = (at: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(at),
    )
  const what = (entry: AuditEntry) =>
    `${t(`audit.tables.${entry.table}`)}${entry.table === 'restore' ? '' : ` · ${t(`audit.actions.${entry.action}`)}`}`
  const changes = (entry: AuditEntry) =>
    changedFields(entry).map((change) => {
      const shown = (raw: unknown) => value(entry.table, change.field, raw)
      // A restore's entry says only which backup came back.
      if (entry.table === 'restore')
        return { field: field(entry.table, change.field), text: shown(change.after) }
      return {
        field: field(entry.table, change.field),
        text:
          entry.action === 'update'
            ? `${shown(change.before)} → ${shown(change.after)}`
            : shown(entry.action === 'delete' ? change.before : change.after),
      }
    })
  return { when, what, changes }
}
