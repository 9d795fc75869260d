import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** Whole numbers in the UI's language: 1,234 in English, 1 234 in Russian. */
export function useNumberFormat(): Intl.NumberFormat {
  const { i18n } = useTranslation()
  return useMemo(() => new Intl.NumberFormat(i18n.language), [i18n.language])
}
