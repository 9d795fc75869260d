import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import type { Db, Sqlite } from '../../../db/connection.ts'
import { readSetting, writeValue } from '../../../db/settings.ts'
import {
  backupFileExtension,
  type BackupInfo,
  type BackupKind,
  type BackupRestored,
  type BackupsState,
} from '../../../shared/backups/backups.ts'
import { backupsToDelete } from '../../../shared/backups/rotation.ts'
import { AppFailure } from '../../../shared/contract/failure.ts'
import type { DocumentStore } from '../document-store.ts'
import { readBackupInfo, writeBackupFile } from './backup-file.ts'
import { backupCopiesFolder, clearLeftovers } from './leftovers.ts'
import { restoreBackup } from './restore.ts'

export interface BackupService {
  state(): Promise<BackupsState>
  create(kind: BackupKind): Promise<BackupInfo>
  /** The first backup of the day, when there is none yet; null when there is. */
  daily(): Promise<BackupInfo | null>
  restore(name: string): Promise<BackupRestored>
  /** Restores a backup file from outside the backup folder, known to the user as `fileName`. */
  restoreFile(file: string, fileName: string): Promise<BackupRestored>
  /**
   * A backup written apart from the folder and its rotation, for the user to save where they
   * choose (a USB stick); the previous such copy is removed first.
   */
  saveCopy(): Promise<{ file: string; name: string }>
  setFolder(folder: string | null): Promise<BackupsState>
}

const folderKey = 'backupFolder'

/** `2026-12-02T09:30:15.123Z` → `accord-2026-12-02-093015-daily.accord-backup` (UTC, sortable). */
export function backupName(at: Date, kind: BackupKind): string {
  const iso = at.toISOString()
  return `accord-${iso.slice(0, 10)}-${iso.slice(11, 19).replaceAll(':', '')}-${kind}${backupFileExtension}`
}

function target(where: string, at: Date, kind: BackupKind): { name: string; file: string } {
  const name = backupName(at, kind)
  return { name, file: join(where, name) }
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

function dayOf(name: string): string {
  return name.slice('accord-'.length, 'accord-'.length + 10)
}

/**
 * The office's backups: taken by hand, on the first start of a day and on quitting, kept in a
 * folder (a setting) under a rotation, and restored after the backup has been checked.
 */
export function createBackupService(
  live: { db: Db; sqlite: Sqlite },
  dataDir: string,
  appVersion: string,
  documents: DocumentStore,
  now: () => Date = () => new Date(),
): BackupService {
  const defaultFolder = join(dataDir, 'backups')
  // One backup or restore at a time: two at once would copy each other's half-written state.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work)
    queue = next.catch(() => undefined)
    return next
  }

  async function folder(): Promise<string> {
    const chosen = await readSetting(live.db, folderKey)
    return typeof chosen === 'string' && chosen ? chosen : defaultFolder
  }

  async function list(): Promise<BackupInfo[]> {
    const where = await folder()
    const names = (await readdir(where).catch(() => [] as string[])).filter((name) =>
      /^accord-\d{4}-\d{2}-\d{2}-\d{6}-[a-z-]+\.accord-backup$/.test(name),
    )
    const backups: BackupInfo[] = []
    for (const name of names.sort().reverse()) {
      const file = join(where, name)
      const info = readBackupInfo(file, name, (await stat(file)).size)
      if (info) backups.push(info)
    }
    return backups
  }

  async function create(kind: BackupKind): Promise<BackupInfo> {
    const where = await folder()
    await mkdir(where, { recursive: true })
    const at = now()
    let { name, file } = target(where, at, kind)
    // Two in the same second (a restore's safety backup just after "Back up now") get names a
    // second apart: a backup is never written over another.
    for (let later = 1; await exists(file); later += 1) {
      ;({ name, file } = target(where, new Date(at.getTime() + later * 1000), kind))
    }
    await writeBackupFile(live.sqlite, documents, file, {
      kind,
      createdAt: at.toISOString(),
      appVersion,
    })
    await rotate(where, at.toISOString().slice(0, 10))
    const info = readBackupInfo(file, name, (await stat(file)).size)
    if (!info) throw new Error(`The backup ${file} was written but cannot be read back.`)
    return info
  }

  async function rotate(where: string, today: string): Promise<void> {
    const backups = (await list()).map((backup) => ({
      name: backup.name,
      kind: backup.kind,
      day: dayOf(backup.name),
    }))
    for (const name of backupsToDelete(backups, today)) await rm(join(where, name), { force: true })
  }

  /** The current database is backed up first, in case the restore was a mistake. */
  async function restoreFrom(file: string, shownName: string): Promise<BackupRestored> {
    if (!(await exists(file))) {
      throw new AppFailure('not_found', `The backup ${shownName} is no longer there.`)
    }
    const safety = await create('before-restore')
    const chosenFolder = await readSetting(live.db, folderKey)
    await restoreBackup(live, file, dataDir, documents, shownName)
    // Where this PC keeps its backups is not part of what is restored.
    await writeValue(live.db, folderKey, chosenFolder ?? null)
    return { restored: shownName, safetyBackup: safety.name }
  }

  async function state(): Promise<BackupsState> {
    const where = await folder()
    return { folder: where, isDefaultFolder: where === defaultFolder, backups: await list() }
  }

  // What an earlier run cut short is cleared before this run's first backup or restore.
  serial(async () => clearLeftovers(dataDir, await folder())).catch((error: unknown) =>
    console.error('Leftovers of an earlier run could not be removed:', error),
  )

  return {
    state,
    create: (kind) => serial(() => create(kind)),
    daily: () =>
      serial(async () => {
        const today = now().toISOString().slice(0, 10)
        const taken = (await list()).some(
          (backup) => backup.kind === 'daily' && dayOf(backup.name) === today,
        )
        return taken ? null : create('daily')
      }),
    restore: (name) =>
      serial(async () => {
        const file = join(await folder(), name)
        if (!(await exists(file)))
          throw new AppFailure(
            'not_found',
            `There is no backup named ${name} in the backup folder.`,
          )
        return restoreFrom(file, name)
      }),
    restoreFile: (file, fileName) => serial(() => restoreFrom(file, fileName)),
    saveCopy: () =>
      serial(async () => {
        const copies = join(dataDir, backupCopiesFolder)
        await rm(copies, { recursive: true, force: true })
        await mkdir(copies, { recursive: true })
        const at = now()
        const name = backupName(at, 'manual')
        const file = join(copies, name)
        await writeBackupFile(live.sqlite, documents, file, {
          kind: 'manual',
          createdAt: at.toISOString(),
          appVersion,
        })
        return { file, name }
      }),
    setFolder: (chosen) =>
      serial(async () => {
        if (chosen !== null && chosen !== '') {
          if (!isAbsolute(chosen)) {
            throw new AppFailure(
              'validation',
              'Choose a whole folder path, such as D:\\Backups\\Accord.',
              {
                fields: { folder: 'backup_folder_relative' },
              },
            )
          }
          try {
            await mkdir(chosen, { recursive: true })
          } catch (error) {
            throw new AppFailure(
              'validation',
              `Accord cannot write to this folder: ${(error as Error).message}`,
              {
                fields: { folder: 'backup_folder_unwritable' },
              },
            )
          }
        }
        await writeValue(live.db, folderKey, chosen || null)
        return state()
      }),
  }
}
