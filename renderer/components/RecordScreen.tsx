import type { ReactNode } from 'react'
import { Link } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { OperationState } from '../api/use-operation.ts'
import { ErrorNotice } from './ErrorNotice.tsx'

export interface RecordScreenProps<T> {
  state: OperationState<T>
  backHref: string
  backLabel: string
  notFoundText: string
  children: (record: T) => ReactNode
}

/** A record's page: loading, "does not exist", a failure with a retry, or the record itself. */
export function RecordScreen<T>({
  state,
  backHref,
  backLabel,
  notFoundText,
  children,
}: RecordScreenProps<T>) {
  const { t } = useTranslation()
  if (state.error) {
    return (
      <div className="page">
        <Link className="back-link" href={backHref}>
          ← {backLabel}
        </Link>
        {state.error.code === 'not_found' ? (
          <div className="notice notice-error" role="alert">
            {notFoundText}
          </div>
        ) : (
          <ErrorNotice error={state.error} onRetry={state.reload} />
        )}
      </div>
    )
  }
  if (state.data === undefined) {
    return (
      <div className="page loading" aria-busy="true">
        {t('common.loading')}
      </div>
    )
  }
  return <div className="page">{children(state.data)}</div>
}
