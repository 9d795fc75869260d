import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { StagedBackup } from '../../../shared/backups/backups.ts'
import { useApi } from '../../api/api-context.tsx'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { downloadFromUrl } from '../../components/download.ts'
import { notifyError, notifySuccess } from '../../components/toasts.tsx'
import { backupErrorText } from './backup-error.ts'
import { ChooseBackupFile } from './ChooseBackupFile.tsx'
import { backupCounts, formatMoment } from './backup-format.ts'

/** The name the preview host serves a download under: the last part of its address. */
function downloadedName(url: string): string {
  return decodeURIComponent(url.slice(url.lastIndexOf('/') + 1))
}

/**
 * Backups that leave the backup folder and come back: "Back up to a file…" (a USB stick, a
 * colleague) and "Restore from a file…", which shows what the file holds before anything
 * changes.
 */
export function BackupFileActions({ onRestored }: { onRestored: () => void }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [saving, setSaving] = useState(false)
  const [staged, setStaged] = useState<StagedBackup>()

  const saveCopy = async () => {
    setSaving(true)
    const result = await api.call('backups.saveCopy', {})
    setSaving(false)
    if (!result.ok) return notifyError(backupErrorText(t, result.error))
    const { saved, location, downloadUrl } = result.value
    if (downloadUrl) {
      const name = downloadedName(downloadUrl)
      downloadFromUrl(downloadUrl, name)
      notifySuccess(t('backups.downloaded', { name }))
    } else if (saved && location) {
      notifySuccess(t('backups.savedTo', { location }))
    }
  }

  const restore = async (chosen: StagedBackup) => {
    const result = await api.call('backups.restoreFile', { stagedId: chosen.stagedId })
    setStaged(undefined)
    if (!result.ok) return notifyError(backupErrorText(t, result.error, chosen.backup))
    notifySuccess(t('backups.restored'))
    onRestored()
  }

  return (
    <div className="backup-file-actions">
      <Button className="button" onPress={() => void saveCopy()} isDisabled={saving}>
        {saving ? t('backups.working') : t('backups.saveCopy')}
      </Button>
      <ChooseBackupFile
        onChosen={setStaged}
        onError={(error) => notifyError(backupErrorText(t, error))}
      />
      {staged && (
        <ConfirmDialog
          isOpen
          title={t('backups.confirmFileTitle')}
          body={t('backups.confirmFileBody', {
            file: staged.fileName,
            date: formatMoment(staged.backup.createdAt, i18n.language),
            counts: backupCounts(t, staged.backup),
          })}
          confirmLabel={t('backups.restore')}
          destructive
          onClose={() => setStaged(undefined)}
          onConfirm={() => restore(staged)}
        />
      )}
    </div>
  )
}
