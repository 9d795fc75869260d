import { useTranslation } from 'react-i18next'
import type { AgreementEvent } from '../../../shared/agreements/actions.ts'
import { formatDate } from '../../components/format.ts'

/** Enough of the history for one page: the newest events (they arrive newest first). */
export const printedEventCount = 8

export function SummaryHistory({ events }: { events: AgreementEvent[] }) {
  const { t, i18n } = useTranslation()
  const shown = events.slice(0, printedEventCount)
  const date = (iso: string | null) =>
    iso ? formatDate(iso, i18n.language) : t('agreements.indefinite')
  return (
    <section aria-labelledby="summary-history">
      <h2 id="summary-history">
        {t('print.summary.history')}
        {events.length > shown.length && (
          <span className="print-aside">
            {' '}
            · {t('print.summary.historyShown', { shown: shown.length, total: events.length })}
          </span>
        )}
      </h2>
      {shown.length === 0 ? (
        <p className="print-aside">{t('print.summary.noHistory')}</p>
      ) : (
        <table className="print-table print-history" data-testid="summary-history">
          <thead>
            <tr>
              <th scope="col">{t('agreements.actions.date')}</th>
              <th scope="col">{t('print.summary.event')}</th>
              <th scope="col">{t('print.summary.details')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((event) => (
              <tr key={event.id}>
                <td className="print-nowrap">{formatDate(event.occurredOn, i18n.language)}</td>
                <td>{t(`agreements.history.${event.kind}`)}</td>
                <td>
                  {(event.endsBefore !== null || event.endsAfter !== null) && (
                    <div>
                      {t('agreements.history.endChanged', {
                        before: date(event.endsBefore),
                        after: date(event.endsAfter),
                      })}
                    </div>
                  )}
                  {/* A long note is cut to two lines so the summary keeps to one page. */}
                  {event.note && <div className="print-clamp">{event.note}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
