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
  'invalid_date',
  'ends_before_start',
  'partners_required',
  'duplicate_partner',
  'renewal_term_required',
  'years_out_of_order',
  'negative',
  'whole_number',
  'too_large',
  'reference_taken',
  'end_not_later',
  'duplicate_row',
  'invalid_isced',
  'name_taken',
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
  invalid_date: 'Enter a real date, such as 2026-09-01.',
  ends_before_start: 'The end date cannot be before the start date.',
  partners_required: 'Choose at least one partner.',
  duplicate_partner: 'This partner is listed twice.',
  renewal_term_required: 'An agreement that renews itself needs an end date and a renewal term.',
  years_out_of_order: 'The last academic year cannot be before the first.',
  negative: 'Enter zero or more.',
  whole_number: 'Enter a whole number.',
  too_large: 'This number is too large.',
  reference_taken: 'Another agreement already has this reference.',
  end_not_later: 'The new end date must be later than the current one.',
  duplicate_row: 'This combination is entered twice.',
  invalid_isced: 'ISCED-F codes are 2 to 4 digits, separated by commas (e.g. 0588, 0613).',
  name_taken: 'Another layout already has this name.',
}

export function isValidationKey(value: string): value is ValidationKey {
  return (validationKeys as readonly string[]).includes(value)
}

/** An English sentence for a key, for callers that talk to the API without the UI. */
export function englishValidationMessage(key: string): string {
  return isValidationKey(key) ? englishMessages[key] : englishMessages.invalid_value
}
