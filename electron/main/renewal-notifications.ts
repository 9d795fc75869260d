import { Notification, type BrowserWindow } from 'electron'
import { languages, type Language } from '../../shared/settings/settings.ts'
import { reminderText } from '../../shared/renewals/reminder-text.ts'
import { todayIso } from '../../shared/dates.ts'
import type { Dispatch } from '../services/dispatcher.ts'
import { startReminderSchedule, type ReminderSchedule } from '../services/reminder-schedule.ts'

async function uiLanguage(dispatch: Dispatch): Promise<Language> {
  const result = await dispatch('settings.get', {})
  const language = result.ok ? (result.value as { language?: unknown }).language : undefined
  return languages.find((known) => known === language) ?? 'en'
}

// Electron keeps only a weak reference to a notification: without this one, a notification
// waiting in the system tray could be collected along with its click handler.
const showing = new Set<Notification>()

/**
 * Desktop notifications for renewals that fell due. A click brings the window forward on the
 * renewals screen and counts as acknowledging them; the in-app banner offers the same.
 */
export function startRenewalNotifications(
  dispatch: Dispatch,
  window: () => BrowserWindow | undefined,
): ReminderSchedule | undefined {
  if (!Notification.isSupported()) return undefined
  const schedule = startReminderSchedule({
    dispatch,
    today: () => todayIso(),
    show: (reminders, acknowledge) => {
      void uiLanguage(dispatch).then((language) => {
        const notification = new Notification(reminderText(reminders, language))
        showing.add(notification)
        notification.on('close', () => showing.delete(notification))
        notification.on('click', () => {
          showing.delete(notification)
          void acknowledge()
          const win = window()
          if (!win) return
          if (win.isMinimized()) win.restore()
          win.focus()
          // A fixed address inside the app: the renderer's router shows the renewals.
          void win.webContents.executeJavaScript(`location.hash = '#/renewals'`)
        })
        notification.show()
      })
    },
  })
  void schedule.check()
  return schedule
}
