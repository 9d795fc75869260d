import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../shared/contract/result.ts'

export interface ErrorNoticeProps {
  error: AppError
  /** Words for this case, in place of the general ones for the error's code. */
  text?: string
  /** What the system said, as it said it, under the words (small print). */
  detail?: string
  onRetry?: () => void
}

/** An error shown in place of content that failed to load, with a way to try again. */
export function ErrorNotice({ error, text, detail, onRetry }: ErrorNoticeProps) {
  const { t } = useTranslation()
  return (
    <div className="notice notice-error" role="alert">
      <div>
        <p>{text ?? t(`errors.${error.code}`)}</p>
        {detail && <p className="notice-detail">{detail}</p>}
      </div>
      {onRetry && (
        <Button className="button" onPress={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  )
}
