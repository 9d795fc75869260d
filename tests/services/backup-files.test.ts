import SqliteDatabase from 'better-sqlite3'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { openDatabase, type OpenedDatabase } from '../../db/connection.ts'
import { databaseFileName, openAppDatabase } from '../../electron/services/app-database.ts'
import { createDispatcher, type Dispatch } from '../../electron/services/dispatcher.ts'
import type { HostFiles } from '../../electron/services/handler-context.ts'
import { createHandlerContext } from '../../electron/services/handler-context-factory.ts'
import { createHandlers } from '../../electron/services/handlers/index.ts'
import { createRecovery } from '../../electron/services/recovery/recovery.ts'
import { recoveryHandlers } from '../../electron/services/recovery/recovery-handlers.ts'
import type { BackupRestored, BackupsState, StagedBackup } from '../../shared/backups/backups.ts'
import type { Recovered } from '../../shared/backups/recovery.ts'
import type { AppInfo } from '../../shared/contract/contract.ts'
import type { Result } from '../../shared/contract/result.ts'
import type { ExportSaved } from '../../shared/reports/report-job.ts'
import { dumpDatabase } from '../support/db-dump.ts'
import { testHostFiles } from '../support/host-files.ts'

/**
 * "Back up now to a file…" and "Restore from a file…": a backup taken out of the backup folder
 * (a USB stick, a colleague's PC) and brought back, through the contract as the screens call it.
 */

let dataDir: string
let opened: OpenedDatabase
let dispatch: Dispatch
/** What the open dialog answers next; undefined is "cancelled". */
let chosenPath: string | undefined

const info = (): AppInfo => ({ version: '0.1.0-test', host: 'electron', dataDir })

function dispatcherFor(files: HostFiles): Dispatch {
  const context = createHandlerContext(opened.db, info(), files, opened.sqlite)
  return createDispatcher(createHandlers(context), () => {})
}

async function call<T>(operation: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(operation, input)
  if (!result.ok) throw new Error(`${operation}: ${result.error.message}`)
  return result.value as T
}

async function refusal(operation: string, input: unknown) {
  const result = (await dispatch(operation, input)) as Result<unknown>
  if (result.ok) throw new Error(`${operation} was accepted`)
  return result.error
}

const addPartner = (name: string) =>
  call('partners.create', { name, kind: 'university', country: 'AZ' })
const partnerNames = () =>
  opened.sqlite.prepare('SELECT name FROM partners ORDER BY id').pluck().all()
/**
 * The records, without the settings (the backup folder belongs to this PC, not to the data),
 * the audit trail (a restore adds its entry) and the migrator's own bookkeeping.
 */
const recordsOf = () => ({
  ...dumpDatabase(opened.sqlite),
  settings: [],
  audit_log: [],
  kysely_migration: [],
  kysely_migration_lock: [],
})
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** The file as the browser preview sends it. */
const upload = (path: string, fileName = 'accord.accord-backup') =>
  call<StagedBackup>('backups.uploadFile', {
    fileName,
    contentBase64: readFileSync(path).toString('base64'),
  })

/** A backup that reads as one but fails its check halfway: a document is not what it says. */
function damageADocument(backupFile: string): void {
  const writer = new SqliteDatabase(backupFile)
  writer
    .prepare('INSERT INTO accord_backup_documents (sha256, bytes) VALUES (?, ?)')
    .run('ab'.repeat(32), Buffer.from('not the document of that name'))
  writer.close()
}

