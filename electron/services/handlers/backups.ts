import { rm } from 'node:fs/promises'
import { AppFailure } from '../../../shared/contract/failure.ts'
import type { Handlers } from '../dispatcher.ts'
import type { HandlerContext } from '../handler-context.ts'
import { createBackupService, type BackupService } from '../backups/backup-service.ts'
import { createStagedBackups } from '../backups/staged-backups.ts'
import { backupFileHandlers } from './backup-files.ts'

type BackupHandlers = Pick<
  Handlers,
  | 'backups.state'
  | 'backups.create'
  | 'backups.restore'
  | 'backups.setFolder'
  | 'backups.saveCopy'
  | 'backups.pickFile'
  | 'backups.uploadFile'
  | 'backups.restoreFile'
  | 'recovery.state'
  | 'recovery.restore'
  | 'recovery.restoreFile'
>

const nothingToRecover = () =>
  Promise.reject(new AppFailure('conflict', 'The database is sound: there is nothing to recover.'))

/**
 * Backups over the open database. Created when the app starts, so the first start of a day
 * takes that day's backup (in the background: the window does not wait for it).
 */
export function backupHandlers(context: HandlerContext): BackupHandlers {
  const { sqlite } = context
  const service: BackupService | undefined = sqlite
    ? createBackupService(
        { db: context.db, sqlite },
        context.info.dataDir,
        context.info.version,
        context.documents,
      )
    : undefined
  const staged = createStagedBackups(context.info.dataDir)
  service?.daily().catch((error: unknown) => console.error('The daily backup failed:', error))
  const use = (): BackupService => {
    if (!service) throw new AppFailure('unavailable', 'Backups are not available in this host.')
    return service
  }
  return {
    'backups.state': () => use().state(),
    'backups.create': ({ reason }) => use().create(reason),
    'backups.restore': ({ name }) => use().restore(name),
    'backups.setFolder': ({ folder }) => use().setFolder(folder),
    'backups.saveCopy': async () => {
      const copy = await use().saveCopy()
      const saved = await context.saveExport(copy.file, copy.name)
      // The desktop app has copied it where the user chose (or the user cancelled); the preview
      // serves it from here until the next one.
      if (!saved.downloadUrl) await rm(copy.file, { force: true })
      return saved
    },
    ...backupFileHandlers(staged, context.chooseBackupFile),
    'backups.restoreFile': async ({ stagedId }) => {
      const { file, fileName } = await staged.take(stagedId)
      try {
        return await use().restoreFile(file, fileName)
      } finally {
        await staged.discard(file)
      }
    },
    // The database opened: there is nothing to recover (see recovery/recovery-handlers.ts).
    'recovery.state': () => Promise.resolve(null),
    'recovery.restore': nothingToRecover,
    'recovery.restoreFile': nothingToRecover,
  }
}
