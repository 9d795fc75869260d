import { BellRing } from 'lucide-react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { href, useNavigate } from '../../app/router.ts'
import { formatDate } from '../../components/format.ts'
import { useRenewalsStatus } from './renewals-status.tsx'
import './renewals.css'

/** How many agreements the banner names before it says "and N more". */
const named = 3

/**
 * The in-app twin of the desktop notification: the agreements that newly fell due, until a
 * person opens the renewals or dismisses it. Either way they are not shown again.
 */
export function ReminderBanner() {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const { reminders, acknowledge } = useRenewalsStatus()
  if (reminders.length === 0) return null
  const shown = reminders.slice(0, named)
  return (
    <section className="reminder-banner" role="status" aria-label={t('renewals.reminder.label')}>
      <BellRing className="reminder-icon" aria-hidden="true" />
      <div className="reminder-text">
        <strong>{t('renewals.reminder.title', { count: reminders.length })}</strong>
        <ul>
          {shown.map((item) => (
            <li key={`${item.id}:${item.noticeOn}`}>
              {item.reference} · {item.partnerNames} ·{' '}
              {t('renewals.reminder.noticeBy', { date: formatDate(item.noticeOn, i18n.language) })}
            </li>
          ))}
          {reminders.length > named && (
            <li>{t('renewals.reminder.more', { count: reminders.length - named })}</li>
          )}
        </ul>
      </div>
      <div className="reminder-actions">
        <Button
          className="button button-primary"
          onPress={() => {
            void acknowledge(reminders)
            navigate(href('/renewals'))
          }}
        >
          {t('renewals.reminder.open')}
        </Button>
        <Button className="button reminder-dismiss" onPress={() => void acknowledge(reminders)}>
          {t('renewals.reminder.dismiss')}
        </Button>
      </div>
    </section>
  )
}
