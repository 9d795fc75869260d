import SqliteDatabase from 'better-sqlite3'
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
import { openDatabase, type OpenedDatabase } from '../../db/connection.ts'
import { migrateTo } from '../../db/migrate.ts'
import { openAppDatabase } from '../../electron/services/app-database.ts'
import { writeBackupFile } from '../../electron/services/backups/backup-file.ts'
import { backupName, createBackupService } from '../../electron/services/backups/backup-service.ts'
import { createDocumentStore } from '../../electron/services/document-store.ts'
import { createDispatcher, type Dispatch } from '../../electron/services/dispatcher.ts'
import { createHandlerContext } from '../../electron/services/handler-context-factory.ts'
import { createHandlers } from '../../electron/services/handlers/index.ts'
import type { BackupInfo, BackupsState } from '../../shared/backups/backups.ts'
import type { Result } from '../../shared/contract/result.ts'
import { dumpDatabase } from '../support/db-dump.ts'
import { testHostFiles } from '../support/host-files.ts'

let dataDir: string
let opened: OpenedDatabase
let dispatch: Dispatch

async function call<T>(operation: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(operation, input)
  if (!result.ok) throw new Error(`${operation}: ${result.error.message}`)
  return result.value as T
}

const partnerInput = (name: string) => ({ name, kind: 'university', country: 'KZ' })
const names = () => opened.sqlite.prepare('SELECT name FROM partners ORDER BY id').pluck().all()
/** Everything but the settings (the backup folder is this PC's, not the data's). */
const dataOf = (): Record<string, unknown[]> => ({ ...dumpDatabase(opened.sqlite), settings: [] })

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'accord-backups-'))
  opened = await openAppDatabase(dataDir)
  const context = createHandlerContext(
    opened.db,
    { version: '0.1.0-test', host: 'preview', dataDir },
    testHostFiles(),
    opened.sqlite,
  )
  dispatch = createDispatcher(createHandlers(context), () => {})
})
afterEach(async () => {
  await opened.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('backups', () => {
  it('takes the day’s backup when the app starts, once a day', async () => {
    await expect
      .poll(async () => (await call<BackupsState>('backups.state')).backups.length)
      .toBe(1)
    const state = await call<BackupsState>('backups.state')
    expect(state).toMatchObject({ folder: join(dataDir, 'backups'), isDefaultFolder: true })
    expect(state.backups[0]).toMatchObject({
      kind: 'daily',
      appVersion: '0.1.0-test',
      agreements: 0,
    })
    // A second start on the same day takes none.
    createHandlers(
      createHandlerContext(
        opened.db,
        { version: 'x', host: 'preview', dataDir },
        testHostFiles(),
        opened.sqlite,
      ),
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect((await call<BackupsState>('backups.state')).backups).toHaveLength(1)
  })

  it('backs up, and a restore brings back the earlier state exactly, documents included', async () => {
    const bsu = await call<{ id: number }>('partners.create', partnerInput('Baku State University'))
    const agreement = await call<{ id: number }>('agreements.create', {
      reference: 'AZ-1',
      title: 'Exchange',
      kind: 'student_exchange',
      state: 'active',
      noticeDays: 90,
      partners: [{ partnerId: bsu.id }],
    })
    const pdf = Buffer.from('%PDF-1.4\n% signed copy\n%%EOF\n')
    await call('documents.add', {
      agreementId: agreement.id,
      name: 'signed.pdf',
      contentBase64: pdf.toString('base64'),
    })
    const before = dataOf()
    const backup = await call<BackupInfo>('backups.create', {})
    expect(backup).toMatchObject({ kind: 'manual', agreements: 1, partners: 1, documents: 1 })

    // Later: a partner added, the agreement's document removed and its file gone from the disk.
    await call('partners.create', partnerInput('Satbayev University'))
    const documentId = opened.sqlite.prepare('SELECT id FROM documents').pluck().get() as number
    await call('documents.remove', { id: documentId })
    rmSync(join(dataDir, 'documents'), { recursive: true, force: true })
    expect(names()).toEqual(['Baku State University', 'Satbayev University'])

    const restored = await call<{ restored: string; safetyBackup: string }>('backups.restore', {
      name: backup.name,
    })
    expect(restored.restored).toBe(backup.name)
    // The records come back exactly, and so does the audit trail as it was at the backup (the
    // copying itself is not audited), plus one entry saying that this backup was restored.
    const after = dataOf()
    expect({ ...after, audit_log: [] }).toEqual({ ...before, audit_log: [] })
    expect(before.audit_log!.length).toBeGreaterThan(0)
    expect(after.audit_log!.slice(0, -1)).toEqual(before.audit_log)
    expect(after.audit_log!.at(-1)).toMatchObject({
      table_name: 'restore',
      action: 'update',
      record_id: null,
      before: null,
      after: JSON.stringify({ backup: backup.name }),
    })
    const sha = opened.sqlite.prepare('SELECT sha256 FROM documents').pluck().get() as string
    expect(readFileSync(createDocumentStore(dataDir).pathOf(sha))).toEqual(pdf)
    // The state just before the restore was kept, in case the restore was the mistake.
    const safety = (await call<BackupsState>('backups.state')).backups.find(
      (item) => item.name === restored.safetyBackup,
    )
    expect(safety).toMatchObject({ kind: 'before-restore', partners: 2, documents: 0 })
    expect(opened.sqlite.pragma('foreign_key_check')).toEqual([])
  })

  it('never writes a backup over another taken in the same second', async () => {
    const at = new Date('2026-12-02T09:30:15.400Z')
    const service = createBackupService(
      opened,
      dataDir,
      '0.1.0-test',
      createDocumentStore(dataDir),
      () => at,
    )
    const first = await service.create('manual')
    const second = await service.create('manual')
    expect([first.name, second.name]).toEqual([
      'accord-2026-12-02-093015-manual.accord-backup',
      'accord-2026-12-02-093016-manual.accord-backup',
    ])
    expect(second.createdAt).toBe(at.toISOString())
    expect(existsSync(join(dataDir, 'backups', first.name))).toBe(true)
  })

  it('refuses a damaged backup before anything changes', async () => {
    await call('partners.create', partnerInput('Baku State University'))
    const backup = await call<BackupInfo>('backups.create', {})
    const file = join(dataDir, 'backups', backup.name)
    const bytes = readFileSync(file)
    bytes.fill(0x55, 4096, 8192) // a page of the copy overwritten
    writeFileSync(file, bytes)
    await call('partners.create', partnerInput('Satbayev University'))
    const before = dumpDatabase(opened.sqlite)
    const result = (await dispatch('backups.restore', { name: backup.name })) as Result<unknown>
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.details?.fields?.backup).toBe('backup_damaged')
    expect(dumpDatabase(opened.sqlite)).toEqual(before)
  })

  it('refuses a backup written by a newer Accord, naming its version', async () => {
    const backup = await call<BackupInfo>('backups.create', {})
    const file = join(dataDir, 'backups', backup.name)
    const copy = new SqliteDatabase(file)
    copy.exec(`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', 'x');
      UPDATE accord_backup_manifest SET value = '9.0.0' WHERE key = 'appVersion';`)
    copy.close()
    const result = (await dispatch('backups.restore', { name: backup.name })) as Result<unknown>
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.details?.fields?.backup).toBe('backup_too_new')
      expect(result.error.message).toContain('9.0.0')
    }
  })

  it('restores a backup of an older schema, bringing it up to date', async () => {
    // After the app's start-up work (leftovers cleared, the day's backup) has settled.
    await expect
      .poll(async () => (await call<BackupsState>('backups.state')).backups.length)
      .toBe(1)
    // A backup written when the database had only the first four schema steps.
    const old = openDatabase(join(dataDir, 'old.sqlite'))
    await migrateTo(old.db, '0004_report_layouts')
    old.sqlite
      .exec(`INSERT INTO partners (name, kind, country, name_sort, search_text, created_at, updated_at)
      VALUES ('ADA University', 'university', 'AZ', 'ada university', 'ada university', 'now', 'now')`)
    const name = backupName(new Date('2026-11-30T08:00:00Z'), 'manual')
    mkdirSync(join(dataDir, 'backups'), { recursive: true })
    await writeBackupFile(
      old.sqlite,
      createDocumentStore(dataDir),
      join(dataDir, 'backups', name),
      {
        kind: 'manual',
        createdAt: '2026-11-30T08:00:00.000Z',
        appVersion: '0.0.9',
      },
    )
    await old.close()
    await call('partners.create', partnerInput('Baku State University'))
    await call('backups.restore', { name })
    expect(names()).toEqual(['ADA University'])
    expect(opened.sqlite.prepare(`SELECT import_batch_id FROM partners`).pluck().all()).toEqual([
      null,
    ])
  })

  it('writes to the folder chosen in the settings, and keeps that folder through a restore', async () => {
    const folder = join(dataDir, 'elsewhere', 'Accord backups')
    const state = await call<BackupsState>('backups.setFolder', { folder })
    expect(state).toMatchObject({ folder, isDefaultFolder: false, backups: [] })
    const backup = await call<BackupInfo>('backups.create', {})
    expect(existsSync(join(folder, backup.name))).toBe(true)
    await call('backups.restore', { name: backup.name })
    expect((await call<BackupsState>('backups.state')).folder).toBe(folder)
    const relative = (await dispatch('backups.setFolder', { folder: 'backups' })) as Result<unknown>
    expect(relative.ok).toBe(false)
    if (!relative.ok) expect(relative.error.details?.fields?.folder).toBe('backup_folder_relative')
  })

  it('keeps a week of daily backups under the rotation, and never deletes one made by hand', async () => {
    // Its own folder, away from the backup the app took when it started today.
    const folder = mkdtempSync(join(tmpdir(), 'accord-rotation-'))
    const service = createBackupService(
      opened,
      folder,
      'x',
      createDocumentStore(folder),
      () => clock,
    )
    let clock = new Date('2026-11-01T09:00:00Z')
    await service.create('manual')
    for (let day = 1; day <= 20; day++) {
      clock = new Date(Date.UTC(2026, 10, day, 9))
      await service.daily()
    }
    const files = readdirSync(join(folder, 'backups')).filter((name) =>
      name.endsWith('.accord-backup'),
    )
    const days = files.filter((name) => name.includes('-daily')).map((name) => name.slice(7, 17))
    // 14–20 November (the last 7 days), and the newest of each of the 4 weeks from Monday 26
    // October: 1 November (Sunday), 8 November, 15 November (already kept) and 20 November.
    expect(days.sort()).toEqual([
      '2026-11-01',
      '2026-11-08',
      '2026-11-14',
      '2026-11-15',
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
    ])
    expect(files.some((name) => name.includes('-manual'))).toBe(true)
    rmSync(folder, { recursive: true, force: true })
  })
})
