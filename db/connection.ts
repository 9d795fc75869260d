import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './schema.ts'

export type Sqlite = SqliteDatabase.Database
export type Db = Kysely<Database>

export interface OpenedDatabase {
  sqlite: Sqlite
  db: Db
  close(): Promise<void>
}

/** Opens (or creates) the SQLite file at `file` with the pragmas the app relies on. */
export function openDatabase(file: string): OpenedDatabase {
  const sqlite = new SqliteDatabase(file)
  // WAL lets readers and the writer work side by side; NORMAL is durable across app crashes in WAL.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  return {
    sqlite,
    db,
    // Kysely's destroy closes the better-sqlite3 handle too.
    close: () => db.destroy(),
  }
}

/** `quick_check` answers "ok" for a sound file, otherwise a list of problems. */
export function quickCheck(sqlite: Sqlite): string[] {
  const rows = sqlite.pragma('quick_check') as Array<{ quick_check: string }>
  const problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok')
  return problems
}
