import { sql, type Expression, type SqlBool } from 'kysely'
import type { Db } from './connection.ts'
import { likePattern } from '../shared/search.ts'
import type {
  AuditEntry,
  AuditListQuery,
  AuditPage,
  AuditTable,
  AuditValues,
} from '../shared/audit/audit.ts'

interface AuditRow {
  id: number
  at: string
  user: string
  table_name: string
  record_id: number | null
  action: 'create' | 'update' | 'delete'
  before: string | null
  after: string | null
}

function parse(text: string | null): AuditValues | null {
  if (text === null) return null
  try {
    const value = JSON.parse(text) as unknown
    return typeof value === 'object' && value !== null ? (value as AuditValues) : null
  } catch {
    return null
  }
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    user: row.user,
    table: row.table_name as AuditTable,
    recordId: row.record_id,
    action: row.action,
    before: parse(row.before),
    after: parse(row.after),
  }
}

/** The audit log, newest first, one page at a time. */
export async function listAudit(db: Db, query: AuditListQuery): Promise<AuditPage> {
  let select = db.selectFrom('audit_log').selectAll()
  if (query.table) select = select.where('table_name', '=', query.table)
  if (query.recordId !== undefined) select = select.where('record_id', '=', query.recordId)
  if (query.user?.trim()) select = select.where('user', '=', query.user.trim())
  if (query.action) select = select.where('action', '=', query.action)
  if (query.beforeId !== undefined) select = select.where('id', '<', query.beforeId)
  if (query.query?.trim()) {
    const pattern = likePattern(query.query)
    // Folded by the connection's accord_fold (Cyrillic too); the JSON's keys match as well.
    select = select.where(
      sql<SqlBool>`accord_fold(coalesce(before, '') || ' ' || coalesce(after, '')) LIKE ${pattern} ESCAPE '\\'`,
    )
  }
  const rows = (await select
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute()) as AuditRow[]
  const page = rows.slice(0, query.limit)
  return {
    entries: page.map(toEntry),
    nextBeforeId: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  }
}

/** The tables whose rows belong to an agreement or a partner, by that column in their JSON. */
const childTables = {
  agreements: {
    column: 'agreement_id',
    tables: ['agreement_partners', 'agreement_conditions', 'exchange_counts', 'documents'],
  },
  partners: { column: 'partner_id', tables: ['contacts'] },
} as const

/**
 * A record's own history, newest first: an agreement with its partner links, conditions,
 * counts and documents; a partner with its contacts. Saving an agreement replaces its child
 * rows (delete, then insert): a row deleted and inserted again unchanged in the same change is
 * left out, so the history shows what changed.
 */
export async function recordHistory(
  db: Db,
  table: 'agreements' | 'partners',
  id: number,
): Promise<AuditEntry[]> {
  const children = childTables[table]
  const owns: Expression<SqlBool> = sql<SqlBool>`(table_name IN (${sql.join(
    children.tables.map((name) => sql.lit(name)),
  )}) AND coalesce(json_extract(after, ${`$.${children.column}`}), json_extract(before, ${`$.${children.column}`})) = ${id})`
  const rows = (await db
    .selectFrom('audit_log')
    .selectAll()
    .where((eb) => eb.or([eb.and([eb('table_name', '=', table), eb('record_id', '=', id)]), owns]))
    .orderBy('id', 'desc')
    .execute()) as AuditRow[]
  return withoutReplacedRows(rows.map(toEntry))
}

/** The values without the row's own id: a replaced condition comes back under a new id. */
function content(values: AuditValues | null): string {
  const rest = { ...values }
  delete rest.id
  return JSON.stringify(rest)
}

function withoutReplacedRows(entries: AuditEntry[]): AuditEntry[] {
  const dropped = new Set<number>()
  const deletes = new Map<string, AuditEntry[]>()
  for (const entry of entries) {
    if (entry.action !== 'delete' || entry.table === 'agreements' || entry.table === 'partners')
      continue
    const key = `${entry.table}|${entry.user}|${content(entry.before)}`
    deletes.set(key, [...(deletes.get(key) ?? []), entry])
  }
  for (const entry of entries) {
    if (entry.action !== 'create') continue
    const candidates = deletes.get(`${entry.table}|${entry.user}|${content(entry.after)}`) ?? []
    // The delete just before this insert, in the same second: one save replacing the rows.
    const match = candidates.find(
      (candidate) =>
        !dropped.has(candidate.id) &&
        candidate.id < entry.id &&
        Date.parse(entry.at) - Date.parse(candidate.at) < 1000,
    )
    if (match) {
      dropped.add(match.id)
      dropped.add(entry.id)
    }
  }
  return entries.filter((entry) => !dropped.has(entry.id))
}
