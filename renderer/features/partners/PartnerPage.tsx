import { useState } from 'react'
import { Button, Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { PartnerDetails } from '../../../shared/contract/contract.ts'
import { useApi } from '../../api/api-context.tsx'
import { useOperation } from '../../api/use-operation.ts'
import { href } from '../../app/router.ts'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { countryName } from '../../components/country-names.ts'
import { RecordScreen } from '../../components/RecordScreen.tsx'
import { formatDate } from '../../components/format.ts'
import { notifyError, notifySuccess } from '../../components/toasts.tsx'
import { ContactsSection } from './ContactsSection.tsx'
import { ChangesSection } from '../audit/ChangesSection.tsx'
import { PartnerAgreements } from './PartnerAgreements.tsx'
import { PartnerFormDialog } from './PartnerFormDialog.tsx'

function Detail({ label, value }: { label: string; value: React.ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="detail">
      <dt>{label}</dt>
      <dd>{value || <span className="muted">{t('common.none')}</span>}</dd>
    </div>
  )
}

function PartnerView({ partner, reload }: { partner: PartnerDetails; reload: () => void }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [dialog, setDialog] = useState<'edit' | 'archive' | null>(null)
  const archived = partner.archivedAt !== null

  const setArchived = async (archive: boolean) => {
    const result = await api.call(archive ? 'partners.archive' : 'partners.restore', {
      id: partner.id,
    })
    if (!result.ok) return notifyError(t(`errors.${result.error.code}`))
    notifySuccess(
      t(archive ? 'partners.page.archivedDone' : 'partners.page.restoredDone', {
        name: partner.name,
      }),
    )
    setDialog(null)
    reload()
  }

  return (
    <>
      <header className="page-header">
        <div>
          <Link className="back-link" href={href('/partners')}>
            ← {t('partners.page.back')}
          </Link>
          <h1>{partner.name}</h1>
          {partner.nameNative && (
            <p className="subtitle" lang="">
              {partner.nameNative}
            </p>
          )}
          <div className="badges">
            <span className="badge">{t(`partnerKinds.${partner.kind}`)}</span>
            <span className="badge">{countryName(partner.country, i18n.language)}</span>
            {archived && <span className="badge badge-archived">{t('partners.archived')}</span>}
          </div>
        </div>
        <div className="page-actions">
          <Button className="button" onPress={() => setDialog('edit')}>
            {t('common.edit')}
          </Button>
          {archived ? (
            <Button className="button" onPress={() => void setArchived(false)}>
              {t('common.restore')}
            </Button>
          ) : (
            <Button className="button" onPress={() => setDialog('archive')}>
              {t('common.archive')}
            </Button>
          )}
        </div>
      </header>
      {archived && (
        <div className="notice notice-info" role="status">
          {t('partners.page.archivedSince', {
            date: formatDate(partner.archivedAt ?? '', i18n.language),
          })}
        </div>
      )}
      <div className="page-columns">
        <section className="card" aria-labelledby="details-title">
          <header className="card-header">
            <h2 id="details-title">{t('partners.page.details')}</h2>
          </header>
          <dl className="details">
            <Detail
              label={t('partners.form.country')}
              value={`${countryName(partner.country, i18n.language)} (${partner.country})`}
            />
            <Detail label={t('partners.form.city')} value={partner.city} />
            <Detail
              label={t('partners.form.website')}
              value={
                partner.website && (
                  <a href={partner.website} target="_blank" rel="noreferrer">
                    {partner.website}
                  </a>
                )
              }
            />
            <Detail label={t('partners.form.erasmusCode')} value={partner.erasmusCode} />
            <Detail label={t('partners.form.schacCode')} value={partner.schacCode} />
            <Detail label={t('partners.form.nationalId')} value={partner.nationalId} />
            <Detail
              label={t('partners.form.notes')}
              value={partner.notes && <span className="pre-line">{partner.notes}</span>}
            />
          </dl>
          <p className="muted small">
            {t('partners.page.updated', { date: formatDate(partner.updatedAt, i18n.language) })}
          </p>
        </section>
        <div>
          <ContactsSection partnerId={partner.id} contacts={partner.contacts} onChanged={reload} />
          <PartnerAgreements partnerId={partner.id} />
        </div>
      </div>
      <ChangesSection table="partners" id={partner.id} version={partner} />
      <PartnerFormDialog
        isOpen={dialog === 'edit'}
        partner={partner}
        onClose={() => setDialog(null)}
        onSaved={() => {
          notifySuccess(t('partners.page.saved'))
          setDialog(null)
          reload()
        }}
      />
      <ConfirmDialog
        isOpen={dialog === 'archive'}
        title={t('partners.page.archiveTitle')}
        body={t('partners.page.archiveBody', { name: partner.name })}
        confirmLabel={t('common.archive')}
        onClose={() => setDialog(null)}
        onConfirm={() => setArchived(true)}
      />
    </>
  )
}

export function PartnerPage({ id }: { id: number }) {
  const { t } = useTranslation()
  const state = useOperation('partners.get', { id })
  return (
    <RecordScreen
      state={state}
      backHref={href('/partners')}
      backLabel={t('partners.page.back')}
      notFoundText={t('partners.page.notFound')}
    >
      {(partner) => <PartnerView partner={partner} reload={state.reload} />}
    </RecordScreen>
  )
}
