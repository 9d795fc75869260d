import { sql, type Kysely } from 'kysely'

/**
 * Saved report layouts: which columns each sheet of the annual report shows, in which order,
 * and the language of their names. The layout that ships lives in code, not here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_layouts (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      -- Folded name: "Ministry 2026" and "ministry 2026" are one layout.
      name_key TEXT NOT NULL UNIQUE,
      language TEXT NOT NULL,
      -- JSON: { "inForce": ["reference", ...], ... }, checked by the shared schema on the way in.
      columns TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    ) STRICT`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE report_layouts`.execute(db)
}
