import { useState } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { DialogFrame } from './DialogFrame.tsx'

export interface ConfirmDialogProps {
  title: string
  body: string
  confirmLabel: string
  isOpen: boolean
  onClose: () => void
  /** Resolves when the action is done; the dialog stays open (and busy) until then. */
  onConfirm: () => Promise<void>
  destructive?: boolean
}

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  isOpen,
  onClose,
  onConfirm,
  destructive,
}: ConfirmDialogProps) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    setBusy(true)
    try {
      await onConfirm()
    } finally {
      setBusy(false)
    }
  }
  return (
    <DialogFrame title={title} isOpen={isOpen} onClose={onClose} role="alertdialog">
      <p className="dialog-body">{body}</p>
      <div className="dialog-actions">
        {/* Enter on a just-opened dialog must not replace or delete anything. */}
        <Button className="button" onPress={onClose} isDisabled={busy} autoFocus={destructive}>
          {t('common.cancel')}
        </Button>
        <Button
          className={`button ${destructive ? 'button-danger' : 'button-primary'}`}
          onPress={() => void confirm()}
          isDisabled={busy}
          autoFocus={!destructive}
        >
          {confirmLabel}
        </Button>
      </div>
    </DialogFrame>
  )
}
