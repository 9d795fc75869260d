import type { TFunction } from 'i18next'
import type { BackupInfo } from '../../../shared/backups/backups.ts'

/** When a backup was taken, to the second (two can be a minute apart), in the user's language. */
export function formatMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(iso),
  )
}

export function formatMegabytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes / 2 ** 20)
}

/** "12 agreements, 8 partners, 3 documents": what a backup holds, to recognise it by. */
export function backupCounts(t: TFunction, backup: BackupInfo): string {
  return t('backups.counts', {
    agreements: backup.agreements,
    partners: backup.partners,
    documents: backup.documents,
  })
}
