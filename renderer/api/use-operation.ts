import { useCallback, useEffect, useRef, useState } from 'react'
import type { OperationInput, OperationOutput } from '../../shared/contract/contract.ts'
import type { OperationName } from '../../shared/contract/operation-names.ts'
import type { AppError } from '../../shared/contract/result.ts'
import { useApi } from './api-context.tsx'

export interface OperationState<T> {
  data: T | undefined
  error: AppError | undefined
  loading: boolean
  reload: () => void
}

/**
 * Runs a read operation whenever its input changes and keeps the last answer on screen while
 * the next one loads, so typing in a search box does not blank the list. Answers that arrive
 * out of order are dropped.
 */
export function useOperation<K extends OperationName>(
  operation: K,
  input: OperationInput<K>,
): OperationState<OperationOutput<K>> {
  const api = useApi()
  const [generation, setGeneration] = useState(0)
  const key = JSON.stringify(input)
  const requestKey = `${generation}:${key}`
  const [state, setState] = useState<{
    requestKey?: string
    data?: OperationOutput<K>
    error?: AppError
  }>({})
  const latest = useRef(0)

  useEffect(() => {
    const request = ++latest.current
    void api.call(operation, JSON.parse(key) as OperationInput<K>).then((result) => {
      if (request !== latest.current) return
      setState(result.ok ? { requestKey, data: result.value } : { requestKey, error: result.error })
    })
  }, [api, operation, key, requestKey])

  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  return { data: state.data, error: state.error, loading: state.requestKey !== requestKey, reload }
}
