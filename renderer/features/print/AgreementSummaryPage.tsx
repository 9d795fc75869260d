import { useTranslation } from 'react-i18next'
import type { AgreementDetails } from '../../../shared/contract/contract.ts'
import { academicYearOf } from '../../../shared/agreements/academic-year.ts'
import { todayIso } from '../../../shared/dates.ts'
import type { Settings } from '../../../shared/settings/settings.ts'
import { useOperation } from '../../api/use-operation.ts'
import { href } from '../../app/router.ts'
import { RecordScreen } from '../../components/RecordScreen.tsx'
import { formatDate } from '../../components/format.ts'
import { StatusBadge } from '../agreements/StatusBadge.tsx'
import { PrintToolbar } from './PrintToolbar.tsx'
import { SummaryDates } from './SummaryDates.tsx'
import { SummaryHistory } from './SummaryHistory.tsx'
import { SummaryMobility } from './SummaryMobility.tsx'
import { SummaryPartners } from './SummaryPartners.tsx'
import { useAgreementPartners } from './use-agreement-partners.ts'
import './print.css'

function Summary({ agreement, settings }: { agreement: AgreementDetails; settings: Settings }) {
  const { t, i18n } = useTranslation()
  const partners = useAgreementPartners(agreement.partners)
  const today = todayIso()
  const firstMonth = settings.academicYearStartMonth
  return (
    <>
      <PrintToolbar
        backHref={href(`/agreements/${agreement.id}`)}
        backLabel={agreement.reference}
        pdfName={t('print.summary.fileName', { reference: agreement.reference })}
        ready={partners !== undefined}
      />
      <article className="print-sheet print-summary" aria-labelledby="summary-reference">
        <header className="print-head">
          <div className="print-kicker">
            <span>{t('print.summary.title')}</span>
            <span>{t('print.printedOn', { date: formatDate(today, i18n.language) })}</span>
          </div>
          <h1 id="summary-reference">{agreement.reference}</h1>
          <p className="print-title">{agreement.title}</p>
          <p className="print-meta">
            <span>{t(`agreements.kinds.${agreement.kind}`)}</span>
            <StatusBadge status={agreement.status} />
          </p>
        </header>
        <SummaryDates agreement={agreement} />
        {partners ? (
          <SummaryPartners partners={partners} />
        ) : (
          <p className="loading">{t('common.loading')}</p>
        )}
        <SummaryMobility
          agreement={agreement}
          academicYear={academicYearOf(today, firstMonth)}
          firstMonth={firstMonth}
        />
        <SummaryHistory events={agreement.events} />
      </article>
    </>
  )
}

/** `#/agreements/<id>/print`: the agreement on one A4 page, for a meeting or a partner visit. */
export function AgreementSummaryPage({ id, settings }: { id: number; settings: Settings }) {
  const { t } = useTranslation()
  const state = useOperation('agreements.get', { id })
  return (
    <RecordScreen
      state={state}
      backHref={href('/agreements')}
      backLabel={t('agreements.page.back')}
      notFoundText={t('agreements.page.notFound')}
    >
      {(agreement) => <Summary agreement={agreement} settings={settings} />}
    </RecordScreen>
  )
}
