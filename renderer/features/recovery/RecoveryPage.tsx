import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { BackupInfo } from '../../../shared/backups/backups.ts'
import type { RecoveryState } from '../../../shared/backups/recovery.ts'
import { useApi } from '../../api/api-context.tsx'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { ErrorNotice } from '../../components/ErrorNotice.tsx'
import type { AppError } from '../../../shared/contract/result.ts'
import '../settings/backups.css'

/**
 * Shown instead of the app when its database file is damaged: what happened, and the backups
 * to restore from, newest first. The damaged file is kept; nothing is ever created over it.
 */
export function RecoveryPage({ state }: { state: RecoveryState }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [chosen, setChosen] = useState<BackupInfo>()
  const [error, setError] = useState<AppError>()
  const [keptAs, setKeptAs] = useState<string>()
  const moment = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    )

  const restore = async (backup: BackupInfo) => {
    const result = await api.call('recovery.restore', { name: backup.name })
    setChosen(undefined)
    if (!result.ok) return setError(result.error)
    setKeptAs(result.value.damagedFileKeptAs)
    window.setTimeout(() => window.location.reload(), 1500)
  }

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
                      {t(`backups.kinds.${backup.kind}`)} ·{' '}
                      {t('backups.counts', {
                        agreements: backup.agreements,
                        partners: backup.partners,
                        documents: backup.documents,
                      })}
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
        {error && (
          <ErrorNotice
            error={error}
            text={
              error.code === 'validation' || error.code === 'not_found' ? error.message : undefined
            }
          />
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
    </main>
  )
}
