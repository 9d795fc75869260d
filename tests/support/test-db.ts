import { openDatabase, type OpenOptions, type OpenedDatabase } from '../../db/connection.ts'
import { migrateToLatest } from '../../db/migrate.ts'

/** A fresh, fully migrated in-memory database. */
export async function migratedMemoryDb(options: OpenOptions = {}): Promise<OpenedDatabase> {
  const opened = openDatabase(':memory:', options)
  await migrateToLatest(opened.db)
  return opened
}
