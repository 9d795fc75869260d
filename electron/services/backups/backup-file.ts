import SqliteDatabase from 'better-sqlite3'
import { open, rename, rm } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import type { Sqlite } from '../../../db/connection.ts'
import { backupKinds, type BackupInfo, type BackupKind } from '../../../shared/backups/backups.ts'
import type { DocumentStore } from '../document-store.ts'

/** Tables that only a backup file has: what it is, and the documents' bytes. */
export const manifestTable = 'accord_backup_manifest'
export const documentsTable = 'accord_backup_documents'

export interface BackupManifest {
  kind: BackupKind
  createdAt: string
  appVersion: string
}

/**
 * A backup is one SQLite file: a copy of the database taken with SQLite's online backup API
 * (consistent while the app keeps working), plus the attached documents' bytes and a manifest,
 * written beside the target and renamed into place only when whole.
 */
export async function writeBackupFile(
  live: Sqlite,
  documents: DocumentStore,
  target: string,
  manifest: BackupManifest,
): Promise<void> {
  const partial = `${target}.partial`
  await rm(partial, { force: true })
  try {
    await live.backup(partial)
    const copy = new SqliteDatabase(partial)
    try {
      copy.pragma('journal_mode = DELETE')
      copy.pragma('synchronous = FULL')
      copy.exec(`CREATE TABLE ${manifestTable} (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE ${documentsTable} (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL) STRICT;`)
      const addDocument = copy.prepare(
        `INSERT INTO ${documentsTable} (sha256, bytes) VALUES (?, ?)`,
      )
      const shas = copy.prepare('SELECT DISTINCT sha256 FROM documents').pluck().all() as string[]
      const addManifest = copy.prepare(`INSERT INTO ${manifestTable} (key, value) VALUES (?, ?)`)
      copy.transaction(() => {
        for (const [key, value] of Object.entries(manifest)) addManifest.run(key, String(value))
        // A document whose file is missing is left out rather than stopping the backup.
        for (const sha of shas) {
          const path = documents.pathOf(sha)
          if (existsSync(path)) addDocument.run(sha, readFileSync(path))
        }
      })()
    } finally {
      copy.close()
    }
    const handle = await open(partial, 'r+')
    await handle.sync()
    await handle.close()
    await rename(partial, target)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}

/** What a backup file says about itself; null when it is not an Accord backup or unreadable. */
export function readBackupInfo(file: string, name: string, bytes: number): BackupInfo | null {
  let reader: SqliteDatabase.Database | undefined
  try {
    reader = new SqliteDatabase(file, { readonly: true, fileMustExist: true })
    // The file may come from anywhere: its schema runs no functions, and what is counted must
    // be plain tables, not views that could keep the app busy.
    reader.pragma('trusted_schema = OFF')
    const tables = reader
      .prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?, ?, ?)`)
      .pluck()
      .get(manifestTable, documentsTable, 'agreements', 'partners')
    if (tables !== 4) return null
    const rows = reader.prepare(`SELECT key, value FROM ${manifestTable}`).all() as Array<{
      key: string
      value: string
    }>
    const manifest = Object.fromEntries(rows.map((row) => [row.key, row.value]))
    const kind = manifest.kind as BackupKind
    if (!backupKinds.includes(kind) || !manifest.createdAt) return null
    const count = (table: string) =>
      reader!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
    return {
      name,
      kind,
      createdAt: manifest.createdAt,
      bytes,
      appVersion: manifest.appVersion ?? '',
      agreements: count('agreements'),
      partners: count('partners'),
      documents: count(documentsTable),
    }
  } catch {
    return null
  } finally {
    reader?.close()
  }
}
