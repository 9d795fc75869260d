import { z } from 'zod'
import { base64Content } from '../contract/base64.ts'
import { requiredText } from '../partners/fields.ts'

/** Why a backup was taken; the automatic ones are kept by the rotation, the others by hand. */
export const backupKinds = ['daily', 'quit', 'manual', 'before-restore'] as const
export type BackupKind = (typeof backupKinds)[number]

/** Backups are files named by Accord: `accord-2026-12-02-0930-daily.accord-backup`. */
export const backupFileExtension = '.accord-backup'
const backupName = z
  .string({ error: 'required' })
  .regex(/^accord-\d{4}-\d{2}-\d{2}-\d{6}-[a-z-]+\.accord-backup$/, { error: 'invalid_value' })

export interface BackupInfo {
  name: string
  kind: BackupKind
  createdAt: string
  bytes: number
  /** Agreements, partners and documents in the backup, to recognise it by. */
  agreements: number
  partners: number
  documents: number
  /** The app version that wrote it. */
  appVersion: string
}

export interface BackupsState {
  folder: string
  /** True when the folder is the default one in the data folder. */
  isDefaultFolder: boolean
  backups: BackupInfo[]
}

/** "Back up now" from the screen, or the desktop app's backup as it quits. */
export const backupCreateInput = z.strictObject({
  reason: z.enum(['manual', 'quit'], { error: 'invalid_value' }).default('manual'),
})

export const backupRestoreInput = z.strictObject({ name: backupName })
export const backupFolderInput = z.strictObject({
  /** An absolute folder; null goes back to the default (the data folder's `backups`). */
  folder: z.string({ error: 'invalid_value' }).trim().max(1000, { error: 'too_long' }).nullable(),
})

export interface BackupRestored {
  restored: string
  /** The backup of the database as it was just before, in case the restore was a mistake. */
  safetyBackup: string
}

/**
 * A backup chosen from anywhere on the PC (a USB stick, a colleague's copy), copied in beside
 * the data and read, so the user can see what it holds before anything is replaced.
 */
export interface StagedBackup {
  stagedId: string
  /** The file's name as the user had it. */
  fileName: string
  backup: BackupInfo
}

/** Backups hold the attached documents too; 200 MB covers years of an office's scans. */
export const maxUploadedBackupBytes = 200 * 1024 * 1024

/** The browser preview's way in: the chosen file's bytes (the desktop app asks for a path). */
export const backupUploadInput = z.strictObject({
  fileName: requiredText(255),
  contentBase64: base64Content(maxUploadedBackupBytes),
})

export const stagedBackupInput = z.strictObject({
  stagedId: z.string({ error: 'required' }).regex(/^[a-f0-9]{24}$/, { error: 'invalid_value' }),
})
