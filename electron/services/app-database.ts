import { mkdirSync } from 'node:fs'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import { openDatabase, quickCheck, type OpenedDatabase } from '../../db/connection.ts'
import { migrateToLatest } from '../../db/migrate.ts'
import packageJson from '../../package.json' with { type: 'json' }

export const databaseFileName = 'accord.sqlite'

/** This Accord's version: package.json's, which is also what Electron's `app.getVersion()` says. */
export const accordVersion: string = packageJson.version

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

export interface OpenAppDatabaseOptions {
  /** The running Accord's version, recorded in the file and named in a refusal; package.json's by default. */
  appVersion?: string
}

/**
 * Opens the office's database in `dataDir`: checks it, takes a backup before a schema upgrade,
 * migrates it and records this Accord's version in it (`app_meta.opened_by_version`). Throws
 * `DatabaseTooNewError`, naming the version the file records, for a file from a newer Accord.
 */
export async function openAppDatabase(
  dataDir: string,
  options: OpenAppDatabaseOptions = {},
): Promise<OpenedDatabase & { file: string }> {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, databaseFileName)
  const opened = openChecked(file)
  try {
    await migrateToLatest(opened.db, {
      appVersion: options.appVersion ?? accordVersion,
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

/** The OS user, for the audit trail; some platforms (no passwd entry) throw instead. */
export function osUserName(): string {
  try {
    return userInfo().username || 'unknown'
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown'
  }
}

/** SQLite's own words for a file that is not a sound database. */
const damageCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT'])

function isDamage(error: unknown): error is Error & { code: string } {
  return error instanceof Error && damageCodes.has((error as { code?: string }).code ?? '')
}

/** Opens the file and runs quick_check; a damaged file is closed again and reported, never written. */
function openChecked(file: string): OpenedDatabase {
  let opened: OpenedDatabase | undefined
  try {
    opened = openDatabase(file, { user: osUserName() })
    const problems = quickCheck(opened.sqlite)
    if (problems.length > 0) throw new DatabaseDamagedError(file, problems)
    return opened
  } catch (error) {
    opened?.sqlite.close()
    throw isDamage(error) ? new DatabaseDamagedError(file, [error.message]) : error
  }
}
