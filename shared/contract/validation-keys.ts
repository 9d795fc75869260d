/**
 * Validation messages are keys, not sentences: the shared schemas are used by the UI (which
 * translates the key) and by the main process (which returns the key per field).
 */
export const validationKeys = [
  'required',
  'too_long',
  'invalid_email',
  'invalid_country',
  'invalid_url',
  'invalid_schac',
  'invalid_value',
] as const

export type ValidationKey = (typeof validationKeys)[number]

const englishMessages: Record<ValidationKey, string> = {
  required: 'This field is required.',
  too_long: 'This text is too long.',
  invalid_email: 'Enter a valid e-mail address, such as name@university.edu.',
  invalid_country: 'Choose a country from the list.',
  invalid_url: 'Enter a web address starting with http:// or https://.',
  invalid_schac: 'A SCHAC code is a domain name such as uni-foo.kz.',
  invalid_value: 'This value is not valid.',
}

export function isValidationKey(value: string): value is ValidationKey {
  return (validationKeys as readonly string[]).includes(value)
}

/** An English sentence for a key, for callers that talk to the API without the UI. */
export function englishValidationMessage(key: string): string {
  return isValidationKey(key) ? englishMessages[key] : englishMessages.invalid_value
}
