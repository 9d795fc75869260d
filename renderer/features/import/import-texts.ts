import type { TFunction } from 'i18next'
import type { AppError } from '../../../shared/contract/result.ts'
import type { ImportIssue } from '../../../shared/import/import.ts'

export const fileErrorKeys = [
  'import_file_empty',
  'import_file_unsupported',
  'import_file_xls',
  'import_file_corrupt',
  'import_file_too_large',
  'import_file_too_many_rows',
  'import_file_unreadable',
  'import_file_encrypted',
  'import_commit_failed',
] as const
type FileErrorKey = (typeof fileErrorKeys)[number]

/** Why a file could not be opened, in the user's language, with the reader's own words after. */
export function fileErrorText(t: TFunction, error: AppError): string {
  const key = error.details?.fields?.file
  if (key && (fileErrorKeys as readonly string[]).includes(key)) {
    return t(`import.fileErrors.${key as FileErrorKey}`)
  }
  if (error.code === 'validation' || error.code === 'conflict' || error.code === 'not_found') {
    return error.message
  }
  return t(`errors.${error.code}`)
}

/** One problem of a row, as a sentence naming the field and what was read. */
export function issueText(t: TFunction, issue: ImportIssue): string {
  const field = issue.field ? t(`import.fields.${issue.field}`) : ''
  return t(`import.issues.${issue.code}`, { ...issue.params, field })
}
