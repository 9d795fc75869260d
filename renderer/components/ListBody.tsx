import type { ReactNode } from 'react'
import { Button } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../shared/contract/result.ts'
import { ErrorNotice } from './ErrorNotice.tsx'

export interface ListBodyProps {
  /** "320 agreements", once the list has loaded. */
  countText: string | undefined
  countTestId: string
  loading: boolean
  error: AppError | undefined
  onRetry: () => void
  /** Shown when filters narrow the list: puts them all back. */
  onClearFilters: (() => void) | undefined
  /** The table. */
  children: ReactNode
}

/** Under a list's filters: its count, "Clear filters", and the table or what stopped it loading. */
export function ListBody({
  countText,
  countTestId,
  loading,
  error,
  onRetry,
  onClearFilters,
  children,
}: ListBodyProps) {
  const { t } = useTranslation()
  return (
    <>
      <div className="list-status" aria-live="polite">
        {countText && <span data-testid={countTestId}>{countText}</span>}
        {onClearFilters && (
          <Button className="button button-link" onPress={onClearFilters}>
            {t('partners.clearFilters')}
          </Button>
        )}
        {loading && countText && <span className="muted">{t('common.loading')}</span>}
      </div>
      {error ? (
        <ErrorNotice error={error} onRetry={onRetry} />
      ) : (
        <div className="table-frame" aria-busy={loading}>
          {children}
        </div>
      )}
    </>
  )
}