/** Waits for the backup the app takes when it starts, so it does not land mid-test. */
async function startedBackupTaken(): Promise<void> {
  await expect
    .poll(async () => (await call<BackupsState>('backups.state')).backups.length)
    .toBeGreaterThan(0)
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'accord-backup-files-'))
  opened = await openAppDatabase(dataDir)
  chosenPath = undefined
  dispatch = dispatcherFor(
    testHostFiles({
      chooseBackupFile: () => Promise.resolve(chosenPath),
      // As the desktop app does: the user picks a place (here, a "USB stick") and it is copied.
      saveExport: (file, fileName) => {
        const target = join(dataDir, 'usb-stick', fileName)
        mkdirSync(join(dataDir, 'usb-stick'), { recursive: true })
        copyFileSync(file, target)
        return Promise.resolve({ saved: true, location: target })
      },
    }),
  )
  await startedBackupTaken()
})
afterEach(async () => {
  await opened.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('a backup saved to a file and restored from it', () => {
  it('saves a whole backup where the user chooses, apart from the rotation', async () => {
    await addPartner('Baku State University')
    const listed = async () => (await call<BackupsState>('backups.state')).backups
    const before = await listed()
    const saved = await call<ExportSaved>('backups.saveCopy')
    expect(saved.saved).toBe(true)
    expect(saved.location).toBe(join(dataDir, 'usb-stick', basename(saved.location!)))
    expect(basename(saved.location!)).toMatch(
      /^accord-\d{4}-\d{2}-\d{2}-\d{6}-manual\.accord-backup$/,
    )
    // Not one more in the backup folder, and no copy left in the data folder once it is saved.
    expect(await listed()).toEqual(before)
    expect(readdirSync(join(dataDir, 'backup-copies'))).toEqual([])
    const staged = await call<StagedBackup>('backups.uploadFile', {
      fileName: 'usb-copy.accord-backup',
      contentBase64: readFileSync(saved.location!).toString('base64'),
    })
    expect(staged.fileName).toBe('usb-copy.accord-backup')
    expect(staged.backup).toMatchObject({ kind: 'manual', partners: 1, appVersion: '0.1.0-test' })
  })

  it('restores the uploaded copy: the earlier state comes back, the current one is kept first', async () => {
    await addPartner('Baku State University')
    const before = recordsOf()
    const saved = await call<ExportSaved>('backups.saveCopy')
    const bytes = readFileSync(saved.location!)
    await addPartner('ADA University')
    expect(partnerNames()).toEqual(['Baku State University', 'ADA University'])

    const staged = await call<StagedBackup>('backups.uploadFile', {
      fileName: 'C:\\Users\\aigerim\\Desktop\\accord-before-the-import.accord-backup',
      contentBase64: bytes.toString('base64'),
    })
    // A Windows path is cut to the file's own name, which is what the screen shows.
    expect(staged.fileName).toBe('accord-before-the-import.accord-backup')
    const restored = await call<BackupRestored>('backups.restoreFile', {
      stagedId: staged.stagedId,
    })
    expect(restored.restored).toBe('accord-before-the-import.accord-backup')
    expect(recordsOf()).toEqual(before)
    const lastEntry = opened.sqlite
      .prepare(`SELECT after FROM audit_log ORDER BY id DESC LIMIT 1`)
      .pluck()
      .get()
    expect(lastEntry).toBe(JSON.stringify({ backup: 'accord-before-the-import.accord-backup' }))
    const safety = (await call<BackupsState>('backups.state')).backups.find(
      (backup) => backup.name === restored.safetyBackup,
    )
    expect(safety).toMatchObject({ kind: 'before-restore', partners: 2 })
    // The staged copy is gone, so the same id cannot restore twice.
    expect(readdirSync(join(dataDir, 'restore-staging'))).toEqual([])
    const again = await refusal('backups.restoreFile', { stagedId: staged.stagedId })
    expect(again).toMatchObject({ code: 'not_found', message: 'Choose the backup file again.' })
  })

  it('reads a file chosen in the open dialog without changing it, and cancelling is no error', async () => {
    const onTheStick = (await call<ExportSaved>('backups.saveCopy')).location!
    const hash = sha(onTheStick)
    chosenPath = onTheStick
    const staged = await call<StagedBackup>('backups.pickFile')
    expect(staged).toMatchObject({ fileName: basename(onTheStick), backup: { kind: 'manual' } })
    await addPartner('Satbayev University')
    await call('backups.restoreFile', { stagedId: staged.stagedId })
    expect(partnerNames()).toEqual([])
    expect(sha(onTheStick)).toBe(hash)
    chosenPath = undefined
    expect(await call('backups.pickFile')).toBeNull()
  })

  it('refuses a file that is not an Accord backup, and the database is unchanged', async () => {
    await addPartner('Baku State University')
    const before = dumpDatabase(opened.sqlite)
    for (const bytes of [
      Buffer.from('Reference,Partner\nAZ-1,BSU\n'),
      readFileSync(join(dataDir, databaseFileName)), // a database, but not a backup
    ]) {
      const error = await refusal('backups.uploadFile', {
        fileName: 'register.accord-backup',
        contentBase64: bytes.toString('base64'),
      })
      expect(error).toMatchObject({
        code: 'validation',
        message: 'register.accord-backup is not an Accord backup.',
        details: { fields: { backup: 'backup_not_accord' } },
      })
    }
    expect(readdirSync(join(dataDir, 'restore-staging'))).toEqual([])
    expect(dumpDatabase(opened.sqlite)).toEqual(before)
  })

  it('restores a chosen file once, even when asked twice at the same moment', async () => {
    await addPartner('Baku State University')
    const saved = await call<ExportSaved>('backups.saveCopy')
    await addPartner('ADA University')
    const staged = await upload(saved.location!)
    const results = await Promise.all([
      dispatch('backups.restoreFile', { stagedId: staged.stagedId }),
      dispatch('backups.restoreFile', { stagedId: staged.stagedId }),
    ])
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect(results.find((result) => !result.ok)).toMatchObject({
      error: { code: 'not_found', details: { fields: { backup: 'backup_choose_again' } } },
    })
    expect(partnerNames()).toEqual(['Baku State University'])
    // One safety backup, holding the data as it was just before (both partners).
    const safety = (await call<BackupsState>('backups.state')).backups.filter(
      (backup) => backup.kind === 'before-restore',
    )
    expect(safety).toMatchObject([{ partners: 2 }])
  })

  it('a restore refused halfway leaves the database and the data folder as they were', async () => {
    await addPartner('Baku State University')
    const saved = await call<ExportSaved>('backups.saveCopy')
    damageADocument(saved.location!)
    await addPartner('ADA University')
    const before = dumpDatabase(opened.sqlite)
    const staged = await upload(saved.location!)
    expect(await refusal('backups.restoreFile', { stagedId: staged.stagedId })).toMatchObject({
      code: 'validation',
      details: { fields: { backup: 'backup_damaged' } },
    })
    expect(dumpDatabase(opened.sqlite)).toEqual(before)
    // Neither the checked copy nor the staged one stays behind.
    expect(readdirSync(join(dataDir, 'restore-work'))).toEqual([])
    expect(readdirSync(join(dataDir, 'restore-staging'))).toEqual([])
  })

  it('keeps one chosen file at a time: choosing another forgets the first', async () => {
    const saved = await call<ExportSaved>('backups.saveCopy')
    const content = readFileSync(saved.location!).toString('base64')
    const first = await call<StagedBackup>('backups.uploadFile', {
      fileName: 'a',
      contentBase64: content,
    })
    const second = await call<StagedBackup>('backups.uploadFile', {
      fileName: 'b',
      contentBase64: content,
    })
    expect(readdirSync(join(dataDir, 'restore-staging'))).toHaveLength(1)
    expect(await refusal('backups.restoreFile', { stagedId: first.stagedId })).toMatchObject({
      code: 'not_found',
    })
    await call('backups.restoreFile', { stagedId: second.stagedId })
  })
})

describe('recovering a damaged database from a chosen file', () => {
  let recovered: number
  let file: string
  let damaged: Buffer

  /** The database file overwritten after its first page; the app opens its recovery screen. */
  async function damageTheDatabase(): Promise<void> {
    await opened.close()
    file = join(dataDir, databaseFileName)
    damaged = readFileSync(file)
    damaged.fill(0x55, 4096, damaged.length)
    writeFileSync(file, damaged)
    recovered = 0
    const recovery = createRecovery(dataDir, 'database disk image is malformed')
    const onRecovered = () => {
      recovered += 1
    }
    dispatch = createDispatcher(
      recoveryHandlers(info(), recovery, onRecovered, () => Promise.resolve(undefined)),
      () => {},
    )
  }

  it('restores the uploaded backup in place of the damaged file, which is kept', async () => {
    await addPartner('Baku State University')
    const saved = await call<ExportSaved>('backups.saveCopy')
    const expected = recordsOf()
    await damageTheDatabase()
    const staged = await upload(saved.location!)
    const result = await call<Recovered>('recovery.restoreFile', { stagedId: staged.stagedId })
    expect(result.restored).toBe('accord.accord-backup')
    expect(readFileSync(result.damagedFileKeptAs)).toEqual(damaged)
    expect(recovered).toBe(1)

    opened = await openAppDatabase(dataDir)
    expect(recordsOf()).toEqual(expected)
  })

  it('puts the damaged file back when the chosen backup fails its check', async () => {
    const saved = await call<ExportSaved>('backups.saveCopy')
    damageADocument(saved.location!)
    await damageTheDatabase()
    const staged = await upload(saved.location!)
    expect(await refusal('recovery.restoreFile', { stagedId: staged.stagedId })).toMatchObject({
      details: { fields: { backup: 'backup_damaged' } },
    })
    expect(readFileSync(file)).toEqual(damaged)
    expect(readdirSync(dataDir).filter((name) => name.includes('.damaged-'))).toEqual([])
    expect(recovered).toBe(0)
    opened = openDatabase(join(dataDir, 'unused.sqlite')) // for afterEach to close
  })

  it('restores one backup at a time, and none once one has been restored', async () => {
    await damageTheDatabase()
    const name = readdirSync(join(dataDir, 'backups')).find((entry) =>
      entry.endsWith('.accord-backup'),
    )!
    const results = await Promise.all([
      dispatch('recovery.restore', { name }),
      dispatch('recovery.restore', { name }),
    ])
    expect(results.filter((result) => result.ok)).toHaveLength(1)
    expect(results.find((result) => !result.ok)).toMatchObject({
      error: { code: 'conflict', details: { fields: { backup: 'restore_running' } } },
    })
    expect(await refusal('recovery.restore', { name })).toMatchObject({
      details: { fields: { backup: 'restore_done' } },
    })
    expect(recovered).toBe(1)
    opened = await openAppDatabase(dataDir)
    expect(partnerNames()).toEqual([])
  })
})
