import { useTranslation } from 'react-i18next'
import type { AgreementEvent } from '../../../shared/agreements/actions.ts'
import { formatDate } from '../../components/format.ts'

/** The agreement's life, newest first: each action with its date, note and any change of end date. */
export function HistorySection({ events }: { events: AgreementEvent[] }) {
  const { t, i18n } = useTranslation()
  const date = (iso: string | null) =>
    iso ? formatDate(iso, i18n.language) : t('agreements.indefinite')
  return (
    <section className="card" aria-labelledby="history-title">
      <header className="card-header">
        <h2 id="history-title">{t('agreements.history.title')}</h2>
      </header>
      <ol className="timeline" data-testid="history">
        {events.map((event) => (
          <li key={event.id} className={`timeline-item timeline-${event.kind}`}>
            <div className="timeline-date">{formatDate(event.occurredOn, i18n.language)}</div>
            <div>
              <div className="timeline-title">{t(`agreements.history.${event.kind}`)}</div>
              {(event.endsBefore !== null || event.endsAfter !== null) && (
                <div className="muted small">
                  {t('agreements.history.endChanged', {
                    before: date(event.endsBefore),
                    after: date(event.endsAfter),
                  })}
                </div>
              )}
              {event.note && <div className="pre-line">{event.note}</div>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
