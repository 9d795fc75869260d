import { zodResolver } from '@hookform/resolvers/zod'
import type { FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form'
import type { z } from 'zod'
import type { AppError } from '../../shared/contract/result.ts'

/**
 * Puts the main process's field errors on the form's fields. Returns the error code to show
 * above the form (a conflict, a failure) or undefined when every message found its field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: AppError,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
): AppError['code'] | undefined {
  const fields = error.details?.fields ?? {}
  let unplaced = error.code !== 'validation'
  for (const [path, key] of Object.entries(fields)) {
    if (fieldNames.includes(path)) setError(path as Path<T>, { type: 'server', message: key })
    else unplaced = true
  }
  return unplaced ? error.code : undefined
}

/**
 * The shared schema as a form resolver. A form holds every text as a string (empty for
 * nothing) while the schema also accepts null from API callers, hence the one cast here.
 */
export function schemaResolver<Values extends FieldValues, Parsed>(
  schema: z.ZodType<Parsed>,
  /** Turns the form's values into the operation's input (empty numbers into null, say). */
  prepare?: (values: Values) => unknown,
): Resolver<Values, unknown, Parsed> {
  const resolve = zodResolver(schema as never) as unknown as Resolver<Values, unknown, Parsed>
  if (!prepare) return resolve
  return (values, context, options) => resolve(prepare(values) as Values, context, options)
}
