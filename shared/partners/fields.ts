import { z } from 'zod'
import { isCountryCode } from '../countries.ts'
import { isIsoDate } from '../dates.ts'

/**
 * Field schemas shared by partners and contacts. Every message is a validation key
 * (see `contract/validation-keys.ts`).
 */

/** Required single-line text: trimmed, not empty. */
export function requiredText(max: number) {
  return z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'too_long' })
}

/** Optional text: a form's empty string and an API's null both mean "nothing". */
export function optionalText(max: number) {
  return z
    .string({ error: 'invalid_value' })
    .trim()
    .max(max, { error: 'too_long' })
    .nullish()
    .transform((value) => (value ? value : null))
}

/** Optional text that, when given, must pass a check. */
function optionalChecked(max: number, check: (value: string) => boolean, key: string) {
  return optionalText(max).refine((value) => value === null || check(value), { error: key })
}

export const countryField = z
  .string({ error: 'required' })
  .trim()
  .toUpperCase()
  .min(1, { error: 'required' })
  .refine(isCountryCode, { error: 'invalid_country' })

export const emailField = optionalChecked(
  254,
  (value) => z.regexes.email.test(value),
  'invalid_email',
)

export const urlField = optionalChecked(
  500,
  (value) => {
    try {
      const url = new URL(value)
      return url.protocol === 'http:' || url.protocol === 'https:'
    } catch {
      return false
    }
  },
  'invalid_url',
)

/** SCHAC home organisation codes are lower-case domain names (Erasmus Without Paper). */
export const schacField = optionalChecked(
  100,
  (value) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value),
  'invalid_schac',
)

export const idField = z.number({ error: 'invalid_value' }).int().positive()
export const versionField = z.number({ error: 'invalid_value' }).int().nonnegative()

/** An optional calendar date as `YYYY-MM-DD`; empty means none. */
export const optionalDateField = z
  .string({ error: 'invalid_date' })
  .trim()
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isIsoDate(value), { error: 'invalid_date' })

export const requiredDateField = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .refine(isIsoDate, { error: 'invalid_date' })

/** A whole number from `min` to `max`, with messages a person understands. */
export function wholeNumber(min: number, max: number) {
  return z
    .number({ error: 'whole_number' })
    .int({ error: 'whole_number' })
    .min(min, { error: min === 0 ? 'negative' : 'invalid_value' })
    .max(max, { error: 'too_large' })
}
