import { useEffect, useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../../shared/audit/audit.ts'
import { useApi } from '../../api/api-context.tsx'
import { AuditEntries } from './AuditEntries.tsx'

/**
 * A record's changes from the audit trail: who changed what and when. Loaded when asked for,
 * and again when the record changes (`version`).
 */
export function ChangesSection({
  table,
  id,
  version,
}: {
  table: 'agreements' | 'partners'
  id: number
  version?: unknown
}) {
  const { t } = useTranslation()
  const api = useApi()
  const [open, setOpen] = useState(false)
  const [state, setState] = useState<{ entries?: AuditEntry[]; failed?: boolean }>({})
  useEffect(() => {
    if (!open) return
    let current = true
    void api.call('audit.ofRecord', { table, id }).then((result) => {
      if (current) setState(result.ok ? { entries: result.value } : { failed: true })
    })
    return () => {
      current = false
    }
  }, [api, open, table, id, version])
  return (
    <section className="card" aria-labelledby={`changes-title-${table}`}>
      <header className="card-header">
        <h2 id={`changes-title-${table}`}>{t('audit.changes')}</h2>
        <Button className="button" onPress={() => setOpen(!open)}>
          {open ? t('audit.hide') : t('audit.show')}
        </Button>
      </header>
      {open && state.failed && <p className="muted">{t('audit.loadFailed')}</p>}
      {open && state.entries?.length === 0 && <p className="muted">{t('audit.none')}</p>}
      {open && state.entries && state.entries.length > 0 && (
        <AuditEntries entries={state.entries} label={t('audit.changes')} />
      )}
    </section>
  )
}
