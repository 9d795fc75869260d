import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../shared/settings/settings.ts'
import { az } from './az.ts'
import { en } from './en.ts'
import { kk } from './kk.ts'
import { ru } from './ru.ts'

export const resources = {
  en: { translation: en },
  ru: { translation: ru },
  kk: { translation: kk },
  az: { translation: az },
} as const

/** Names of the languages in themselves, for the language picker. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  az: 'Azərbaycanca',
}

export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance()
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}
