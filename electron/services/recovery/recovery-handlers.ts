import type { AppInfo } from '../../../shared/contract/contract.ts'
import { AppFailure } from '../../../shared/contract/failure.ts'
import { operationNames } from '../../../shared/contract/operation-names.ts'
import { defaultSettings } from '../../../shared/settings/settings.ts'
import type { Handlers } from '../dispatcher.ts'
import type { HostFiles } from '../handler-context.ts'
import { createStagedBackups } from '../backups/staged-backups.ts'
import { backupFileHandlers } from '../handlers/backup-files.ts'
import type { Recovery } from './recovery.ts'

/**
 * The handlers while the database is damaged: the recovery screen's own calls, the app's
 * version and default settings (so the screen can start); everything else is refused.
 */
export function recoveryHandlers(
  info: AppInfo,
  recovery: Recovery,
  onRecovered: () => void,
  chooseBackupFile: HostFiles['chooseBackupFile'],
): Handlers {
  const staged = createStagedBackups(info.dataDir)
  const refuse = () =>
    Promise.reject(
      new AppFailure('unavailable', 'The database is damaged. Restore a backup first.'),
    )
  const handlers = Object.fromEntries(
    operationNames.map((name) => [name, refuse]),
  ) as unknown as Handlers
  return {
    ...handlers,
    'app.info': () => Promise.resolve(info),
    'settings.get': () => Promise.resolve(defaultSettings),
    'recovery.state': () => recovery.state(),
    'recovery.restore': async ({ name }) => {
      const recovered = await recovery.restore(name)
      await onRecovered()
      return recovered
    },
    ...backupFileHandlers(staged, chooseBackupFile),
    'recovery.restoreFile': async ({ stagedId }) => {
      const { file, fileName } = await staged.take(stagedId)
      try {
        const recovered = await recovery.restoreFile(file, fileName)
        await onRecovered()
        return recovered
      } finally {
        await staged.discard(file)
      }
    },
  }
}
