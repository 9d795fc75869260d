import { useCallback, useEffect, useRef, useState } from 'react'
import { useApi } from '../../api/api-context.tsx'
import {
  columnsFromView,
  defaultAgreementColumns,
  type AgreementColumn,
} from './agreement-filters.ts'

interface SavedView {
  columns: AgreementColumn[]
  /** The filters as address parameters, without the search text. */
  params: string
}

/**
 * The agreements list's remembered columns and filters, kept in the database so they survive a
 * restart (the preview's address, and with it the browser's storage, changes every launch).
 */
export function useAgreementsView(): {
  loaded: SavedView | null
  columns: AgreementColumn[]
  setColumns: (columns: AgreementColumn[]) => void
  rememberParams: (params: string) => void
} {
  const api = useApi()
  const [loaded, setLoaded] = useState<SavedView | null>(null)
  const [columns, setColumnsState] = useState<AgreementColumn[]>(defaultAgreementColumns)
  const current = useRef<SavedView>({ columns: defaultAgreementColumns, params: '' })

  useEffect(() => {
    void api.call('settings.getView', { name: 'agreements.list' }).then((result) => {
      const value = result.ok ? result.value : null
      const view = {
        columns: columnsFromView(value?.columns),
        params: typeof value?.params === 'string' ? value.params : '',
      }
      current.current = view
      setColumnsState(view.columns)
      setLoaded(view)
    })
  }, [api])

  const save = useCallback(
    (changes: Partial<SavedView>) => {
      current.current = { ...current.current, ...changes }
      void api.call('settings.saveView', { name: 'agreements.list', value: { ...current.current } })
    },
    [api],
  )

  return {
    loaded,
    columns,
    setColumns: (next) => {
      setColumnsState(next)
      save({ columns: next })
    },
    rememberParams: (params) => {
      if (params !== current.current.params) save({ params })
    },
  }
}
