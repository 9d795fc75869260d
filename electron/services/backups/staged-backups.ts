import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
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
  /** The staged copy and the name the user knows it by; refused when it is unknown. */
  find(stagedId: string): Promise<{ file: string; fileName: string }>
  discard(stagedId: string): Promise<void>
}

/**
 * Backups chosen from outside the backup folder wait here between "choose" and "restore": a
 * copy, so a USB stick pulled out meanwhile changes nothing, and the user's file is never
 * touched. One at a time: choosing another drops the previous copy, so nothing piles up.
 */
export function createStagedBackups(dataDir: string): StagedBackups {
  const folder = join(dataDir, 'restore-staging')
  const names = new Map<string, string>()
  const fileFor = (stagedId: string) => join(folder, `${stagedId}.accord-backup`)

  async function stage(
    fileName: string,
    put: (target: string) => Promise<void>,
  ): Promise<StagedBackup> {
    await mkdir(folder, { recursive: true })
    for (const old of await readdir(folder)) await rm(join(folder, old), { force: true })
    names.clear()
    const stagedId = randomBytes(12).toString('hex')
    const file = fileFor(stagedId)
    const shownName = cleanFileName(fileName)
    await put(file)
    const backup = readBackupInfo(file, shownName, (await stat(file)).size)
    if (!backup) {
      // Reading a database in WAL mode leaves its -wal and -shm beside it.
      for (const suffix of ['', '-wal', '-shm']) await rm(`${file}${suffix}`, { force: true })
      throw new AppFailure('validation', `${shownName} is not an Accord backup.`, {
        fields: { backup: 'backup_not_accord' },
      })
    }
    names.set(stagedId, shownName)
    return { stagedId, fileName: shownName, backup }
  }

  return {
    fromFile: (path) => stage(path, (target) => copyFile(path, target)),
    fromBytes: (fileName, bytes) => stage(fileName, (target) => writeFile(target, bytes)),
    async find(stagedId) {
      const file = fileFor(stagedId)
      const fileName = names.get(stagedId)
      // Unknown after a restart or a restore, or when another file was chosen since.
      if (fileName === undefined || !(await stat(file).catch(() => null))) {
        throw new AppFailure('not_found', 'Choose the backup file again.')
      }
      return { file, fileName }
    },
    async discard(stagedId) {
      names.delete(stagedId)
      await rm(fileFor(stagedId), { force: true })
    },
  }
}
