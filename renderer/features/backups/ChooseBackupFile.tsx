import { useState } from 'react'
import { Button, FileTrigger } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import {
  backupFileExtension,
  maxUploadedBackupBytes,
  type StagedBackup,
} from '../../../shared/backups/backups.ts'
import type { AppError } from '../../../shared/contract/result.ts'
import { useApi } from '../../api/api-context.tsx'
import { readAsBase64 } from '../../components/read-file.ts'

interface ChooseBackupFileProps {
  /** The file was read and is an Accord backup: the screen asks whether to restore it. */
  onChosen: (staged: StagedBackup) => void
  onError: (error: AppError) => void
  className?: string
}

/**
 * "Restore from a file…": a backup from anywhere on the PC. The desktop app asks for it in the
 * system's open dialog; in the browser preview the browser's file chooser uploads it.
 */
export function ChooseBackupFile({
  onChosen,
  onError,
  className = 'button',
}: ChooseBackupFileProps) {
  const { t } = useTranslation()
  const api = useApi()
  const [reading, setReading] = useState(false)

  const pick = async () => {
    setReading(true)
    const result = await api.call('backups.pickFile', {})
    setReading(false)
    if (!result.ok) return onError(result.error)
    if (result.value) onChosen(result.value) // null: the dialog was cancelled
  }

  const upload = async (file: File) => {
    // Said before the upload, not after 200 MB have been read and sent.
    if (file.size > maxUploadedBackupBytes) {
      return onError({
        code: 'validation',
        message: `${file.name} is larger than 200 MB.`,
        details: { fields: { backup: 'backup_too_large' } },
      })
    }
    setReading(true)
    const contentBase64 = await readAsBase64(file).catch(() => undefined)
    if (contentBase64 === undefined) {
      setReading(false)
      return onError({
        code: 'validation',
        message: `${file.name} could not be read.`,
        details: { fields: { backup: 'backup_unreadable' } },
      })
    }
    const result = await api.call('backups.uploadFile', { fileName: file.name, contentBase64 })
    setReading(false)
    if (!result.ok) return onError(result.error)
    onChosen(result.value)
  }

  const label = reading ? t('backups.reading') : t('backups.fromFile')
  if (api.host === 'electron') {
    return (
      <Button className={className} onPress={() => void pick()} isDisabled={reading}>
        {label}
      </Button>
    )
  }
  return (
    <FileTrigger
      acceptedFileTypes={[backupFileExtension]}
      onSelect={(list) => {
        const file = list?.[0]
        if (file) void upload(file)
      }}
    >
      <Button className={className} isDisabled={reading}>
        {label}
      </Button>
    </FileTrigger>
  )
}
