import type { BackupInfo } from './backups.ts'

/** The database could not be opened: what is wrong, and the backups it can be restored from. */
export interface RecoveryState {
  problem: 'damaged'
  /** SQLite's own words about the damage. */
  detail: string
  /** The damaged file; it is moved aside, never deleted, when a backup is restored. */
  file: string
  backups: BackupInfo[]
}

export interface Recovered {
  restored: string
  /** Where the damaged file was kept. */
  damagedFileKeptAs: string
}
