import { useState } from 'react'
import { Button, Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AgreementDetails } from '../../../shared/contract/contract.ts'
import { availableActions, type AgreementAction } from '../../../shared/agreements/actions.ts'
import type { Settings } from '../../../shared/settings/settings.ts'
import { daysLeft } from '../../../shared/agreements/status.ts'
import { todayIso } from '../../../shared/dates.ts'
import { useOperation } from '../../api/use-operation.ts'
import { href, useNavigate } from '../../app/router.ts'
import { countryName } from '../../components/country-names.ts'
import { RecordScreen } from '../../components/RecordScreen.tsx'
import { formatDate } from '../../components/format.ts'
import { notifySuccess } from '../../components/toasts.tsx'
import { ActionDialog } from './ActionDialog.tsx'
import { ActionMenu } from './ActionMenu.tsx'
import { useRenewalsStatus } from '../renewals/renewals-status.tsx'
import { AgreementFormDialog } from './AgreementFormDialog.tsx'
import { DocumentsSection } from './DocumentsSection.tsx'
import { HistorySection } from './HistorySection.tsx'
import { ChangesSection } from '../audit/ChangesSection.tsx'
import { MobilitySection } from './MobilitySection.tsx'
import { QuotasDialog } from './QuotasDialog.tsx'
import { QuotasSection } from './QuotasSection.tsx'
import { StatusBadge } from './StatusBadge.tsx'
import { useDaysLeftLabel } from './use-days-left-label.ts'

type Dialog =
  | { kind: 'edit' }
  | { kind: 'copy' }
  | { kind: 'quotas' }
  | { kind: 'action'; action: AgreementAction }
  | null

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="detail">
      <dt>{label}</dt>
      <dd>{children || <span className="muted">{t('common.none')}</span>}</dd>
    </div>
  )
}

