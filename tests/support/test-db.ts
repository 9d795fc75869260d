import { openDatabase, type OpenedDatabase } from '../../db/connection.ts'
import { migrateToLatest } from '../../db/migrate.ts'

/** A fresh, fully migrated in-memory database. */
export async function migratedMemoryDb(): Promise<OpenedDatabase> {
  const opened = openDatabase(':memory:')
  await migrateToLatest(opened.db)
  return opened
}
