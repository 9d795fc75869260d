import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { BackupInfo, StagedBackup } from '../../../shared/backups/backups.ts'
import type { Recovered, RecoveryState } from '../../../shared/backups/recovery.ts'
import { useApi } from '../../api/api-context.tsx'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { ErrorNotice } from '../../components/ErrorNotice.tsx'
import type { AppError, Result } from '../../../shared/contract/result.ts'
import { backupErrorText } from '../backups/backup-error.ts'
import { backupCounts, formatMoment } from '../backups/backup-format.ts'
import { ChooseBackupFile } from '../backups/ChooseBackupFile.tsx'
import '../backups/backups.css'

/**
 * Shown instead of the app when its database file is damaged: what happened, and the backups
 * to restore from, newest first. The damaged file is kept; nothing is ever created over it.
 */
export function RecoveryPage({ state }: { state: RecoveryState }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [chosen, setChosen] = useState<BackupInfo>()
  const [staged, setStaged] = useState<StagedBackup>()
  const [error, setError] = useState<{ error: AppError; backup?: BackupInfo }>()
  const [keptAs, setKeptAs] = useState<string>()
  const moment = (iso: string) => formatMoment(iso, i18n.language)

  const finish = (result: Result<Recovered>, backup: BackupInfo) => {
    setChosen(undefined)
    setStaged(undefined)
    if (!result.ok) return setError({ error: result.error, backup })
    setError(undefined)
    setKeptAs(result.value.damagedFileKeptAs)
    window.setTimeout(() => window.location.reload(), 1500)
  }
  const restore = async (backup: BackupInfo) =>
    finish(await api.call('recovery.restore', { name: backup.name }), backup)
  const restoreFile = async (file: StagedBackup) =>
    finish(await api.call('recovery.restoreFile', { stagedId: file.stagedId }), file.backup)

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <div className="card recovery-card">
        <h1 id="recovery-title">{t('recovery.title')}</h1>
        <p>{t('recovery.explain', { file: state.file })}</p>
        <p className="notice-detail">{state.detail}</p>
        {keptAs ? (
          <p role="status" className="recovery-done">
            {t('recovery.done', { file: keptAs })}
          </p>
        ) : state.backups.length === 0 ? (
          <p>{t('recovery.noBackups')}</p>
        ) : (
          <>
            <h2>{t('recovery.choose')}</h2>
            <ul className="recovery-backups">
              {state.backups.map((backup, index) => (
                <li key={backup.name}>
                  <div>
                    <strong>{moment(backup.createdAt)}</strong>
                    {index === 0 && (
                      <span className="badge badge-primary">{t('recovery.newest')}</span>
                    )}
                    <div className="muted small">
                      {t(`backups.kinds.${backup.kind}`)} · {backupCounts(t, backup)}
                    </div>
                  </div>
                  <Button
                    className={index === 0 ? 'button button-primary' : 'button'}
                    onPress={() => setChosen(backup)}
                    aria-label={t('backups.restoreOne', { date: moment(backup.createdAt) })}
                  >
                    {t('backups.restore')}
                  </Button>
                </li>
              ))}
            </ul>
          </>
        )}
        {!keptAs && (
          <div className="recovery-file">
            <p>{t('recovery.orFile')}</p>
            <ChooseBackupFile
              onChosen={(file) => {
                setError(undefined)
                setStaged(file)
              }}
              onError={(refusal) => setError({ error: refusal })}
            />
          </div>
        )}
        {error && (
          <ErrorNotice error={error.error} text={backupErrorText(t, error.error, error.backup)} />
        )}
      </div>
      {chosen && (
        <ConfirmDialog
          isOpen
          title={t('recovery.confirmTitle')}
          body={t('recovery.confirmBody', { date: moment(chosen.createdAt) })}
          confirmLabel={t('backups.restore')}
          onClose={() => setChosen(undefined)}
          onConfirm={() => restore(chosen)}
        />
      )}
      {staged && (
        <ConfirmDialog
          isOpen
          title={t('recovery.confirmTitle')}
          body={t('recovery.confirmFileBody', {
            file: staged.fileName,
            date: moment(staged.backup.createdAt),
            counts: backupCounts(t, staged.backup),
          })}
          confirmLabel={t('backups.restore')}
          onClose={() => setStaged(undefined)}
          onConfirm={() => restoreFile(staged)}
        />
      )}
    </main>
  )
}
