import { Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useOperation } from '../../api/use-operation.ts'
import { href } from '../../app/router.ts'
import { formatDate } from '../../components/format.ts'
import { StatusBadge } from '../agreements/StatusBadge.tsx'

/** The agreements this partner is party to, soonest ending first. */
export function PartnerAgreements({ partnerId }: { partnerId: number }) {
  const { t, i18n } = useTranslation()
  const { data } = useOperation('agreements.list', { partnerId, sort: 'endsOn' })
  return (
    <section className="card" aria-labelledby="partner-agreements-title">
      <header className="card-header">
        <h2 id="partner-agreements-title">{t('agreements.page.partnerAgreements')}</h2>
        {data && data.length > 0 && (
          <Link
            className="button button-link"
            href={href('/agreements', { partner: String(partnerId) })}
          >
            {t('agreements.count', { count: data.length })} →
          </Link>
        )}
      </header>
      {data && data.length === 0 && (
        <p className="empty">{t('agreements.page.noPartnerAgreements')}</p>
      )}
      <ul className="contact-list">
        {(data ?? []).map((agreement) => (
          <li key={agreement.id} className="contact">
            <div>
              <Link className="contact-name" href={href(`/agreements/${agreement.id}`)}>
                {agreement.reference}
              </Link>{' '}
              <span className="muted">{t(`agreements.kinds.${agreement.kind}`)}</span>
              <div className="contact-channels">
                <StatusBadge status={agreement.status} />
                <span>
                  {agreement.endsOn
                    ? formatDate(agreement.endsOn, i18n.language)
                    : t('agreements.indefinite')}
                </span>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
