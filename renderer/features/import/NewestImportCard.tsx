import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context.tsx'
import { useOperation } from '../../api/use-operation.ts'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { formatDate } from '../../components/format.ts'
import { notifyError, notifySuccess } from '../../components/toasts.tsx'

/** The newest import, and the way to take it back while nothing has been done to it since. */
export function NewestImportCard({ onUndone }: { onUndone: () => void }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const newest = useOperation('imports.newest', {})
  const [confirming, setConfirming] = useState(false)
  const batch = newest.data
  if (!batch) return null
  const blocked = batch.blockedBy
  const undo = async () => {
    const result = await api.call('imports.undo', { batchId: batch.batchId })
    setConfirming(false)
    if (!result.ok) {
      notifyError(
        result.error.code === 'conflict' ? result.error.message : t(`errors.${result.error.code}`),
      )
    } else {
      notifySuccess(t('import.undo.done', { count: result.value.removedAgreements }))
      onUndone()
    }
    newest.reload()
  }
  return (
    <section className="card" aria-labelledby="import-newest-title">
      <header className="card-header">
        <h2 id="import-newest-title">{t('import.undo.title')}</h2>
      </header>
      <p>
        {t('import.undo.summary', {
          fileName: batch.fileName,
          date: formatDate(batch.createdAt, i18n.language),
          agreements: batch.createdAgreements,
          partners: batch.createdPartners,
        })}
      </p>
      {blocked && (
        <p className="field-hint">
          {blocked.reason === 'agreement_changed'
            ? t('import.undo.blockedAgreement', { reference: blocked.reference })
            : t('import.undo.blockedPartner', { name: blocked.name })}
        </p>
      )}
      <Button className="button" isDisabled={blocked !== null} onPress={() => setConfirming(true)}>
        {t('import.undo.button')}
      </Button>
      {confirming && (
        <ConfirmDialog
          isOpen
          title={t('import.undo.confirmTitle')}
          body={t('import.undo.confirmBody', {
            fileName: batch.fileName,
            agreements: batch.createdAgreements,
            partners: batch.createdPartners,
          })}
          confirmLabel={t('import.undo.button')}
          destructive
          onClose={() => setConfirming(false)}
          onConfirm={undo}
        />
      )}
    </section>
  )
}
