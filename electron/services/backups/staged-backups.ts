import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StagedBackup } from '../../../shared/backups/backups.ts'
import { AppFailure } from '../../../shared/contract/failure.ts'
import { cleanFileName } from '../document-store.ts'
import { readBackupInfo } from './backup-file.ts'

export interface StagedBackups {
  /** Copies the file the user chose (the desktop app's open dialog) and reads what it holds. */
  fromFile(path: string): Promise<StagedBackup>
  /** The same for a file's bytes (the browser preview's upload). */
  fromBytes(fileName: string, bytes: Buffer): Promise<StagedBackup>
  /**
   * Hands the staged copy over to be restored, once: a second call with the same id (a double
   * click, a second window) is refused at once, before anything is backed up or replaced.
   */
  take(stagedId: string): Promise<{ file: string; fileName: string }>
  /** Removes a copy that was taken, restored or not. */
  discard(file: string): Promise<void>
}

const chooseAgain = () =>
  new AppFailure('not_found', 'Choose the backup file again.', {
    fields: { backup: 'backup_choose_again' },
  })

async function removeWithSidecars(file: string): Promise<void> {
  // Reading a database in WAL mode leaves its -wal and -shm beside it.
  for (const suffix of ['', '-wal', '-shm']) await rm(`${file}${suffix}`, { force: true })
}

/**
 * Backups chosen from outside the backup folder wait here between "choose" and "restore": a
 * copy, so a USB stick pulled out meanwhile changes nothing, and the user's file is never
 * touched. One waits at a time: choosing another drops the previous copy (not one already
 * being restored), and what an earlier run of the app left is cleared first.
 */
export function createStagedBackups(dataDir: string): StagedBackups {
  const folder = join(dataDir, 'restore-staging')
  const waiting = new Map<string, string>()
  const fileFor = (stagedId: string) => join(folder, `${stagedId}.accord-backup`)
  const leftoversCleared = rm(folder, { recursive: true, force: true })

  async function stage(
    fileName: string,
    put: (target: string) => Promise<void>,
  ): Promise<StagedBackup> {
    await leftoversCleared
    await mkdir(folder, { recursive: true })
    for (const stagedId of [...waiting.keys()]) {
      waiting.delete(stagedId)
      await removeWithSidecars(fileFor(stagedId))
    }
    const stagedId = randomBytes(12).toString('hex')
    const file = fileFor(stagedId)
    const shownName = cleanFileName(fileName)
    try {
      await put(file)
    } catch (error) {
      await removeWithSidecars(file)
      throw new AppFailure(
        'validation',
        `${shownName} could not be read: ${(error as Error).message}`,
        { fields: { backup: 'backup_unreadable' } },
      )
    }
    const backup = readBackupInfo(file, shownName, (await stat(file)).size)
    if (!backup) {
      await removeWithSidecars(file)
      throw new AppFailure('validation', `${shownName} is not an Accord backup.`, {
        fields: { backup: 'backup_not_accord' },
      })
    }
    waiting.set(stagedId, shownName)
    return { stagedId, fileName: shownName, backup }
  }

  return {
    fromFile: (path) => stage(path, (target) => copyFile(path, target)),
    fromBytes: (fileName, bytes) => stage(fileName, (target) => writeFile(target, bytes)),
    async take(stagedId) {
      const fileName = waiting.get(stagedId)
      // Unknown after a restart, once restored, or when another file was chosen since.
      if (fileName === undefined) throw chooseAgain()
      waiting.delete(stagedId)
      const file = fileFor(stagedId)
      if (!(await stat(file).catch(() => null))) throw chooseAgain()
      return { file, fileName }
    },
    discard: removeWithSidecars,
  }
}
