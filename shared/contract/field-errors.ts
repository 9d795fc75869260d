import type { z } from 'zod'
import { englishValidationMessage, isValidationKey } from './validation-keys.ts'

/**
 * Turns a zod error into one message key per field. Messages that are not our keys (zod's own,
 * for wrong types or unknown fields) become `invalid_value`; unknown fields are named.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] ??= 'unknown_field'
      continue
    }
    const path = issue.path.length > 0 ? issue.path.join('.') : '(input)'
    fields[path] ??= isValidationKey(issue.message) ? issue.message : 'invalid_value'
  }
  return fields
}

/** One readable sentence naming each bad field, for API callers without the UI. */
export function describeFieldErrors(fields: Record<string, string>): string {
  const parts = Object.entries(fields).map(([field, key]) =>
    key === 'unknown_field'
      ? `${field}: this field is not part of the operation.`
      : `${field}: ${englishValidationMessage(key)}`,
  )
  return `Some fields are not valid. ${parts.join(' ')}`
}
