import type { RenewalReminder } from '../../shared/renewals/renewals.ts'
import type { IsoDate } from '../../shared/dates.ts'
import type { Dispatch } from './dispatcher.ts'

export interface ReminderSchedule {
  /** Looks for reminders now, unless today's have been shown already. */
  check(): Promise<void>
  stop(): void
}

export interface ReminderScheduleOptions {
  dispatch: Dispatch
  today: () => IsoDate
  /** Shows the reminders; `acknowledge` marks them seen (call it when the person responds). */
  show: (reminders: RenewalReminder[], acknowledge: () => Promise<void>) => void
  /** How often an open app checks whether a new day has begun. */
  intervalMs?: number
}

/**
 * Renewal reminders when the app opens and once a day while it stays open: each day, the
 * agreements that fell due and that nobody has acknowledged are shown once.
 */
export function startReminderSchedule({
  dispatch,
  today,
  show,
  intervalMs = 15 * 60 * 1000,
}: ReminderScheduleOptions): ReminderSchedule {
  let shownOn = ''
  const check = async () => {
    const day = today()
    if (day === shownOn) return
    const result = await dispatch('renewals.reminders', {})
    // A failed read is tried again at the next check.
    if (!result.ok) return
    shownOn = day
    const reminders = result.value as RenewalReminder[]
    if (reminders.length === 0) return
    show(reminders, async () => {
      await dispatch('renewals.acknowledge', {
        items: reminders.map((item) => ({ id: item.id, noticeOn: item.noticeOn })),
      })
    })
  }
  const timer = setInterval(() => void check(), intervalMs)
  timer.unref?.()
  return { check, stop: () => clearInterval(timer) }
}
