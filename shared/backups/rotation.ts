import { addDaysIso, type IsoDate } from '../dates.ts'
import type { BackupKind } from './backups.ts'

export interface RotatedBackup {
  name: string
  kind: BackupKind
  /** The calendar day it was taken on. */
  day: IsoDate
}

/** How many of each are kept: a week of days, a month of weeks, a few of the others. */
export const rotation = { days: 7, weeks: 4, quits: 3, beforeRestore: 5 } as const

/** Monday of the week `day` falls in: weeks are counted from Mondays. */
function weekOf(day: IsoDate): IsoDate {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const weekday = (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7
  return addDaysIso(day, -weekday)
}

/**
 * The automatic backups to delete: of the daily ones, the newest of each of the last 7 days
 * and the newest of each of the last 4 weeks are kept; the newest 3 taken on quitting and 5
 * taken before a restore. A backup made by hand is never deleted.
 */
export function backupsToDelete(backups: readonly RotatedBackup[], today: IsoDate): string[] {
  const newestFirst = [...backups].sort((a, b) => b.name.localeCompare(a.name))
  const keep = new Set<string>()
  const firstDay = addDaysIso(today, -(rotation.days - 1))
  const firstWeek = addDaysIso(weekOf(today), -7 * (rotation.weeks - 1))
  const days = new Set<string>()
  const weeks = new Set<string>()
  for (const backup of newestFirst.filter((candidate) => candidate.kind === 'daily')) {
    if (backup.day >= firstDay && !days.has(backup.day)) {
      days.add(backup.day)
      keep.add(backup.name)
    }
    const week = weekOf(backup.day)
    if (week >= firstWeek && !weeks.has(week)) {
      weeks.add(week)
      keep.add(backup.name)
    }
  }
  const newest = (kind: BackupKind, count: number) =>
    newestFirst
      .filter((backup) => backup.kind === kind)
      .slice(0, count)
      .forEach((backup) => keep.add(backup.name))
  newest('quit', rotation.quits)
  newest('before-restore', rotation.beforeRestore)
  return newestFirst
    .filter((backup) => backup.kind !== 'manual' && !keep.has(backup.name))
    .map((backup) => backup.name)
}
