/**
 * The result envelope every operation returns. Errors are values: nothing is thrown across the
 * boundary between the UI and the main-process side.
 */
export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'unknown_operation'
  | 'forbidden'
  | 'internal'
  /** The backend could not be reached (the preview host stopped, say). */
  | 'unavailable'

export interface ErrorDetails {
  /** Field path (dot separated, e.g. `email` or `contacts.0.email`) to a message key. */
  fields?: Record<string, string>
}

export interface AppError {
  code: ErrorCode
  message: string
  details?: ErrorDetails
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string, details?: ErrorDetails): Result<never> {
  return details
    ? { ok: false, error: { code, message, details } }
    : { ok: false, error: { code, message } }
}
