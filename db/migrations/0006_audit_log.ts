import { sql, type Kysely } from 'kysely'

/**
 * The audit trail: every create, update and delete of the office's records, with who (the OS
 * user, from the connection's `accord_user()`), when, and the row's values before and after as
 * JSON. Triggers write it, so no code path can forget; a connection can pause them
 * (`accord_audit_on()`), which a restore does while it puts back a backup's records and trail.
 *
 * The columns are listed here as they are at this step. Copies kept for sorting and search
 * (name_sort, reference_key, search_text, the agreement's partner_names, countries and
 * partner_search) are left out: they follow other columns and would only repeat them.
 * An update that changes nothing but updated_at and version writes nothing.
 */
interface Audited {
  table: string
  /** The record's id, or null (settings: the key is inside the JSON). */
  recordId: string | null
  columns: string[]
  /** Left out of the comparison that decides whether an update changed anything. */
  bookkeeping?: string[]
  /** An extra condition on the row (NEW./OLD. replaced), e.g. to leave out a PC's window state. */
  only?: string
}

const stamps = ['updated_at', 'version']

const audited: Audited[] = [
  {
    table: 'partners',
    recordId: 'id',
    columns: [
      'id',
      'name',
      'name_native',
      'kind',
      'country',
      'city',
      'website',
      'erasmus_code',
      'schac_code',
      'national_id',
      'notes',
      'archived_at',
      'import_batch_id',
      'created_at',
      'updated_at',
      'version',
    ],
    bookkeeping: stamps,
  },
  {
    table: 'contacts',
    recordId: 'id',
    columns: [
      'id',
      'partner_id',
      'full_name',
      'position',
      'email',
      'phone',
      'notes',
      'is_primary',
      'import_batch_id',
      'created_at',
      'updated_at',
      'version',
    ],
    bookkeeping: stamps,
  },
  {
    table: 'agreements',
    recordId: 'id',
    columns: [
      'id',
      'reference',
      'title',
      'kind',
      'state',
      'signed_on',
      'starts_on',
      'ends_on',
      'auto_renew',
      'renewal_term_months',
      'notice_days',
      'unit',
      'coordinator',
      'notes',
      'lapse_decided_on',
      'import_batch_id',
      'created_at',
      'updated_at',
      'version',
    ],
    bookkeeping: stamps,
  },
  {
    // No id of its own: the record is the agreement's (the partner is in the JSON).
    table: 'agreement_partners',
    recordId: 'agreement_id',
    columns: ['agreement_id', 'partner_id', 'contact_id', 'position'],
  },
  {
    table: 'agreement_conditions',
    recordId: 'id',
    columns: [
      'id',
      'agreement_id',
      'position',
      'direction',
      'mobility_type',
      'level',
      'places_per_year',
      'months_per_place',
      'days_per_place',
      'funding',
      'language',
      'cefr',
      'isced_codes',
      'first_year',
      'last_year',
    ],
  },
  {
    table: 'exchange_counts',
    recordId: 'id',
    columns: [
      'id',
      'agreement_id',
      'academic_year',
      'direction',
      'mobility_type',
      'level',
      'people',
    ],
  },
  {
    table: 'documents',
    recordId: 'id',
    columns: ['id', 'agreement_id', 'name', 'kind', 'media_type', 'size', 'sha256', 'added_at'],
  },
  {
    table: 'report_layouts',
    recordId: 'id',
    columns: ['id', 'name', 'language', 'columns', 'created_at', 'updated_at', 'version'],
    bookkeeping: stamps,
  },
  {
    // Screens' remembered filters, the window's place and the backup folder are this PC's
    // state, not the office's records.
    table: 'settings',
    recordId: null,
    columns: ['key', 'value'],
    only: `ROW.key NOT LIKE 'view.%' AND ROW.key NOT LIKE 'window.%' AND ROW.key <> 'backupFolder'`,
  },
]

const actions = [
  { action: 'create', event: 'INSERT', before: null, after: 'NEW' },
  { action: 'update', event: 'UPDATE', before: 'OLD', after: 'NEW' },
  { action: 'delete', event: 'DELETE', before: 'OLD', after: null },
] as const

const json = (row: string, columns: string[]) =>
  `json_object(${columns.map((column) => `'${column}', ${row}.${column}`).join(', ')})`

function triggerSql(table: Audited, step: (typeof actions)[number]): string {
  const row = step.after ?? step.before!
  const conditions = ['accord_audit_on()']
  if (table.only) conditions.push(`(${table.only.replaceAll('ROW.', `${row}.`)})`)
  if (step.action === 'update') {
    const compared = table.columns.filter((column) => !table.bookkeeping?.includes(column))
    conditions.push(
      `(${compared.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ')})`,
    )
  }
  return `CREATE TRIGGER audit_${table.table}_${step.action} AFTER ${step.event} ON ${table.table}
    WHEN ${conditions.join(' AND ')}
    BEGIN
      INSERT INTO audit_log (at, user, table_name, record_id, action, before, after) VALUES (
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), accord_user(), '${table.table}',
        ${table.recordId ? `${row}.${table.recordId}` : 'NULL'}, '${step.action}',
        ${step.before ? json(step.before, table.columns) : 'NULL'},
        ${step.after ? json(step.after, table.columns) : 'NULL'});
    END`
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user TEXT NOT NULL,
      table_name TEXT NOT NULL,
      record_id INTEGER,
      action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
      -- JSON: the row's columns before and after the change (null for a create / a delete).
      before TEXT,
      after TEXT
    ) STRICT`.execute(db)
  await sql`CREATE INDEX audit_log_record ON audit_log (table_name, record_id)`.execute(db)
  await sql`CREATE INDEX audit_log_at ON audit_log (at)`.execute(db)
  for (const table of audited) {
    for (const step of actions) await sql.raw(triggerSql(table, step)).execute(db)
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of audited) {
    for (const step of actions) {
      await sql`DROP TRIGGER ${sql.id(`audit_${table.table}_${step.action}`)}`.execute(db)
    }
  }
  await sql`DROP TABLE audit_log`.execute(db)
}
