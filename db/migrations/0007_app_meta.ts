import { sql, type Kysely } from 'kysely'

/**
 * What the database file says about itself, not the office's records: `opened_by_version`, the
 * Accord that last opened it (and so brought its schema to the step it is at), so that an older
 * Accord refusing the file can name the version to install.
 *
 * It belongs to this file on this PC: a restore keeps it (a backup's copy is not put back over
 * it), and the audit trail leaves it out (0006 lists its tables one by one).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE app_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE app_meta`.execute(db)
}
