import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { foldForSearch } from '../shared/search.ts'
import type { Database } from './schema.ts'

export type Sqlite = SqliteDatabase.Database
export type Db = Kysely<Database>

export interface OpenedDatabase {
  sqlite: Sqlite
  db: Db
  close(): Promise<void>
}

export interface OpenOptions {
  /** Who the audit trail names for this connection's changes (the OS user). */
  user?: string
}

/** Per connection: how many pieces of work have paused auditing (they may nest). */
const auditPauses = new WeakMap<Sqlite, number>()

/**
 * Registers the SQL functions the audit triggers call (`accord_user()`, `accord_audit_on()`).
 * Every connection that may write to an audited table needs them: `openDatabase` registers
 * them; a handle made some other way (e.g. from a serialized image) calls this itself.
 */
export function registerAuditFunctions(sqlite: Sqlite, options: OpenOptions = {}): void {
  const user = options.user?.trim() || 'unknown'
  sqlite.function('accord_user', { deterministic: false }, () => user)
  sqlite.function('accord_audit_on', { deterministic: false }, () =>
    (auditPauses.get(sqlite) ?? 0) > 0 ? 0 : 1,
  )
  // The audit log's search folds the stored JSON as the rest of the app folds text
  // (SQLite's LIKE folds ASCII only), so nothing folded needs storing beside it.
  sqlite.function('accord_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldForSearch(text) : null,
  )
}

/** Opens (or creates) the SQLite file at `file` with the pragmas the app relies on. */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const sqlite = new SqliteDatabase(file)
  // WAL lets readers and the writer work side by side; NORMAL is durable across app crashes in WAL.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  registerAuditFunctions(sqlite, options)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  return {
    sqlite,
    db,
    // Kysely's destroy closes the better-sqlite3 handle too.
    close: () => db.destroy(),
  }
}

/**
 * Runs `work` with the audit triggers silent on this connection: for work that puts back
 * records as they were (a restore copies a backup's records and its own audit trail), not for
 * the office's changes. Anything else the connection runs meanwhile is silent too, so the work
 * should hold the connection (run inside one transaction).
 */
export async function withoutAudit<T>(
  opened: { sqlite: Sqlite },
  work: () => Promise<T> | T,
): Promise<T> {
  const { sqlite } = opened
  auditPauses.set(sqlite, (auditPauses.get(sqlite) ?? 0) + 1)
  try {
    return await work()
  } finally {
    auditPauses.set(sqlite, (auditPauses.get(sqlite) ?? 1) - 1)
  }
}

/** `quick_check` answers "ok" for a sound file, otherwise a list of problems. */
export function quickCheck(sqlite: Sqlite): string[] {
  const rows = sqlite.pragma('quick_check') as Array<{ quick_check: string }>
  const problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok')
  return problems
}
