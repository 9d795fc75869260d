import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'

/** Where a restore checks its copy of the backup (beside the data, on the same disk). */
export const restoreWorkFolder = 'restore-work'
/** Where "Back up to a file…" writes the backup it hands to the save dialog or the browser. */
export const backupCopiesFolder = 'backup-copies'

export interface Leftovers {
  /** Checked copies of a backup that a restore cut short left behind. */
  copies: number
  /** Backups cut short while being written. */
  partials: number
}

/**
 * Removes what work cut short (the app killed, the PC switched off) leaves in the data folder:
 * a restore's copy of its backup, a backup not written whole, a backup saved to a file. None of
 * it is the office's data, and each is a full copy of it, so it is not left to pile up.
 */
export async function clearLeftovers(dataDir: string, backupFolder: string): Promise<Leftovers> {
  const work = join(dataDir, restoreWorkFolder)
  const copies = (await readdir(work).catch(() => [] as string[])).filter((name) =>
    name.endsWith('.sqlite'),
  ).length
  await rm(work, { recursive: true, force: true })
  await rm(join(dataDir, backupCopiesFolder), { recursive: true, force: true })
  let partials = 0
  for (const name of await readdir(backupFolder).catch(() => [] as string[])) {
    if (!name.endsWith('.accord-backup.partial')) continue
    partials += 1
    await rm(join(backupFolder, name), { force: true })
  }
  return { copies, partials }
}
