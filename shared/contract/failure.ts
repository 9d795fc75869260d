import type { ErrorCode, ErrorDetails } from './result.ts'

/**
 * An expected failure (not found, stale edit, bad input) raised inside the main-process side.
 * The dispatcher turns it into an error value; it never crosses the boundary as an exception.
 */
export class AppFailure extends Error {
  readonly code: ErrorCode
  readonly details: ErrorDetails | undefined
  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message)
    this.name = 'AppFailure'
    this.code = code
    this.details = details
  }
}

export function notFound(what: string, id: number): AppFailure {
  return new AppFailure('not_found', `${what} ${id} does not exist (it may have been deleted).`)
}

export function staleEdit(what: string): AppFailure {
  return new AppFailure(
    'conflict',
    `This ${what} was changed elsewhere after you opened it. Reload it to see the changes, then edit again.`,
  )
}
