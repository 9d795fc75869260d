import { useState } from 'react'
import { Button, Form } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { BackupInfo } from '../../../shared/backups/backups.ts'
import { useApi } from '../../api/api-context.tsx'
import { useOperation } from '../../api/use-operation.ts'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { TextInput } from '../../components/TextInput.tsx'
import { notifyError, notifySuccess } from '../../components/toasts.tsx'
import { BackupFileActions } from './BackupFileActions.tsx'
import { backupErrorText } from './backup-error.ts'
import { backupCounts, formatMegabytes, formatMoment } from './backup-format.ts'
import './backups.css'

/**
 * The backups in the backup folder (taken each day, on quitting and by hand), "Back up now",
 * a restore of any of them, where they are kept, and backups to and from a file elsewhere.
 */
export function BackupsCard() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const state = useOperation('backups.state', {})
  const [busy, setBusy] = useState(false)
  const [restoring, setRestoring] = useState<BackupInfo>()
  const [folder, setFolder] = useState<string>()
  const [folderError, setFolderError] = useState<string>()
  const data = state.data

  const backUp = async () => {
    setBusy(true)
    const result = await api.call('backups.create', {})
    setBusy(false)
    if (!result.ok) return notifyError(backupErrorText(t, result.error))
    notifySuccess(t('backups.done', { name: result.value.name }))
    state.reload()
  }

  // Every screen shows the restored data from here on.
  const showRestoredData = () => window.setTimeout(() => window.location.reload(), 800)

  const restore = async (backup: BackupInfo) => {
    const result = await api.call('backups.restore', { name: backup.name })
    setRestoring(undefined)
    if (!result.ok) return notifyError(backupErrorText(t, result.error, backup))
    notifySuccess(t('backups.restored'))
    showRestoredData()
  }

  const saveFolder = async (chosen: string | null) => {
    const result = await api.call('backups.setFolder', { folder: chosen })
    if (!result.ok) return setFolderError(backupErrorText(t, result.error))
    setFolderError(undefined)
    setFolder(undefined)
    notifySuccess(t('backups.folderSaved'))
    state.reload()
  }

  return (
    <section className="card backups-card" aria-labelledby="backups-title">
      <header className="card-header">
        <h2 id="backups-title">{t('backups.title')}</h2>
        <Button className="button button-primary" onPress={() => void backUp()} isDisabled={busy}>
          {busy ? t('backups.working') : t('backups.now')}
        </Button>
      </header>
      <p className="field-hint">{t('backups.hint')}</p>
      <BackupFileActions onRestored={showRestoredData} />
      {data && (
        <Form
          className="backup-folder"
          onSubmit={(event) => {
            event.preventDefault()
            void saveFolder(folder ?? data.folder)
          }}
        >
          <TextInput
            label={t('backups.folder')}
            value={folder ?? data.folder}
            onChange={setFolder}
            isRequired
          />
          {folderError && (
            <p className="field-error" role="alert">
              {folderError}
            </p>
          )}
          <div className="row-actions">
            <Button type="submit" className="button" isDisabled={folder === undefined}>
              {t('common.save')}
            </Button>
            {!data.isDefaultFolder && (
              <Button className="button button-quiet-text" onPress={() => void saveFolder(null)}>
                {t('backups.defaultFolder')}
              </Button>
            )}
          </div>
        </Form>
      )}
      {data && data.backups.length === 0 && <p className="empty">{t('backups.none')}</p>}
      {data && data.backups.length > 0 && (
        <table className="import-table backups-table">
          <thead>
            <tr>
              <th scope="col">{t('backups.taken')}</th>
              <th scope="col">{t('backups.kind')}</th>
              <th scope="col">{t('backups.contents')}</th>
              <th scope="col" className="numeric">
                {t('backups.size')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.backups.map((backup) => (
              <tr key={backup.name}>
                <th scope="row">{formatMoment(backup.createdAt, i18n.language)}</th>
                <td>{t(`backups.kinds.${backup.kind}`)}</td>
                <td>{backupCounts(t, backup)}</td>
                <td className="numeric">{formatMegabytes(backup.bytes, i18n.language)}</td>
                <td>
                  <Button
                    className="button"
                    onPress={() => setRestoring(backup)}
                    aria-label={t('backups.restoreOne', {
                      date: formatMoment(backup.createdAt, i18n.language),
                    })}
                  >
                    {t('backups.restore')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && (
        <ConfirmDialog
          isOpen
          title={t('backups.confirmTitle')}
          body={t('backups.confirmBody', {
            date: formatMoment(restoring.createdAt, i18n.language),
          })}
          confirmLabel={t('backups.restore')}
          destructive
          onClose={() => setRestoring(undefined)}
          onConfirm={() => restore(restoring)}
        />
      )}
    </section>
  )
}
