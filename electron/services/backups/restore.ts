import { createHash, randomBytes } from 'node:crypto'
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { sql } from 'kysely'
import {
  openDatabase,
  withoutAudit,
  type Db,
  type OpenedDatabase,
  type Sqlite,
} from '../../../db/connection.ts'
import { migrateToLatest, migrationState } from '../../../db/migrate.ts'
import { AppFailure } from '../../../shared/contract/failure.ts'
import type { DocumentStore } from '../document-store.ts'
import { documentsTable, manifestTable } from './backup-file.ts'
import { restoreWorkFolder } from './leftovers.ts'

function refuse(key: string, message: string): AppFailure {
  return new AppFailure('validation', message, { fields: { backup: key } })
}

/**
 * A backup copy made ready to restore: copied (the user's file is never changed), checked
 * whole, refused if a newer Accord wrote it, brought up to this version's schema if older.
 */
async function preparedCopy(
  backupFile: string,
  workDir: string,
): Promise<{ copy: OpenedDatabase; file: string }> {
  const folder = join(workDir, restoreWorkFolder)
  await mkdir(folder, { recursive: true })
  const file = join(folder, `restore-${randomBytes(6).toString('hex')}.sqlite`)
  await copyFile(backupFile, file)
  let copy: OpenedDatabase | undefined
  try {
    copy = openDatabase(file)
    const check = copy.sqlite.pragma('integrity_check', { simple: true })
    if (check !== 'ok')
      throw refuse(
        'backup_damaged',
        `The backup is damaged (${String(check)}). Choose another backup.`,
      )
    const hasManifest = copy.sqlite
      .prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)`)
      .pluck()
      .get(manifestTable, documentsTable)
    if (hasManifest !== 2) throw refuse('backup_not_accord', 'This file is not an Accord backup.')
    const state = await migrationState(copy.db)
    if (state.unknown.length > 0) {
      const version = copy.sqlite
        .prepare(`SELECT value FROM ${manifestTable} WHERE key = 'appVersion'`)
        .pluck()
        .get()
      throw refuse(
        'backup_too_new',
        `This backup was made by a newer Accord (${String(version ?? 'unknown version')}). Install that version to restore it.`,
      )
    }
    // Accord's schema has no views: a backup with one was made by something else, and a view
    // read in place of a table could run any query.
    const views = copy.sqlite
      .prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'view'`)
      .pluck()
      .get()
    if (views !== 0) throw refuse('backup_not_accord', 'This file is not an Accord backup.')
    await migrateToLatest(copy.db)
    return { copy, file }
  } catch (error) {
    await copy?.close()
    await removeCopy(file)
    if (error instanceof AppFailure) throw error
    throw refuse(
      'backup_damaged',
      `The backup cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

async function removeCopy(file: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) await rm(`${file}${suffix}`, { force: true })
}

/**
 * The tables of the office's records (not the migrator's, not SQLite's, not the backup's own,
 * and not app_meta: the live file's record of the Accord that opened it stays as it is).
 */
async function appTables(live: { sqlite: Sqlite }): Promise<string[]> {
  return live.sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'
       AND name NOT LIKE 'kysely%' AND name NOT LIKE 'accord_backup%' AND name <> 'app_meta'
       ORDER BY name`,
    )
    .pluck()
    .all() as string[]
}

/**
 * Puts a backup's records in place of the live ones in one transaction of the live connection,
 * so the app never sees half of each and a failure (or a crash) leaves the database as it was.
 * The documents' files are added to the store first: they are named by their content, so a
 * file that is there already is the same file.
 */
export async function restoreBackup(
  live: { db: Db; sqlite: Sqlite },
  backupFile: string,
  workDir: string,
  documents: DocumentStore,
  /** The backup's name as the user knows it, for the audit trail. */
  shownName: string = basename(backupFile),
): Promise<void> {
  const { copy, file } = await preparedCopy(backupFile, workDir)
  try {
    try {
      await saveDocuments(copy, documents)
    } finally {
      await copy.close()
    }
    await replaceRecords(live, file, shownName)
  } finally {
    // Whatever happened, the checked copy of the backup does not stay in the data folder.
    await removeCopy(file)
  }
}

/** Adds the backup's documents to the store, each checked against its name (its SHA-256). */
async function saveDocuments(copy: OpenedDatabase, documents: DocumentStore): Promise<void> {
  const stored = copy.sqlite
    .prepare(`SELECT sha256, bytes FROM ${documentsTable}`)
    .iterate() as Iterable<{
    sha256: string
    bytes: Buffer
  }>
  for (const { sha256, bytes } of stored) {
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
      throw refuse('backup_damaged', 'A document in the backup is damaged. Choose another backup.')
    }
    await documents.save(bytes)
  }
  copy.sqlite.pragma('wal_checkpoint(TRUNCATE)')
}

/** Every record replaced by the backup's, in one transaction of the live connection. */
async function replaceRecords(
  live: { db: Db; sqlite: Sqlite },
  file: string,
  shownName: string,
): Promise<void> {
  const tables = await appTables(live)
  await sql`ATTACH DATABASE ${file} AS restored`.execute(live.db)
  try {
    await live.db.transaction().execute(async (trx) => {
      // The backup's records and its own audit trail come back as they were: the copying
      // itself is not the office's change (it would be tens of thousands of rows). The
      // transaction holds the connection, so nothing else runs unaudited meanwhile.
      await withoutAudit(live, async () => {
        // Parents and children are replaced in any order; the keys are checked at the end.
        await sql`PRAGMA defer_foreign_keys = ON`.execute(trx)
        for (const table of tables) await sql`DELETE FROM main.${sql.table(table)}`.execute(trx)
        for (const table of tables) {
          const columns = live.sqlite
            .prepare(`SELECT name FROM pragma_table_info(?)`)
            .pluck()
            .all(table) as string[]
          const list = sql.join(columns.map((column) => sql.id(column)))
          await sql`INSERT INTO main.${sql.table(table)} (${list}) SELECT ${list} FROM restored.${sql.table(table)}`.execute(
            trx,
          )
        }
      })
      // One entry says that the restore happened, and from which backup.
      await sql`INSERT INTO main.audit_log (at, user, table_name, record_id, action, before, after)
        VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), accord_user(), 'restore', NULL, 'update',
          NULL, json_object('backup', ${shownName}))`.execute(trx)
    })
  } finally {
    await sql`DETACH DATABASE restored`.execute(live.db)
  }
}
