import type { Sqlite } from '../../db/connection.ts'

/** Every row of every table, in rowid order: two dumps are equal when the databases hold the same. */
export function dumpDatabase(sqlite: Sqlite): Record<string, unknown[]> {
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name`,
    )
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]),
  )
}
