import { sql, type Kysely } from 'kysely'

/** Partners, their contacts, and key/value settings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE partners (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_native TEXT,
      kind TEXT NOT NULL,
      country TEXT NOT NULL,
      city TEXT,
      website TEXT,
      erasmus_code TEXT,
      schac_code TEXT,
      national_id TEXT,
      notes TEXT,
      name_sort TEXT NOT NULL,
      search_text TEXT NOT NULL,
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 0
    ) STRICT`.execute(db)
  await sql`CREATE INDEX partners_country ON partners (country)`.execute(db)
  await sql`CREATE INDEX partners_archived ON partners (archived_at)`.execute(db)
  await sql`CREATE INDEX partners_name_sort ON partners (name_sort)`.execute(db)

  await sql`
    CREATE TABLE contacts (
      id INTEGER PRIMARY KEY,
      partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
      full_name TEXT NOT NULL,
      position TEXT,
      email TEXT,
      phone TEXT,
      notes TEXT,
      is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
      search_text TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 0
    ) STRICT`.execute(db)
  await sql`CREATE INDEX contacts_partner ON contacts (partner_id)`.execute(db)
  // At most one primary contact per partner, enforced by the database itself.
  await sql`CREATE UNIQUE INDEX contacts_one_primary ON contacts (partner_id) WHERE is_primary = 1`.execute(
    db,
  )

  await sql`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE settings`.execute(db)
  await sql`DROP TABLE contacts`.execute(db)
  await sql`DROP TABLE partners`.execute(db)
}
