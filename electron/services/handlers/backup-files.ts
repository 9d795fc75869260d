import type { Handlers } from '../dispatcher.ts'
import type { HostFiles } from '../handler-context.ts'
import type { StagedBackups } from '../backups/staged-backups.ts'

type BackupFileHandlers = Pick<Handlers, 'backups.pickFile' | 'backups.uploadFile'>

/**
 * Choosing a backup file from anywhere on the PC, the same whether the database is sound or
 * being recovered: the desktop app asks for a path, the browser preview sends the bytes.
 */
export function backupFileHandlers(
  staged: StagedBackups,
  chooseBackupFile: HostFiles['chooseBackupFile'],
): BackupFileHandlers {
  return {
    'backups.pickFile': async () => {
      const path = await chooseBackupFile()
      return path === undefined ? null : staged.fromFile(path)
    },
    'backups.uploadFile': ({ fileName, contentBase64 }) =>
      staged.fromBytes(fileName, Buffer.from(contentBase64, 'base64')),
  }
}
