import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenedDatabase } from '../../db/connection.ts'
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
  dispatch = dispatcherFor(testHostFiles({ chooseBackupFile: () => Promise.resolve(chosenPath) }))
  await startedBackupTaken()
})
afterEach(async () => {
  await opened.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('a backup saved to a file and restored from it', () => {
  it('saves a whole backup where the user chooses, apart from the rotation', async () => {
    await addPartner('Baku State University')
    const saved = await call<ExportSaved>('backups.saveCopy')
    expect(saved.saved).toBe(true)
    expect(saved.location).toMatch(/accord-\d{4}-\d{2}-\d{2}-\d{6}-manual\.accord-backup$/)
    // The rotation neither lists it nor deletes it: it is the user's now.
    const listed = (await call<BackupsState>('backups.state')).backups.map((backup) => backup.name)
    expect(listed.every((name) => !saved.location!.endsWith(name))).toBe(true)
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
    const saved = await call<ExportSaved>('backups.saveCopy')
    const onTheStick = join(dataDir, 'usb', 'accord.accord-backup')
    mkdirSync(join(dataDir, 'usb'))
    writeFileSync(onTheStick, readFileSync(saved.location!))
    const hash = sha(onTheStick)
    chosenPath = onTheStick
    const staged = await call<StagedBackup>('backups.pickFile')
    expect(staged).toMatchObject({ fileName: 'accord.accord-backup', backup: { kind: 'manual' } })
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
  it('restores the uploaded backup in place of the damaged file, which is kept', async () => {
    await addPartner('Baku State University')
    const saved = await call<ExportSaved>('backups.saveCopy')
    const content = readFileSync(saved.location!).toString('base64')
    const expected = recordsOf()
    await opened.close()
    const file = join(dataDir, databaseFileName)
    const bytes = readFileSync(file)
    bytes.fill(0x55, 4096, bytes.length) // everything after the first page overwritten
    writeFileSync(file, bytes)

    let recovered = 0
    const recovery = createRecovery(dataDir, 'database disk image is malformed')
    dispatch = createDispatcher(
      recoveryHandlers(
        info(),
        recovery,
        () => {
          recovered += 1
        },
        () => Promise.resolve(undefined),
      ),
      () => {},
    )
    const staged = await call<StagedBackup>('backups.uploadFile', {
      fileName: 'accord.accord-backup',
      contentBase64: content,
    })
    const result = await call<Recovered>('recovery.restoreFile', { stagedId: staged.stagedId })
    expect(result.restored).toBe('accord.accord-backup')
    expect(existsSync(result.damagedFileKeptAs)).toBe(true)
    expect(readFileSync(result.damagedFileKeptAs)).toEqual(bytes)
    expect(recovered).toBe(1)

    opened = await openAppDatabase(dataDir)
    expect(recordsOf()).toEqual(expected)
  })
})
