import { useState } from 'react'
import { Button, DropZone, FileTrigger, Text, type DropItem } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AgreementDocument } from '../../../shared/agreements/documents.ts'
import { maxDocumentBytes } from '../../../shared/agreements/documents.ts'
import { useApi } from '../../api/api-context.tsx'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { formatDate } from '../../components/format.ts'
import { readAsBase64 } from '../../components/read-file.ts'
import { notifyError, notifySuccess } from '../../components/toasts.tsx'

function formatSize(bytes: number, language: string): string {
  const units = [
    [1024 * 1024, 'megabyte'],
    [1024, 'kilobyte'],
  ] as const
  for (const [size, unit] of units) {
    if (bytes >= size)
      return new Intl.NumberFormat(language, {
        style: 'unit',
        unit,
        maximumFractionDigits: 1,
      }).format(bytes / size)
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'byte' }).format(bytes)
}

export function DocumentsSection({
  agreementId,
  documents,
  onChanged,
}: {
  agreementId: number
  documents: AgreementDocument[]
  onChanged: () => void
}) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState<string>()
  const [removing, setRemoving] = useState<AgreementDocument>()

  const attach = async (files: File[]) => {
    for (const file of files) {
      if (file.size > maxDocumentBytes) {
        notifyError(t('agreements.documents.tooLarge', { name: file.name }))
        continue
      }
      setBusy(file.name)
      try {
        const contentBase64 = await readAsBase64(file)
        const result = await api.call('documents.add', {
          agreementId,
          name: file.name,
          contentBase64,
        })
        if (result.ok) notifySuccess(t('agreements.documents.added', { name: result.value.name }))
        else
          notifyError(
            result.error.details?.fields?.contentBase64 === 'too_large'
              ? t('agreements.documents.tooLarge', { name: file.name })
              : t(`errors.${result.error.code}`),
          )
      } catch {
        notifyError(t('agreements.documents.unreadable', { name: file.name }))
      } finally {
        setBusy(undefined)
      }
    }
    onChanged()
  }

  const filesOf = async (items: DropItem[]) =>
    Promise.all(
      items
        .filter((item) => item.kind === 'file')
        .map((item) => (item as Extract<DropItem, { kind: 'file' }>).getFile()),
    )

  const open = async (document: AgreementDocument) => {
    const result = await api.call('documents.open', { id: document.id })
    if (!result.ok) return notifyError(t(`errors.${result.error.code}`))
    if ('url' in result.value) {
      window.open(result.value.url, '_blank', 'noopener')
      notifySuccess(t('agreements.documents.opened', { name: document.name }))
    }
  }

  const remove = async (document: AgreementDocument) => {
    const result = await api.call('documents.remove', { id: document.id })
    if (!result.ok) return notifyError(t(`errors.${result.error.code}`))
    notifySuccess(t('agreements.documents.removed', { name: document.name }))
    setRemoving(undefined)
    onChanged()
  }

  return (
    <section className="card" aria-labelledby="documents-title">
      <header className="card-header">
        <h2 id="documents-title">{t('agreements.documents.title')}</h2>
      </header>
      {documents.length === 0 ? (
        <p className="empty">{t('agreements.documents.empty')}</p>
      ) : (
        <ul className="document-list">
          {documents.map((document) => (
            <li key={document.id} className="document">
              <div>
                <div className="document-name">{document.name}</div>
                <div className="muted small">
                  {t(`agreements.documents.kinds.${document.kind}`)} ·{' '}
                  {formatSize(document.size, i18n.language)} ·{' '}
                  {formatDate(document.addedAt, i18n.language)}
                </div>
              </div>
              <div className="row-actions">
                <Button
                  className="button"
                  onPress={() => void open(document)}
                  aria-label={`${t('agreements.documents.open')}: ${document.name}`}
                >
                  {t('agreements.documents.open')}
                </Button>
                <Button
                  className="button button-quiet-text"
                  onPress={() => setRemoving(document)}
                  aria-label={`${t('common.remove')}: ${document.name}`}
                >
                  {t('common.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <DropZone
        className="drop-zone"
        onDrop={(event) => void filesOf(event.items).then(attach)}
        aria-label={t('agreements.documents.drop')}
      >
        <FileTrigger allowsMultiple onSelect={(list) => list && void attach([...list])}>
          <Button className="button" isDisabled={busy !== undefined}>
            {t('agreements.documents.attach')}
          </Button>
        </FileTrigger>
        <Text slot="label" className="muted">
          {busy
            ? t('agreements.documents.uploading', { name: busy })
            : t('agreements.documents.drop')}
        </Text>
      </DropZone>
      {removing && (
        <ConfirmDialog
          isOpen
          title={t('agreements.documents.removeTitle')}
          body={t('agreements.documents.removeBody', { name: removing.name })}
          confirmLabel={t('common.remove')}
          destructive
          onClose={() => setRemoving(undefined)}
          onConfirm={() => remove(removing)}
        />
      )}
    </section>
  )
}
