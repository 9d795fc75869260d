import { readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { databaseFileName, openAppDatabase } from '../app-database.ts'
import { readBackupInfo } from '../backups/backup-file.ts'
import { restoreBackup } from '../backups/restore.ts'
import { createDocumentStore } from '../document-store.ts'
import type { BackupInfo } from '../../../shared/backups/backups.ts'
import type { Recovered, RecoveryState } from '../../../shared/backups/recovery.ts'
import { AppFailure } from '../../../shared/contract/failure.ts'

export interface Recovery {
  state(): Promise<RecoveryState>
  /** Moves the damaged file aside and restores the backup into a new database in its place. */
  restore(name: string): Promise<Recovered>
  /** The same from a backup file chosen elsewhere, known to the user as `fileName`. */
  restoreFile(file: string, fileName: string): Promise<Recovered>
}

/** The backups in the data folder's backup folder (the setting lives in the damaged file). */
async function backupsIn(folder: string): Promise<BackupInfo[]> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) =>
    name.endsWith('.accord-backup'),
  )
  const found: BackupInfo[] = []
  for (const name of names.sort().reverse()) {
    const file = join(folder, name)
    const info = readBackupInfo(file, name, (await stat(file)).size)
    if (info) found.push(info)
  }
  return found
}

/**
 * What the app offers when its database file is damaged: never an empty database in its place,
 * but the backups to restore from, newest first; the damaged file is kept beside it.
 */
export function createRecovery(
  dataDir: string,
  detail: string,
  now: () => Date = () => new Date(),
): Recovery {
  const file = join(dataDir, databaseFileName)
  const folder = join(dataDir, 'backups')
  /** One restore at a time, and none after one has succeeded: the app starts again on it. */
  let restoring: 'idle' | 'busy' | 'done' = 'idle'

  async function restoreFrom(backupFile: string, shownName: string): Promise<Recovered> {
    if (restoring !== 'idle') {
      throw new AppFailure(
        'conflict',
        restoring === 'busy'
          ? 'A backup is being restored already. Wait for it to finish.'
          : 'A backup was restored already. Accord is starting again on it.',
        { fields: { backup: restoring === 'busy' ? 'restore_running' : 'restore_done' } },
      )
    }
    restoring = 'busy'
    try {
      const recovered = await replaceDamagedFile(backupFile, shownName)
      restoring = 'done'
      return recovered
    } finally {
      if (restoring === 'busy') restoring = 'idle'
    }
  }

  async function replaceDamagedFile(backupFile: string, shownName: string): Promise<Recovered> {
    const keptAs = `${file}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`
    for (const suffix of ['', '-wal', '-shm']) {
      await rename(`${file}${suffix}`, `${keptAs}${suffix}`).catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error
        },
      )
    }
    let fresh: Awaited<ReturnType<typeof openAppDatabase>> | undefined
    try {
      fresh = await openAppDatabase(dataDir)
      await restoreBackup(fresh, backupFile, dataDir, createDocumentStore(dataDir), shownName)
    } catch (error) {
      // The damaged file goes back where it was, without the new file's journal beside it:
      // nothing is lost, and the user can try another backup.
      await fresh?.close()
      for (const suffix of ['', '-wal', '-shm']) await rm(`${file}${suffix}`, { force: true })
      for (const suffix of ['', '-wal', '-shm']) {
        await rename(`${keptAs}${suffix}`, `${file}${suffix}`).catch(() => undefined)
      }
      throw error
    }
    await fresh.close()
    return { restored: shownName, damagedFileKeptAs: keptAs }
  }

  return {
    state: async () => ({ problem: 'damaged', detail, file, backups: await backupsIn(folder) }),
    async restore(name) {
      if (!(await backupsIn(folder)).some((backup) => backup.name === name)) {
        throw new AppFailure('not_found', `There is no readable backup named ${name}.`)
      }
      return restoreFrom(join(folder, name), name)
    },
    restoreFile: (backupFile, fileName) => restoreFrom(backupFile, fileName),
  }
}