function AgreementView({
  agreement,
  settings,
  reload,
}: {
  agreement: AgreementDetails
  settings: Settings
  reload: () => void
}) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const renewals = useRenewalsStatus()
  const daysLeftLabel = useDaysLeftLabel()
  const [dialog, setDialog] = useState<Dialog>(null)
  const close = () => setDialog(null)
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '')
  const actions = availableActions(agreement)
  const left = daysLeft(agreement.endsOn, todayIso())

  return (
    <>
      <header className="page-header">
        <div>
          <Link className="back-link" href={href('/agreements')}>
            ← {t('agreements.page.back')}
          </Link>
          <h1>
            {agreement.reference} <span className="title-secondary">{agreement.title}</span>
          </h1>
          <div className="badges">
            <StatusBadge status={agreement.status} />
            <span className="badge">{t(`agreements.kinds.${agreement.kind}`)}</span>
          </div>
        </div>
        <div className="page-actions">
          <Button
            className="button"
            onPress={() => navigate(href(`/agreements/${agreement.id}/print`))}
          >
            {t('print.printSummary')}
          </Button>
          <Button className="button" onPress={() => setDialog({ kind: 'edit' })}>
            {t('common.edit')}
          </Button>
          <Button className="button" onPress={() => setDialog({ kind: 'copy' })}>
            {t('agreements.page.duplicate')}
          </Button>
          {actions.length > 0 && (
            <ActionMenu
              label={t('agreements.page.actions')}
              actions={actions}
              onAction={(action) => setDialog({ kind: 'action', action })}
              primary
            />
          )}
        </div>
      </header>
      <div className="page-columns">
        <div>
          <section className="card" aria-labelledby="overview-title">
            <header className="card-header">
              <h2 id="overview-title">{t('agreements.page.overview')}</h2>
            </header>
            <dl className="details">
              <Detail label={t('agreements.form.signedOn')}>{date(agreement.signedOn)}</Detail>
              <Detail label={t('agreements.form.startsOn')}>{date(agreement.startsOn)}</Detail>
              <Detail label={t('agreements.form.endsOn')}>
                {agreement.endsOn ? date(agreement.endsOn) : t('agreements.indefinite')}
              </Detail>
              {agreement.noticeOn && !agreement.lapseDecidedOn && (
                <Detail label={t('agreements.page.noticeOn')}>{date(agreement.noticeOn)}</Detail>
              )}
              {agreement.lapseDecidedOn && (
                <Detail label={t('agreements.page.lapsing')}>
                  {t('agreements.page.lapseDecided', { date: date(agreement.lapseDecidedOn) })}
                </Detail>
              )}
              {left !== null && (
                <Detail label={t('agreements.page.daysLeft')}>{daysLeftLabel(left)}</Detail>
              )}
              <Detail label={t('agreements.page.autoRenew')}>
                {agreement.autoRenew
                  ? t('agreements.page.everyMonths', { count: agreement.renewalTermMonths ?? 0 })
                  : t('agreements.page.no')}
              </Detail>
              <Detail label={t('agreements.form.unit')}>{agreement.unit}</Detail>
              <Detail label={t('agreements.form.coordinator')}>{agreement.coordinator}</Detail>
              <Detail label={t('agreements.form.notes')}>
                {agreement.notes && <span className="pre-line">{agreement.notes}</span>}
              </Detail>
            </dl>
          </section>
          <section className="card" aria-labelledby="agreement-partners-title">
            <header className="card-header">
              <h2 id="agreement-partners-title">{t('agreements.page.partners')}</h2>
            </header>
            <ul className="contact-list">
              {agreement.partners.map((partner) => (
                <li key={partner.partnerId} className="contact">
                  <div>
                    <Link className="contact-name" href={href(`/partners/${partner.partnerId}`)}>
                      {partner.name}
                    </Link>
                    {partner.nameNative && (
                      <div className="contact-position">{partner.nameNative}</div>
                    )}
                    <div className="contact-channels">
                      <span>{countryName(partner.country, i18n.language)}</span>
                      {partner.contactName && <span>{partner.contactName}</span>}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <div>
          <DocumentsSection
            agreementId={agreement.id}
            documents={agreement.documents}
            onChanged={reload}
          />
          <HistorySection events={agreement.events} />
        </div>
      </div>
      <QuotasSection
        conditions={agreement.conditions}
        firstMonth={settings.academicYearStartMonth}
        onEdit={() => setDialog({ kind: 'quotas' })}
      />
      <MobilitySection agreement={agreement} settings={settings} onChanged={reload} />
      <ChangesSection table="agreements" id={agreement.id} version={agreement} />

      <AgreementFormDialog
        isOpen={dialog?.kind === 'edit' || dialog?.kind === 'copy'}
        source={agreement}
        asCopy={dialog?.kind === 'copy'}
        onClose={close}
        onSaved={(saved) => {
          close()
          if (dialog?.kind === 'copy') {
            notifySuccess(t('agreements.page.created', { reference: saved.reference }))
            navigate(href(`/agreements/${saved.id}`))
          } else {
            notifySuccess(t('agreements.page.saved'))
            reload()
            renewals.refresh() // a new end date may add or remove a renewal
          }
        }}
      />
      {dialog?.kind === 'quotas' && (
        <QuotasDialog
          isOpen
          agreement={agreement}
          onClose={close}
          onSaved={() => {
            close()
            notifySuccess(t('agreements.quotas.saved'))
            reload()
          }}
        />
      )}
      <ActionDialog
        agreement={agreement}
        action={dialog?.kind === 'action' ? dialog.action : null}
        onClose={close}
        onDone={() => {
          const action = dialog?.kind === 'action' ? dialog.action : 'amend'
          close()
          notifySuccess(t('agreements.actions.done', { action: t(`agreements.actions.${action}`) }))
          reload()
          renewals.refresh()
        }}
      />
    </>
  )
}

export function AgreementPage({ id, settings }: { id: number; settings: Settings }) {
  const { t } = useTranslation()
  const state = useOperation('agreements.get', { id })
  return (
    <RecordScreen
      state={state}
      backHref={href('/agreements')}
      backLabel={t('agreements.page.back')}
      notFoundText={t('agreements.page.notFound')}
    >
      {(agreement) => (
        <AgreementView agreement={agreement} settings={settings} reload={state.reload} />
      )}
    </RecordScreen>
  )
}
