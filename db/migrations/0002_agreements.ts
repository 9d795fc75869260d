import { sql, type Kysely } from 'kysely'

/**
 * Agreements with their partners, cooperation conditions (quotas), exchange counts,
 * history events and attached documents.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE agreements (
      id INTEGER PRIMARY KEY,
      reference TEXT NOT NULL,
      reference_key TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      kind TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('draft', 'negotiation', 'active', 'suspended', 'terminated')),
      signed_on TEXT,
      starts_on TEXT,
      ends_on TEXT,
      auto_renew INTEGER NOT NULL DEFAULT 0 CHECK (auto_renew IN (0, 1)),
      renewal_term_months INTEGER,
      notice_days INTEGER NOT NULL DEFAULT 0 CHECK (notice_days >= 0),
      unit TEXT,
      coordinator TEXT,
      notes TEXT,
      search_text TEXT NOT NULL,
      -- Copies of the partners' names, countries and search text, kept by db/agreement-partner-columns.ts
      -- so that the list and its search read one row per agreement.
      partner_names TEXT NOT NULL DEFAULT '',
      countries TEXT NOT NULL DEFAULT '',
      partner_search TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 0,
      CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
    ) STRICT`.execute(db)
  await sql`CREATE INDEX agreements_ends_on ON agreements (ends_on)`.execute(db)
  await sql`CREATE INDEX agreements_state ON agreements (state)`.execute(db)

  await sql`
    CREATE TABLE agreement_partners (
      agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      partner_id INTEGER NOT NULL REFERENCES partners (id),
      contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (agreement_id, partner_id)
    ) STRICT`.execute(db)
  await sql`CREATE INDEX agreement_partners_partner ON agreement_partners (partner_id)`.execute(db)

  await sql`
    CREATE TABLE agreement_conditions (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      direction TEXT NOT NULL,
      mobility_type TEXT NOT NULL,
      level TEXT,
      places_per_year INTEGER NOT NULL CHECK (places_per_year >= 0),
      months_per_place REAL,
      days_per_place INTEGER,
      funding TEXT,
      language TEXT,
      cefr TEXT,
      isced_codes TEXT,
      first_year INTEGER,
      last_year INTEGER
    ) STRICT`.execute(db)
  await sql`CREATE INDEX agreement_conditions_agreement ON agreement_conditions (agreement_id)`.execute(
    db,
  )

  // Level '' stands for "no level" (staff mobility) so that the combination stays unique.
  await sql`
    CREATE TABLE exchange_counts (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      academic_year INTEGER NOT NULL,
      direction TEXT NOT NULL,
      mobility_type TEXT NOT NULL,
      level TEXT NOT NULL DEFAULT '',
      people INTEGER NOT NULL CHECK (people >= 0),
      UNIQUE (agreement_id, academic_year, direction, mobility_type, level)
    ) STRICT`.execute(db)
  await sql`CREATE INDEX exchange_counts_year ON exchange_counts (academic_year)`.execute(db)

  await sql`
    CREATE TABLE agreement_events (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      occurred_on TEXT NOT NULL,
      note TEXT,
      ends_before TEXT,
      ends_after TEXT,
      created_at TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX agreement_events_agreement ON agreement_events (agreement_id, occurred_on)`.execute(
    db,
  )

  await sql`
    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      media_type TEXT NOT NULL,
      size INTEGER NOT NULL CHECK (size >= 0),
      sha256 TEXT NOT NULL,
      added_at TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX documents_agreement ON documents (agreement_id)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'documents',
    'agreement_events',
    'exchange_counts',
    'agreement_conditions',
    'agreement_partners',
    'agreements',
  ]) {
    await sql`DROP TABLE ${sql.table(table)}`.execute(db)
  }
}
