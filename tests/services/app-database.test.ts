import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../db/connection.ts'
import { DatabaseTooNewError } from '../../db/migrate.ts'
import {
  accordVersion,
  DatabaseDamagedError,
  databaseFileName,
  openAppDatabase,
} from '../../electron/services/app-database.ts'
import { writeBackupFile } from '../../electron/services/backups/backup-file.ts'
import { restoreBackup } from '../../electron/services/backups/restore.ts'
import { createDocumentStore } from '../../electron/services/document-store.ts'
import { defaultDataDir } from '../../electron/services/data-dir.ts'
import { fillDemoData } from '../../electron/services/demo-data.ts'

const tempDir = () => mkdtempSync(join(tmpdir(), 'accord-test-'))

/**
 * A stand-in for the 'electron' module, for the one test that starts the desktop app's main
 * process (the binary cannot be downloaded on the build machines; see electron-glue.test.ts).
 */
const electron = vi.hoisted(() => ({
  dataDir: '',
  errorBoxes: [] as Array<{ title: string; content: string }>,
  quit: 0,
}))
vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    setAppUserModelId: () => {},
    requestSingleInstanceLock: () => true,
    on: () => {},
    whenReady: () => Promise.resolve(),
    getPath: () => electron.dataDir,
    getVersion: () => accordVersion,
    quit: () => void electron.quit++,
    exit: () => {},
    relaunch: () => {},
  },
  dialog: {
    showErrorBox: (title: string, content: string) =>
      void electron.errorBoxes.push({ title, content }),
  },
  protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
}))

/** A data folder whose database a newer Accord (9.9.0, with a step this one lacks) last opened. */
async function folderFromNewerAccord(): Promise<string> {
  const dir = tempDir()
  const database = await openAppDatabase(dir, { appVersion: '9.9.0' })
  database.sqlite
    .prepare(`INSERT INTO kysely_migration (name, timestamp) VALUES ('0999_future', 'x')`)
    .run()
  await database.close()
  return dir
}

const recordedVersion = (file: string) => {
  const raw = openDatabase(file)
  try {
    return raw.sqlite
      .prepare(`SELECT value FROM app_meta WHERE key = 'opened_by_version'`)
      .pluck()
      .get()
  } finally {
    raw.sqlite.close()
  }
}

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

  it('records the running Accord in the file: package.json’s version unless told otherwise', async () => {
    expect(accordVersion).toBe(
      (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version,
    )
    const dir = tempDir()
    await (await openAppDatabase(dir)).close()
    expect(recordedVersion(join(dir, databaseFileName))).toBe(accordVersion)
    await (await openAppDatabase(dir, { appVersion: '1.2.0' })).close()
    expect(recordedVersion(join(dir, databaseFileName))).toBe('1.2.0')
  })

  it('refuses a file from a newer Accord naming its version and this one, and leaves it alone', async () => {
    const dir = await folderFromNewerAccord()
    const error = await openAppDatabase(dir, { appVersion: '1.2.0' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseTooNewError)
    expect(error).toMatchObject({
      openedByVersion: '9.9.0',
      runningVersion: '1.2.0',
      message:
        'This database was last opened by Accord 9.9.0, newer than this Accord (1.2.0). ' +
        'Install Accord 9.9.0 or newer to open it.',
    })
    // By default the running version is this build's.
    await expect(openAppDatabase(dir)).rejects.toThrow(
      `This database was last opened by Accord 9.9.0, newer than this Accord (${accordVersion}).`,
    )
    expect(recordedVersion(join(dir, databaseFileName))).toBe('9.9.0')
    expect(readdirSync(dir)).not.toContain('backups') // no upgrade was started
  })

  it('keeps its own record of the Accord that opened it through a restore of a backup', async () => {
    const dir = tempDir()
    const documents = createDocumentStore(dir)
    const older = await openAppDatabase(dir, { appVersion: '1.0.0' })
    older.sqlite
      .exec(`INSERT INTO partners (name, kind, country, name_sort, search_text, created_at, updated_at)
      VALUES ('ADA University', 'university', 'AZ', 'ada university', 'ada university', 'now', 'now')`)
    const backup = join(dir, 'taken-by-1.0.0.sqlite')
    await writeBackupFile(older.sqlite, documents, backup, {
      kind: 'manual',
      createdAt: '2026-11-30T08:00:00.000Z',
      appVersion: '1.0.0',
    })
    older.sqlite.exec(`DELETE FROM partners`)
    await older.close()
    const live = await openAppDatabase(dir, { appVersion: '1.2.0' })
    try {
      await restoreBackup(live, backup, dir, documents)
      expect(live.sqlite.prepare('SELECT name FROM partners').pluck().all()).toEqual([
        'ADA University',
      ])
      expect(live.sqlite.prepare('SELECT key, value FROM app_meta').all()).toEqual([
        { key: 'opened_by_version', value: '1.2.0' },
      ])
      // The restore's own entry is the only one; app_meta is never audited.
      expect(
        live.sqlite
          .prepare(`SELECT count(*) FROM audit_log WHERE table_name = 'app_meta'`)
          .pluck()
          .get(),
      ).toBe(0)
    } finally {
      await live.close()
    }
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

describe('the desktop app’s start on a database from a newer Accord', () => {
  it('shows a message naming the file’s Accord version and this one, and quits', async () => {
    electron.dataDir = await folderFromNewerAccord()
    await import('../../electron/main/main.ts')
    await vi.waitFor(() => expect(electron.errorBoxes).toHaveLength(1))
    expect(electron.errorBoxes[0]).toEqual({
      title: 'Accord cannot open its database',
      content:
        `This database was last opened by Accord 9.9.0, newer than this Accord (${accordVersion}). ` +
        'Install Accord 9.9.0 or newer to open it.',
    })
    await vi.waitFor(() => expect(electron.quit).toBe(1))
    expect(recordedVersion(join(electron.dataDir, databaseFileName))).toBe('9.9.0')
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
