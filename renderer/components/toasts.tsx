import {
  Button,
  UNSTABLE_Toast as Toast,
  UNSTABLE_ToastContent as ToastContent,
  UNSTABLE_ToastQueue as ToastQueue,
  UNSTABLE_ToastRegion as ToastRegion,
  Text,
} from 'react-aria-components'
import { useTranslation } from 'react-i18next'

export interface ToastMessage {
  text: string
  tone: 'success' | 'error'
}

/** One queue for the whole window: confirmations fade out, errors stay until dismissed. */
export const toasts = new ToastQueue<ToastMessage>({ maxVisibleToasts: 2 })

export function notifySuccess(text: string): void {
  toasts.add({ text, tone: 'success' }, { timeout: 3500 })
}

export function notifyError(text: string): void {
  toasts.add({ text, tone: 'error' })
}

export function Toasts() {
  const { t } = useTranslation()
  return (
    <ToastRegion queue={toasts} className="toast-region">
      {({ toast }) => (
        <Toast toast={toast} className={`toast toast-${toast.content.tone}`}>
          <ToastContent>
            <Text slot="title">{toast.content.text}</Text>
          </ToastContent>
          <Button slot="close" className="toast-close" aria-label={t('common.close')}>
            ×
          </Button>
        </Toast>
      )}
    </ToastRegion>
  )
}
