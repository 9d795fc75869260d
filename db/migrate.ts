import { sql, type Kysely } from 'kysely'
import { Migrator } from 'kysely/migration'
import { migrationProvider, migrations } from './migrations/index.ts'

/** The database was written by a newer Accord: opening it here could damage it. */
// Migrations work on any database shape: they run before the live shape exists.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>

export class DatabaseTooNewError extends Error {
  readonly unknownMigrations: string[]
  constructor(unknownMigrations: string[]) {
    super(
      `This database was created by a newer version of Accord (it has schema steps ${unknownMigrations.join(', ')} ` +
        'that this version does not know). Install the newer version of Accord to open it.',
    )
    this.name = 'DatabaseTooNewError'
    this.unknownMigrations = unknownMigrations
  }
}

export interface MigrationState {
  applied: string[]
  pending: string[]
  /** Applied steps this version does not know: the file comes from a newer version. */
  unknown: string[]
}

export const latestMigration = Object.keys(migrations).sort().at(-1) ?? ''

function migrator(db: AnyDb): Migrator {
  return new Migrator({ db, provider: migrationProvider })
}

export async function migrationState(db: AnyDb): Promise<MigrationState> {
  const table = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`.execute(db)
  const applied =
    table.rows.length === 0
      ? []
      : (
          await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db)
        ).rows.map((row) => row.name)
  const known = Object.keys(migrations).sort()
  return {
    applied,
    pending: known.filter((name) => !applied.includes(name)),
    unknown: applied.filter((name) => !known.includes(name)),
  }
}

export interface MigrateOptions {
  /** Called once before any pending step runs on a database that already has data. */
  beforeMigrating?: (state: MigrationState) => Promise<void>
}

/**
 * Brings the schema up to date. Kysely runs the pending steps inside one transaction, so a
 * failing step leaves the file exactly as it was.
 */
export async function migrateToLatest(
  db: AnyDb,
  options: MigrateOptions = {},
): Promise<MigrationState> {
  const state = await migrationState(db)
  if (state.unknown.length > 0) throw new DatabaseTooNewError(state.unknown)
  if (state.pending.length === 0) return state
  if (state.applied.length > 0) await options.beforeMigrating?.(state)
  const { error } = await migrator(db).migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
  return migrationState(db)
}

/** Migrates up or down to the named step. For tests of data-changing migrations. */
export async function migrateTo(db: AnyDb, name: string): Promise<void> {
  const { error } = await migrator(db).migrateTo(name)
  if (error) throw error instanceof Error ? error : new Error(String(error))
}
