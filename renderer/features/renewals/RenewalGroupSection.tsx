import { RefreshCw } from 'lucide-react'
import { Button, Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AgreementAction } from '../../../shared/agreements/actions.ts'
import { daysBetween, type IsoDate } from '../../../shared/dates.ts'
import type { RenewalGroup, RenewalItem } from '../../../shared/renewals/renewals.ts'
import { href } from '../../app/router.ts'
import { formatDate } from '../../components/format.ts'
import { ActionMenu } from '../agreements/ActionMenu.tsx'

/** Renewing is the usual answer; the rest wait behind "More". */
const otherActions: AgreementAction[] = ['extend', 'lapse', 'terminate']

interface Props {
  group: RenewalGroup
  today: IsoDate
  horizonDays: number
  items: RenewalItem[]
  onAction: (item: RenewalItem, action: AgreementAction) => void
}

/** One group of the renewals screen: a heading with its count and a row per agreement. */
export function RenewalGroupSection({ group, today, horizonDays, items, onAction }: Props) {
  const { t, i18n } = useTranslation()
  const titleId = `renewals-${group}`
  const when = (item: RenewalItem) => {
    if (group === 'ended')
      return t('renewals.when.ended', { count: daysBetween(item.endsOn, today) })
    const days = daysBetween(today, item.noticeOn)
    if (days < 0) return t('renewals.when.overdue', { count: -days })
    if (days === 0) return t('renewals.when.today')
    return t('renewals.when.ahead', { count: days })
  }
  return (
    <section className={`card renewal-group renewal-${group}`} aria-labelledby={titleId}>
      <header className="card-header">
        <h2 id={titleId}>
          {t(`renewals.groups.${group}`, { count: horizonDays })}{' '}
          <span className="renewal-count">{items.length}</span>
        </h2>
        <p className="muted small">{t(`renewals.groupHints.${group}`)}</p>
      </header>
      {items.length === 0 ? (
        <p className="empty">{t('renewals.none')}</p>
      ) : (
        <table className="renewal-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('renewals.columns.agreement')}</th>
              <th scope="col">{t('renewals.columns.partners')}</th>
              <th scope="col">{t('renewals.columns.noticeOn')}</th>
              <th scope="col">{t('renewals.columns.endsOn')}</th>
              <th scope="col">{t('renewals.columns.when')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('renewals.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  <Link className="cell-name" href={href(`/agreements/${item.id}`)}>
                    {item.reference}
                  </Link>
                  <div className="cell-sub">{item.title}</div>
                </th>
                <td>
                  {item.partnerNames}
                  {item.countries && (
                    <span className="country-code renewal-countries">{item.countries}</span>
                  )}
                </td>
                <td className="nowrap">{formatDate(item.noticeOn, i18n.language)}</td>
                <td className="nowrap">
                  {formatDate(item.endsOn, i18n.language)}
                  {item.autoRenew && (
                    <span className="auto-renew" title={t('renewals.autoRenews')}>
                      <RefreshCw aria-hidden="true" className="auto-renew-icon" />
                      <span className="visually-hidden">{t('renewals.autoRenews')}</span>
                    </span>
                  )}
                </td>
                <td className="nowrap renewal-when">{when(item)}</td>
                <td>
                  <div className="renewal-actions">
                    <Button
                      className="button button-primary"
                      aria-label={`${t('agreements.actions.renew')}: ${item.reference}`}
                      onPress={() => onAction(item, 'renew')}
                    >
                      {t('agreements.actions.renew')}
                    </Button>
                    <ActionMenu
                      label={t('renewals.more')}
                      accessibleLabel={`${t('renewals.more')}: ${item.reference}`}
                      actions={otherActions}
                      onAction={(action) => onAction(item, action)}
                    />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
