import { sql, type Kysely } from 'kysely'

/**
 * Imports of the office's spreadsheets. Each commit is a batch; the records it created carry
 * its id, so that the newest import can be taken back as a whole.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE import_batches (
      id INTEGER PRIMARY KEY,
      file_name TEXT NOT NULL,
      sheet_name TEXT NOT NULL,
      -- JSON: the column mapping the user confirmed.
      mapping TEXT NOT NULL,
      created_agreements INTEGER NOT NULL,
      created_partners INTEGER NOT NULL,
      linked_partners INTEGER NOT NULL,
      created_contacts INTEGER NOT NULL,
      skipped_rows INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`.execute(db)
  // Plain columns rather than foreign keys: SQLite cannot drop a column that a key names, and
  // the batch's rows are removed together with its records anyway.
  for (const table of ['agreements', 'partners', 'contacts']) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN import_batch_id INTEGER`.execute(db)
    await sql`CREATE INDEX ${sql.id(`${table}_import_batch`)} ON ${sql.table(table)} (import_batch_id)
      WHERE import_batch_id IS NOT NULL`.execute(db)
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['agreements', 'partners', 'contacts']) {
    await sql`DROP INDEX ${sql.id(`${table}_import_batch`)}`.execute(db)
    await sql`ALTER TABLE ${sql.table(table)} DROP COLUMN import_batch_id`.execute(db)
  }
  await sql`DROP TABLE import_batches`.execute(db)
}
