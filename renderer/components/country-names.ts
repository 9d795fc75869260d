import { countryCodes } from '../../shared/countries.ts'

export interface CountryOption {
  code: string
  name: string
}

const cache = new Map<string, CountryOption[]>()

/** Country names in the UI's language (Intl.DisplayNames), sorted the way that language sorts. */
export function countryOptions(language: string): CountryOption[] {
  const cached = cache.get(language)
  if (cached) return cached
  const names = new Intl.DisplayNames([language, 'en'], { type: 'region' })
  const collator = new Intl.Collator(language)
  const options = countryCodes
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name))
  cache.set(language, options)
  return options
}

export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language, 'en'], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

/** "KZ,AZ" as a list row stores it, as "Kazakhstan, Azerbaijan" in the UI's language. */
export function countryNamesOf(codes: string, language: string): string {
  return codes
    .split(',')
    .filter(Boolean)
    .map((code) => countryName(code, language))
    .join(', ')
}
