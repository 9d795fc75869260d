import { useEffect, useState } from 'react'
import { Button, Input, Label, Link, SearchField } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { auditTables, type AuditEntry, type AuditTable } from '../../../shared/audit/audit.ts'
import { useApi } from '../../api/api-context.tsx'
import { href } from '../../app/router.ts'
import { SelectField } from '../../components/SelectField.tsx'
import { AuditEntries } from './AuditEntries.tsx'

/** The searchable audit log: every create, change and delete, newest first. */
export function AuditLogPage() {
  const { t } = useTranslation()
  const api = useApi()
  const [query, setQuery] = useState('')
  const [table, setTable] = useState<AuditTable | ''>('')
  const [entries, setEntries] = useState<AuditEntry[]>([])
  const [next, setNext] = useState<number | null>(null)
  const [failed, setFailed] = useState(false)

  const load = async (beforeId?: number) => {
    const result = await api.call('audit.list', {
      query: query.trim() || undefined,
      table: table || undefined,
      beforeId,
    })
    if (!result.ok) return { failed: true as const }
    return { failed: false as const, page: result.value }
  }

  useEffect(() => {
    let current = true
    void load().then((answer) => {
      if (!current) return
      setFailed(answer.failed)
      setEntries(answer.failed ? [] : answer.page.entries)
      setNext(answer.failed ? null : answer.page.nextBeforeId)
    })
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reloads when the filters change
  }, [api, query, table])

  const more = async () => {
    if (next === null) return
    const answer = await load(next)
    if (answer.failed) return setFailed(true)
    setEntries((shown) => [...shown, ...answer.page.entries])
    setNext(answer.page.nextBeforeId)
  }

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <Link className="back-link" href={href('/settings')}>
            ← {t('settings.title')}
          </Link>
          <h1>{t('audit.logTitle')}</h1>
          <p className="muted">{t('audit.logHint')}</p>
        </div>
      </header>
      <div className="toolbar" role="search">
        <SearchField className="field field-search" value={query} onChange={setQuery}>
          <Label className="field-label">{t('audit.search')}</Label>
          <Input placeholder={t('audit.searchPlaceholder')} maxLength={200} />
        </SearchField>
        <SelectField
          label={t('audit.table')}
          value={table}
          onChange={(value) => setTable(value as AuditTable | '')}
          options={[
            { id: '', label: t('audit.allTables') },
            ...auditTables.map((name) => ({ id: name, label: t(`audit.tables.${name}`) })),
          ]}
        />
      </div>
      <section className="card">
        {failed && <p className="muted">{t('audit.loadFailed')}</p>}
        {!failed && entries.length === 0 && <p className="muted">{t('audit.none')}</p>}
        {entries.length > 0 && <AuditEntries entries={entries} label={t('audit.logTitle')} />}
        {next !== null && (
          <Button className="button" onPress={() => void more()}>
            {t('audit.more')}
          </Button>
        )}
      </section>
    </div>
  )
}
