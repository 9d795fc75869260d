import { sql } from 'kysely'
import { openDatabase, type OpenedDatabase } from '../../db/connection.ts'
import {
  DatabaseTooNewError,
  latestMigration,
  migrateTo,
  migrateToLatest,
  migrationState,
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
    expect(await tableNames()).toEqual(['contacts', 'partners', 'settings'])
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
    expect(await tableNames()).toEqual(['contacts', 'partners', 'settings'])
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
