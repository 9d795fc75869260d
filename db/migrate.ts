import { sql, type Kysely } from 'kysely'
import { Migrator } from 'kysely/migration'
import { migrationProvider, migrations } from './migrations/index.ts'

// Migrations work on any database shape: they run before the live shape exists.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>

/** The `app_meta` key naming the Accord that last opened the file. */
export const openedByVersionKey = 'opened_by_version'

export interface TooNewDetails {
  /** The Accord that last opened the file, as the file records it. */
  openedByVersion?: string | undefined
  /** This Accord's version, when the caller knows it. */
  runningVersion?: string | undefined
}

/** The numbers of "1.4.0" (and of "1.4.0-beta.2"), or undefined for a version not written so. */
function versionNumbers(version: string): number[] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version)
  return match ? match.slice(1).map(Number) : undefined
}

/** Whether `recorded` can be named as newer than `running`: false only when it plainly is not. */
function couldBeNewer(recorded: string, running: string | undefined): boolean {
  if (running === undefined) return true
  if (recorded === running) return false
  const [a, b] = [versionNumbers(recorded), versionNumbers(running)]
  if (!a || !b) return true
  const first = a.findIndex((part, index) => part !== b[index])
  return first !== -1 && a[first]! > b[first]!
}

function tooNewMessage(unknownMigrations: string[], details: TooNewDetails): string {
  const { openedByVersion: recorded, runningVersion: running } = details
  if (recorded && couldBeNewer(recorded, running)) {
    const thisOne = running ? `this Accord (${running})` : 'this Accord'
    return (
      `This database was last opened by Accord ${recorded}, newer than ${thisOne}. ` +
      `Install Accord ${recorded} or newer to open it.`
    )
  }
  // A file that does not say (or says something that cannot be right): name the steps instead.
  return (
    `This database was created by a newer version of Accord (it has schema steps ${unknownMigrations.join(', ')} ` +
    'that this version does not know). Install the newer version of Accord to open it.'
  )
}

/** The database was written by a newer Accord: opening it here could damage it. */
export class DatabaseTooNewError extends Error {
  readonly unknownMigrations: string[]
  /** The Accord the file says last opened it; undefined when it does not say. */
  readonly openedByVersion: string | undefined
  readonly runningVersion: string | undefined
  constructor(unknownMigrations: string[], details: TooNewDetails = {}) {
    super(tooNewMessage(unknownMigrations, details))
    this.name = 'DatabaseTooNewError'
    this.unknownMigrations = unknownMigrations
    this.openedByVersion = details.openedByVersion
    this.runningVersion = details.runningVersion
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

/**
 * The version `app_meta` records as the last to open the file, or undefined: a file from before
 * step 0007, one never opened by the app, or a value that is not a plain version (the file may
 * come from anywhere, and the value ends up in a message).
 */
export async function openedByVersion(db: AnyDb): Promise<string | undefined> {
  try {
    const result = await sql<{ value: unknown }>`
      SELECT value FROM app_meta WHERE key = ${openedByVersionKey}`.execute(db)
    const value = result.rows[0]?.value
    return typeof value === 'string' && /^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/.test(value)
      ? value
      : undefined
  } catch {
    // No app_meta table, or one of a shape a newer Accord gave it: the file does not say.
    return undefined
  }
}

/** Records `version` as the last Accord to open the file (a write only when it changes). */
export async function recordOpenedBy(db: AnyDb, version: string): Promise<void> {
  await sql`
    INSERT INTO app_meta (key, value) VALUES (${openedByVersionKey}, ${version})
    ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value`.execute(
    db,
  )
}

export interface MigrateOptions {
  /** Called once before any pending step runs on a database that already has data. */
  beforeMigrating?: (state: MigrationState) => Promise<void>
  /**
   * This Accord's version: a refusal names it, and once the schema is up to date the file
   * records it as the last to open it. Without it, nothing is recorded.
   */
  appVersion?: string
}

/**
 * Brings the schema up to date. Kysely runs the pending steps inside one transaction, so a
 * failing step leaves the file exactly as it was. A file from a newer Accord is refused,
 * unchanged, naming the version it records.
 */
export async function migrateToLatest(
  db: AnyDb,
  options: MigrateOptions = {},
): Promise<MigrationState> {
  let state = await migrationState(db)
  if (state.unknown.length > 0) {
    throw new DatabaseTooNewError(state.unknown, {
      openedByVersion: await openedByVersion(db),
      runningVersion: options.appVersion,
    })
  }
  if (state.pending.length > 0) {
    if (state.applied.length > 0) await options.beforeMigrating?.(state)
    const { error } = await migrator(db).migrateToLatest()
    if (error) throw error instanceof Error ? error : new Error(String(error))
    state = await migrationState(db)
  }
  if (options.appVersion) await recordOpenedBy(db, options.appVersion)
  return state
}

/** Migrates up or down to the named step. For tests of data-changing migrations. */
export async function migrateTo(db: AnyDb, name: string): Promise<void> {
  const { error } = await migrator(db).migrateTo(name)
  if (error) throw error instanceof Error ? error : new Error(String(error))
}
