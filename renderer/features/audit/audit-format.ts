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
  /** The field's name in the user's language where there is one, else the column's. */
  const field = (column: string) =>
    i18n.exists(`audit.fields.${column}`)
      ? t(`audit.fields.${column}` as 'audit.fields.name')
      : column
  const when = (at: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(at),
    )
  const what = (entry: AuditEntry) =>
    `${t(`audit.tables.${entry.table}`)}${entry.table === 'restore' ? '' : ` · ${t(`audit.actions.${entry.action}`)}`}`
  const changes = (entry: AuditEntry) =>
    changedFields(entry).map((change) => {
      const shown = (raw: unknown) => value(entry.table, change.field, raw)
      return {
        field: field(change.field),
        text:
          entry.action === 'update'
            ? `${shown(change.before)} → ${shown(change.after)}`
            : shown(entry.action === 'delete' ? change.before : change.after),
      }
    })
  return { when, what, changes }
}
