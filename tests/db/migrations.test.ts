import { sql } from 'kysely'
import { openDatabase, type OpenedDatabase } from '../../db/connection.ts'
import {
  DatabaseTooNewError,
  latestMigration,
  migrateTo,
  migrateToLatest,
  migrationState,
  openedByVersion,
} from '../../db/migrate.ts'
import { migrations } from '../../db/migrations/index.ts'

let opened: OpenedDatabase
beforeEach(() => {
  opened = openDatabase(':memory:')
})
afterEach(async () => {
  await opened.close()
})

async function tableNames(): Promise<string[]> {
  const result = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely%' AND name NOT LIKE 'sqlite%' ORDER BY name`.execute(
    opened.db,
  )
  return result.rows.map((row) => row.name)
}

const allTables = [
  'agreement_conditions',
  'agreement_events',
  'agreement_partners',
  'agreements',
  'app_meta',
  'audit_log',
  'contacts',
  'documents',
  'exchange_counts',
  'import_batches',
  'partners',
  'renewal_reminders',
  'report_layouts',
  'settings',
]

describe('migrations', () => {
  it('are named in the order they run, zero-padded', () => {
    const names = Object.keys(migrations)
    expect(names).toEqual([...names].sort())
    for (const name of names) expect(name).toMatch(/^\d{4}_[a-z0-9_]+$/)
    expect(latestMigration).toBe(names.at(-1))
  })

  it('build the schema on an empty file, and running again changes nothing', async () => {
    const first = await migrateToLatest(opened.db)
    expect(first.pending).toEqual([])
    expect(await tableNames()).toEqual(allTables)
    const again = await migrateToLatest(opened.db)
    expect(again.applied).toEqual(first.applied)
  })

  it('make STRICT tables that refuse text in an integer column', async () => {
    await migrateToLatest(opened.db)
    expect(() =>
      opened.sqlite
        .prepare(
          `INSERT INTO partners (name, kind, country, name_sort, search_text, created_at, updated_at, version)
           VALUES ('x', 'university', 'KZ', 'x', 'x', 'now', 'now', 'not a number')`,
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/)
  })

  it('go down and up again', async () => {
    await migrateToLatest(opened.db)
    await migrateTo(opened.db, '0001_partners_contacts_settings')
    const { NO_MIGRATIONS } = await import('kysely/migration')
    await migrateTo(opened.db, NO_MIGRATIONS as unknown as string)
    expect(await tableNames()).toEqual([])
    await migrateToLatest(opened.db)
    expect(await tableNames()).toEqual(allTables)
  })

  it('0002 adds the agreement tables and keeps the partners, contacts and settings already there', async () => {
    await migrateTo(opened.db, '0001_partners_contacts_settings')
    opened.sqlite.exec(`
      INSERT INTO partners (id, name, kind, country, name_sort, search_text, created_at, updated_at)
        VALUES (1, 'Baku State University', 'university', 'AZ', 'baku state university', 'baku state university', 'now', 'now');
      INSERT INTO contacts (partner_id, full_name, is_primary, search_text, created_at, updated_at)
        VALUES (1, 'Leyla Mammadova', 1, 'leyla mammadova', 'now', 'now');
      INSERT INTO settings (key, value) VALUES ('language', '"ru"');`)
    const calls: string[][] = []
    await migrateToLatest(opened.db, {
      beforeMigrating: async (state) => void calls.push(state.pending),
    })
    expect(calls).toEqual([
      [
        '0002_agreements',
        '0003_renewals',
        '0004_report_layouts',
        '0005_import_batches',
        '0006_audit_log',
        '0007_app_meta',
      ],
    ]) // the app backs up an existing database here
    expect(opened.sqlite.prepare('SELECT name FROM partners').pluck().all()).toEqual([
      'Baku State University',
    ])
    expect(opened.sqlite.prepare('SELECT full_name FROM contacts').pluck().all()).toEqual([
      'Leyla Mammadova',
    ])
    expect(opened.sqlite.prepare('SELECT value FROM settings').pluck().all()).toEqual(['"ru"'])
    opened.sqlite.exec(`
      INSERT INTO agreements (id, reference, reference_key, title, kind, state, search_text, created_at, updated_at)
        VALUES (1, 'KZ-AZ/1', 'kz-az/1', 'Exchange', 'student_exchange', 'active', 'x', 'now', 'now');
      INSERT INTO agreement_partners (agreement_id, partner_id, position) VALUES (1, 1, 0);`)
    expect(() =>
      opened.sqlite.exec(
        `INSERT INTO agreement_partners (agreement_id, partner_id, position) VALUES (1, 99, 1)`,
      ),
    ).toThrow(/FOREIGN KEY/)
  })

  it('0003 keeps agreements, leaves none set to lapse, and adds acknowledged reminders', async () => {
    await migrateTo(opened.db, '0002_agreements')
    opened.sqlite.exec(`
      INSERT INTO partners (id, name, kind, country, name_sort, search_text, created_at, updated_at)
        VALUES (1, 'ADA University', 'university', 'AZ', 'ada university', 'ada university', 'now', 'now');
      INSERT INTO agreements (id, reference, reference_key, title, kind, state, ends_on, notice_days, search_text, created_at, updated_at)
        VALUES (7, 'AZ/7', 'az/7', 'Exchange', 'student_exchange', 'active', '2027-01-31', 90, 'x', 'now', 'now');`)
    await migrateToLatest(opened.db)
    expect(
      opened.sqlite.prepare('SELECT reference, ends_on, lapse_decided_on FROM agreements').all(),
    ).toEqual([{ reference: 'AZ/7', ends_on: '2027-01-31', lapse_decided_on: null }])
    opened.sqlite.exec(
      `INSERT INTO renewal_reminders (agreement_id, notice_on, acknowledged_at) VALUES (7, '2026-11-02', 'now')`,
    )
    // A reminder belongs to its agreement: deleting the agreement takes it along.
    opened.sqlite.exec('DELETE FROM agreements WHERE id = 7')
    expect(opened.sqlite.prepare('SELECT COUNT(*) FROM renewal_reminders').pluck().get()).toBe(0)
  })

  it('0004 adds report layouts beside the agreements already there, one layout per folded name', async () => {
    await migrateTo(opened.db, '0003_renewals')
    opened.sqlite.exec(`
      INSERT INTO agreements (id, reference, reference_key, title, kind, state, notice_days, search_text, created_at, updated_at)
        VALUES (3, 'KZ/3', 'kz/3', 'Exchange', 'student_exchange', 'active', 90, 'x', 'now', 'now');`)
    await migrateToLatest(opened.db)
    expect(opened.sqlite.prepare('SELECT reference FROM agreements').pluck().all()).toEqual([
      'KZ/3',
    ])
    const insert = opened.sqlite.prepare(
      `INSERT INTO report_layouts (name, name_key, language, columns, created_at, updated_at)
        VALUES (?, ?, 'ru', '{}', 'now', 'now')`,
    )
    insert.run('Ministry 2026', 'ministry 2026')
    expect(() => insert.run('MINISTRY 2026', 'ministry 2026')).toThrow(/UNIQUE/)
    await migrateTo(opened.db, '0003_renewals')
    expect(await tableNames()).not.toContain('report_layouts')
  })

  it('0005 marks nothing already there as imported, and goes down without losing the records', async () => {
    await migrateTo(opened.db, '0004_report_layouts')
    opened.sqlite.exec(`
      INSERT INTO partners (id, name, kind, country, name_sort, search_text, created_at, updated_at)
        VALUES (1, 'Satbayev University', 'university', 'KZ', 'satbayev university', 'satbayev university', 'now', 'now');
      INSERT INTO contacts (id, partner_id, full_name, is_primary, search_text, created_at, updated_at)
        VALUES (4, 1, 'Aigerim Seitova', 1, 'aigerim seitova', 'now', 'now');
      INSERT INTO agreements (id, reference, reference_key, title, kind, state, notice_days, search_text, created_at, updated_at)
        VALUES (2, 'KZ/2', 'kz/2', 'Exchange', 'student_exchange', 'active', 90, 'x', 'now', 'now');`)
    await migrateToLatest(opened.db)
    for (const table of ['partners', 'contacts', 'agreements']) {
      expect(opened.sqlite.prepare(`SELECT id, import_batch_id FROM ${table}`).all()).toEqual([
        { id: table === 'partners' ? 1 : table === 'contacts' ? 4 : 2, import_batch_id: null },
      ])
    }
    opened.sqlite.exec(`
      INSERT INTO import_batches (id, file_name, sheet_name, mapping, created_agreements, created_partners,
        linked_partners, created_contacts, skipped_rows, created_at)
        VALUES (1, 'list.xlsx', 'Sheet1', '[]', 1, 0, 1, 0, 0, 'now');
      UPDATE agreements SET import_batch_id = 1;`)
    await migrateTo(opened.db, '0004_report_layouts')
    expect(await tableNames()).not.toContain('import_batches')
    expect(opened.sqlite.prepare('SELECT reference FROM agreements').pluck().all()).toEqual([
      'KZ/2',
    ])
    const columns = opened.sqlite
      .prepare(`SELECT name FROM pragma_table_info('agreements')`)
      .pluck()
      .all()
    expect(columns).not.toContain('import_batch_id')
  })

  it('0006 audits nothing already there, then records each change with its user and values', async () => {
    await opened.close()
    opened = openDatabase(':memory:', { user: 'aigerim' })
    await migrateTo(opened.db, '0005_import_batches')
    opened.sqlite.exec(`
      INSERT INTO partners (id, name, kind, country, name_sort, search_text, created_at, updated_at)
        VALUES (1, 'ADA University', 'university', 'AZ', 'ada university', 'ada university', 'now', 'now');
      INSERT INTO agreements (id, reference, reference_key, title, kind, state, notice_days, search_text, created_at, updated_at)
        VALUES (5, 'AZ/5', 'az/5', 'Exchange', 'student_exchange', 'active', 90, 'x', 'now', 'now');
      INSERT INTO settings (key, value) VALUES ('language', '"ru"');`)
    const before = {
      partners: opened.sqlite.prepare('SELECT * FROM partners').all(),
      agreements: opened.sqlite.prepare('SELECT * FROM agreements').all(),
    }
    await migrateToLatest(opened.db)
    expect(opened.sqlite.prepare('SELECT * FROM partners').all()).toEqual(before.partners)
    expect(opened.sqlite.prepare('SELECT * FROM agreements').all()).toEqual(before.agreements)
    expect(opened.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(0)

    opened.sqlite.exec(`UPDATE partners SET city = 'Baku', version = 1 WHERE id = 1`)
    const rows = opened.sqlite.prepare('SELECT * FROM audit_log').all() as Array<
      Record<string, unknown>
    >
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      user: 'aigerim',
      table_name: 'partners',
      record_id: 1,
      action: 'update',
    })
    expect(rows[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(JSON.parse(rows[0]!.before as string)).toMatchObject({ city: null, version: 0 })
    expect(JSON.parse(rows[0]!.after as string)).toMatchObject({ city: 'Baku', version: 1 })
    // The copies kept for search are not part of the record's values.
    expect(JSON.parse(rows[0]!.after as string)).not.toHaveProperty('search_text')

    await migrateTo(opened.db, '0005_import_batches')
    expect(await tableNames()).not.toContain('audit_log')
    opened.sqlite.exec(`UPDATE partners SET city = 'Ganja' WHERE id = 1`) // no trigger is left
    expect(opened.sqlite.prepare('SELECT city FROM partners').pluck().get()).toBe('Ganja')
  })

  it('0007 adds app_meta beside the records and their audit trail, and goes down without losing them', async () => {
    await migrateTo(opened.db, '0006_audit_log')
    opened.sqlite.exec(`
      INSERT INTO partners (id, name, kind, country, name_sort, search_text, created_at, updated_at)
        VALUES (1, 'ADA University', 'university', 'AZ', 'ada university', 'ada university', 'now', 'now');
      INSERT INTO agreements (id, reference, reference_key, title, kind, state, notice_days, search_text, created_at, updated_at)
        VALUES (5, 'AZ/5', 'az/5', 'Exchange', 'student_exchange', 'active', 90, 'x', 'now', 'now');
      INSERT INTO agreement_partners (agreement_id, partner_id, position) VALUES (5, 1, 0);
      INSERT INTO settings (key, value) VALUES ('language', '"ru"');`)
    const dump = () =>
      Object.fromEntries(
        ['partners', 'agreements', 'agreement_partners', 'settings', 'audit_log'].map((table) => [
          table,
          opened.sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
        ]),
      )
    const before = dump()
    expect(before.audit_log).toHaveLength(4) // 0006 audits the inserts above
    const calls: string[][] = []
    await migrateToLatest(opened.db, {
      appVersion: '1.2.0',
      beforeMigrating: async (state) => void calls.push(state.pending),
    })
    expect(calls).toEqual([['0007_app_meta']]) // an existing database: the app backs it up first
    expect(dump()).toEqual(before)
    expect(opened.sqlite.prepare('SELECT key, value FROM app_meta').all()).toEqual([
      { key: 'opened_by_version', value: '1.2.0' },
    ])
    // Not audited: the record of who opened the file is not the office's change.
    expect(opened.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(4)
    const strict = opened.sqlite
      .prepare(`SELECT strict FROM pragma_table_list WHERE name = 'app_meta'`)
      .pluck()
      .get()
    expect(strict).toBe(1)

    await migrateTo(opened.db, '0006_audit_log')
    expect(await tableNames()).not.toContain('app_meta')
    expect(dump()).toEqual(before)
  })

  it('record the running version once the schema is up to date, writing only when it changes', async () => {
    await migrateToLatest(opened.db) // no version given: nothing recorded
    expect(opened.sqlite.prepare('SELECT COUNT(*) FROM app_meta').pluck().get()).toBe(0)
    expect(await openedByVersion(opened.db)).toBeUndefined()
    await migrateToLatest(opened.db, { appVersion: '1.2.0' })
    expect(await openedByVersion(opened.db)).toBe('1.2.0')
    const changes = () => opened.sqlite.prepare('SELECT total_changes()').pluck().get()
    const written = changes()
    await migrateToLatest(opened.db, { appVersion: '1.2.0' })
    expect(changes()).toBe(written)
    await migrateToLatest(opened.db, { appVersion: '1.3.0' })
    expect(await openedByVersion(opened.db)).toBe('1.3.0')
    expect(opened.sqlite.prepare('SELECT COUNT(*) FROM app_meta').pluck().get()).toBe(1)
  })

  it('refuse a database from a newer Accord naming the version it records, and change nothing', async () => {
    await migrateToLatest(opened.db, { appVersion: '9.9.0' })
    opened.sqlite
      .prepare(
        `INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', 'x')`,
      )
      .run()
    const before = await migrationState(opened.db)
    const error = await migrateToLatest(opened.db, { appVersion: '1.2.0' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseTooNewError)
    expect(error).toMatchObject({
      unknownMigrations: ['9999_from_the_future'],
      openedByVersion: '9.9.0',
      runningVersion: '1.2.0',
      message:
        'This database was last opened by Accord 9.9.0, newer than this Accord (1.2.0). ' +
        'Install Accord 9.9.0 or newer to open it.',
    })
    expect(await migrationState(opened.db)).toEqual(before)
    expect(await openedByVersion(opened.db)).toBe('9.9.0') // not overwritten by the refusing Accord
    // Without the running version, the message still names the file's.
    await expect(migrateToLatest(opened.db)).rejects.toThrow(
      'This database was last opened by Accord 9.9.0, newer than this Accord. Install Accord 9.9.0 or newer to open it.',
    )
  })

  it('refuse with the schema steps instead when the recorded version cannot be the newer one', async () => {
    await migrateToLatest(opened.db)
    opened.sqlite.exec(
      `INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', 'x')`,
    )
    const setRecord = (value: string) =>
      opened.sqlite
        .prepare(`INSERT OR REPLACE INTO app_meta (key, value) VALUES ('opened_by_version', ?)`)
        .run(value)
    const refusal = async (): Promise<Error> => {
      try {
        await migrateToLatest(opened.db, { appVersion: '1.2.0' })
      } catch (error) {
        return error as Error
      }
      throw new Error('the database was not refused')
    }
    for (const value of ['1.2.0', '1.1.9', '0.9.0', 'x'.repeat(200), '1.4.0\nInstall evil']) {
      setRecord(value)
      expect((await refusal()).message, value).toMatch(
        /^This database was created by a newer version of Accord .*9999_from_the_future/,
      )
    }
    setRecord('1.10.0') // compared as numbers, not as text
    expect((await refusal()).message).toContain('last opened by Accord 1.10.0')
    setRecord('1.4.0-beta.1')
    expect((await refusal()).message).toContain('last opened by Accord 1.4.0-beta.1')
    opened.sqlite.exec('DROP TABLE app_meta') // e.g. a newer Accord that keeps it elsewhere
    expect((await refusal()).message).toMatch(/schema steps 9999_from_the_future/)
  })

  it('refuse a database written by a newer Accord, naming the unknown step, and change nothing', async () => {
    await migrateToLatest(opened.db)
    opened.sqlite
      .prepare(
        `INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', 'x')`,
      )
      .run()
    const before = await migrationState(opened.db)
    await expect(migrateToLatest(opened.db)).rejects.toThrow(DatabaseTooNewError)
    await expect(migrateToLatest(opened.db)).rejects.toThrow(
      /newer version of Accord.*9999_from_the_future/,
    )
    expect(await migrationState(opened.db)).toEqual(before)
  })

  it('call the backup hook only when an existing database is upgraded', async () => {
    const calls: string[][] = []
    await migrateToLatest(opened.db, {
      beforeMigrating: async (state) => void calls.push(state.pending),
    })
    expect(calls).toEqual([]) // a new, empty file has nothing to protect
  })

  it('set the pragmas the app relies on', () => {
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
  })
})
