import { Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { ActivityItem } from '../../../shared/dashboard/dashboard.ts'
import { href } from '../../app/router.ts'
import { formatDate } from '../../components/format.ts'

/** The newest events in any agreement's history, each leading to its agreement. */
export function RecentActivity({ items }: { items: ActivityItem[] }) {
  const { t, i18n } = useTranslation()
  return (
    <section className="card dashboard-card dashboard-recent" aria-labelledby="recent-title">
      <header className="card-header">
        <h2 id="recent-title">{t('dashboard.recent.title')}</h2>
      </header>
      {items.length === 0 ? (
        <p className="empty">{t('dashboard.recent.empty')}</p>
      ) : (
        <ol className="activity-list" aria-labelledby="recent-title">
          {items.map((item, index) => (
            // Events carry no id of their own here; the list is replaced whole, never reordered.
            <li key={`${item.recordedAt}/${item.agreementId}/${index}`} className="activity-item">
              <time className="activity-date" dateTime={item.occurredOn}>
                {formatDate(item.occurredOn, i18n.language)}
              </time>
              <span className="activity-event">{t(`agreements.history.${item.kind}`)}</span>
              <Link className="activity-link" href={href(`/agreements/${item.agreementId}`)}>
                <span className="activity-reference">{item.reference}</span>{' '}
                <span className="activity-title">{item.title}</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
