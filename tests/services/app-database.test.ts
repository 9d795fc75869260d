import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../db/connection.ts'
import { DatabaseTooNewError } from '../../db/migrate.ts'
import {
  DatabaseDamagedError,
  databaseFileName,
  openAppDatabase,
} from '../../electron/services/app-database.ts'
import { defaultDataDir } from '../../electron/services/data-dir.ts'
import { fillDemoData } from '../../electron/services/demo-data.ts'

const tempDir = () => mkdtempSync(join(tmpdir(), 'accord-test-'))

describe('openAppDatabase', () => {
  it('creates the data folder and a migrated database file in it', async () => {
    const dir = join(tempDir(), 'nested', 'Accord')
    const database = await openAppDatabase(dir)
    expect(readdirSync(dir)).toContain(databaseFileName)
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    await database.close()
  })

  it('keeps data between openings', async () => {
    const dir = tempDir()
    const first = await openAppDatabase(dir)
    expect(await fillDemoData(first.db)).toBeGreaterThan(20)
    await first.close()
    const second = await openAppDatabase(dir)
    expect(await fillDemoData(second.db)).toBe(0) // not an empty database any more: nothing added
    await second.close()
  })

  it('refuses a file written by a newer Accord and leaves it alone', async () => {
    const dir = tempDir()
    const database = await openAppDatabase(dir)
    database.sqlite
      .prepare(`INSERT INTO kysely_migration (name, timestamp) VALUES ('0999_future', 'x')`)
      .run()
    await database.close()
    await expect(openAppDatabase(dir)).rejects.toBeInstanceOf(DatabaseTooNewError)
  })

  it('refuses a file that is not a database instead of replacing it', async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, databaseFileName),
      'these are the minutes of a meeting, not a database'.repeat(200),
    )
    await expect(openAppDatabase(dir)).rejects.toBeInstanceOf(DatabaseDamagedError)
    await expect(openAppDatabase(dir)).rejects.toThrow(/file is not a database/)
  })

  it('refuses a database whose pages are damaged', async () => {
    const dir = tempDir()
    const file = join(dir, databaseFileName)
    const database = await openAppDatabase(dir)
    await fillDemoData(database.db)
    await database.close()
    // Overwrite the start of the partners table's root page, as a failing disk would.
    const raw = openDatabase(file)
    const rootpage = raw.sqlite
      .prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'partners'`)
      .pluck()
      .get() as number
    const pageSize = raw.sqlite.pragma('page_size', { simple: true }) as number
    raw.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await raw.close()
    const { openSync, writeSync, closeSync } = await import('node:fs')
    const fd = openSync(file, 'r+')
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (rootpage - 1) * pageSize)
    closeSync(fd)
    await expect(openAppDatabase(dir)).rejects.toBeInstanceOf(DatabaseDamagedError)
  })
})

describe('defaultDataDir', () => {
  it('matches Electron userData for each platform', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(
      /Roaming.Accord$/,
    )
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe(
      '/home/a/.config/Accord',
    )
  })
})

describe('demo data', () => {
  it('fills partners in Latin and Cyrillic from Kazakhstan, Azerbaijan and elsewhere, in one go', async () => {
    const database = await openAppDatabase(tempDir())
    await fillDemoData(database.db)
    const countries = database.sqlite.prepare('SELECT DISTINCT country FROM partners').pluck().all()
    expect(countries).toEqual(expect.arrayContaining(['KZ', 'AZ', 'RU', 'TR', 'GB']))
    const cyrillic = database.sqlite
      .prepare(`SELECT count(*) FROM partners WHERE name_native GLOB '*[а-яА-Я]*'`)
      .pluck()
      .get()
    expect(cyrillic).toBeGreaterThan(5)
    expect(database.sqlite.prepare('SELECT count(*) FROM contacts').pluck().get()).toBeGreaterThan(
      10,
    )
    await database.close()
  })
})
