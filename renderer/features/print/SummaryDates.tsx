import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgreementDetails } from '../../../shared/contract/contract.ts'
import { daysLeft } from '../../../shared/agreements/status.ts'
import { todayIso } from '../../../shared/dates.ts'
import { formatDate } from '../../components/format.ts'
import { useDaysLeftLabel } from '../agreements/use-days-left-label.ts'

function Item({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="print-detail">
      <dt>{label}</dt>
      <dd>{children || t('common.none')}</dd>
    </div>
  )
}

/** The agreement's dates beside who answers for it (and its notes): what a meeting asks first. */
export function SummaryDates({ agreement }: { agreement: AgreementDetails }) {
  const { t, i18n } = useTranslation()
  const daysLeftLabel = useDaysLeftLabel()
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '')
  const left = daysLeft(agreement.endsOn, todayIso())
  return (
    <div className="print-columns">
      <section aria-labelledby="summary-dates">
        <h2 id="summary-dates">{t('print.summary.dates')}</h2>
        <dl className="print-details">
          <Item label={t('agreements.form.signedOn')}>{date(agreement.signedOn)}</Item>
          <Item label={t('agreements.form.startsOn')}>{date(agreement.startsOn)}</Item>
          <Item label={t('agreements.form.endsOn')}>
            {agreement.endsOn ? date(agreement.endsOn) : t('agreements.indefinite')}
            {left !== null && <span className="print-aside"> ({daysLeftLabel(left)})</span>}
          </Item>
          {agreement.lapseDecidedOn ? (
            <Item label={t('agreements.page.lapsing')}>
              {t('agreements.page.lapseDecided', { date: date(agreement.lapseDecidedOn) })}
            </Item>
          ) : (
            <Item label={t('agreements.page.noticeOn')}>{date(agreement.noticeOn)}</Item>
          )}
          <Item label={t('agreements.page.autoRenew')}>
            {agreement.autoRenew
              ? t('agreements.page.everyMonths', { count: agreement.renewalTermMonths ?? 0 })
              : t('agreements.page.no')}
          </Item>
        </dl>
      </section>
      <section aria-labelledby="summary-responsibility">
        <h2 id="summary-responsibility">{t('print.summary.responsibility')}</h2>
        <dl className="print-details">
          <Item label={t('agreements.form.unit')}>{agreement.unit}</Item>
          <Item label={t('agreements.form.coordinator')}>{agreement.coordinator}</Item>
          <Item label={t('print.summary.noticePeriod')}>
            {t('agreements.daysLeft', { count: agreement.noticeDays })}
          </Item>
          {/* Beside the dates there is room for a few lines; a longer note is cut (print.css). */}
          {agreement.notes && (
            <Item label={t('agreements.form.notes')}>
              <span className="print-notes">{agreement.notes}</span>
            </Item>
          )}
        </dl>
      </section>
    </div>
  )
}
