import { sql, type Kysely } from 'kysely'

/**
 * Renewal decisions and reminders: the day the office decided to let an agreement lapse (so it
 * leaves the renewals to-do list), and which renewal reminders a person has acknowledged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE agreements ADD COLUMN lapse_decided_on TEXT`.execute(db)
  await sql`
    CREATE TABLE renewal_reminders (
      agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
      -- A reminder is for one notice date: after a renewal the next notice date reminds again.
      notice_on TEXT NOT NULL,
      acknowledged_at TEXT NOT NULL,
      PRIMARY KEY (agreement_id, notice_on)
    ) STRICT`.execute(db)
  // The dashboard sums a year's counts by direction, mobility type and level: an index holding
  // every column it reads answers that without touching the table (it replaces the year index).
  await sql`DROP INDEX exchange_counts_year`.execute(db)
  await sql`CREATE INDEX exchange_counts_year_mobility ON exchange_counts
    (academic_year, direction, mobility_type, level, people, agreement_id)`.execute(db)
  await sql`CREATE INDEX agreement_events_occurred ON agreement_events (occurred_on)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX agreement_events_occurred`.execute(db)
  await sql`DROP INDEX exchange_counts_year_mobility`.execute(db)
  await sql`CREATE INDEX exchange_counts_year ON exchange_counts (academic_year)`.execute(db)
  await sql`DROP TABLE renewal_reminders`.execute(db)
  await sql`ALTER TABLE agreements DROP COLUMN lapse_decided_on`.execute(db)
}
