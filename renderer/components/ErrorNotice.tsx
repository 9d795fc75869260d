import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../shared/contract/result.ts'

/** An error shown in place of content that failed to load, with a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(`errors.${error.code}`)}</p>
      {onRetry && (
        <Button className="button" onPress={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  )
}
