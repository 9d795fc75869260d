import type { TFunction } from 'i18next'
import type { AppError } from '../../../shared/contract/result.ts'

/** Known refusals (a damaged file, not a backup, from a newer Accord) in the user's language. */
const backupKeys = [
  'backup_damaged',
  'backup_not_accord',
  'backup_too_new',
  'backup_folder_relative',
  'backup_folder_unwritable',
] as const

/** Refusals whose service sentence adds what the words cannot: SQLite's damage, the version. */
const withDetail = new Set<string>(['backup_damaged', 'backup_too_new'])

/**
 * Words for a failed backup call: the known refusal in the user's language, followed where it
 * helps by the service's own sentence, or the error's kind.
 */
export function backupErrorText(t: TFunction, error: AppError): string {
  const key = error.details?.fields?.backup
  const known = backupKeys.find((candidate) => candidate === key)
  if (known) {
    const words = t(`backups.errors.${known}`)
    return withDetail.has(known) ? `${words} ${error.message}` : words
  }
  if (error.code === 'not_found' || error.code === 'validation') return error.message
  return t(`errors.${error.code}`)
}
