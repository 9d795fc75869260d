import type { TFunction } from 'i18next'
import type { BackupInfo } from '../../../shared/backups/backups.ts'
import type { AppError } from '../../../shared/contract/result.ts'

/** Refusals the backup services name in `details.fields.backup`, each with words of its own. */
const backupKeys = [
  'backup_damaged',
  'backup_not_accord',
  'backup_too_new',
  'backup_unreadable',
  'backup_too_large',
  'backup_choose_again',
  'restore_running',
  'restore_done',
  'backup_folder_relative',
  'backup_folder_unwritable',
] as const

/**
 * Words for a failed backup call in the user's language: the service's sentences are English
 * and for the log. A refusal of a backup from a newer Accord names its version when the screen
 * knows which backup it was.
 */
export function backupErrorText(t: TFunction, error: AppError, backup?: BackupInfo): string {
  const key = error.details?.fields?.backup ?? error.details?.fields?.folder
  const known = backupKeys.find((candidate) => candidate === key)
  if (known === 'backup_too_new' && backup?.appVersion)
    return t('backups.errors.backup_too_new_named', { version: backup.appVersion })
  if (known) return t(`backups.errors.${known}`)
  if (error.code === 'not_found') return t('backups.errors.backup_gone')
  return t(`errors.${error.code}`)
}
