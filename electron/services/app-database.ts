import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, quickCheck, type OpenedDatabase } from '../../db/connection.ts'
import { migrateToLatest } from '../../db/migrate.ts'

export const databaseFileName = 'accord.sqlite'

/** The file is damaged: the app must not write over it. */
export class DatabaseDamagedError extends Error {
  readonly problems: string[]
  constructor(file: string, problems: string[]) {
    super(`The database file ${file} is damaged: ${problems.slice(0, 3).join('; ')}`)
    this.name = 'DatabaseDamagedError'
    this.problems = problems
  }
}

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/**
 * Opens the office's database in `dataDir`: checks it, takes a backup before a schema upgrade,
 * and migrates it. Throws `DatabaseTooNewError` for a file from a newer Accord.
 */
export async function openAppDatabase(dataDir: string): Promise<OpenedDatabase & { file: string }> {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, databaseFileName)
  const opened = openDatabase(file)
  try {
    const problems = quickCheck(opened.sqlite)
    if (problems.length > 0) throw new DatabaseDamagedError(file, problems)
    await migrateToLatest(opened.db, {
      beforeMigrating: async () => {
        const backups = join(dataDir, 'backups')
        mkdirSync(backups, { recursive: true })
        await opened.sqlite.backup(join(backups, `before-upgrade-${timestamp()}.sqlite`))
      },
    })
  } catch (error) {
    await opened.close()
    throw error
  }
  return { ...opened, file }
}

export function databaseExists(dataDir: string): boolean {
  return existsSync(join(dataDir, databaseFileName))
}
