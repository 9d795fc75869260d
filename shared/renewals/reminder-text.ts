import type { Language } from '../settings/settings.ts'
import type { RenewalReminder } from './renewals.ts'

/**
 * The desktop notification's words. The main process shows it without the renderer's
 * translations, so its few phrases live here, in every language the app speaks.
 */
const titles: Record<Language, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  en: { one: '{n} agreement fell due for renewal', other: '{n} agreements fell due for renewal' },
  ru: {
    one: '{n} соглашение требует продления',
    few: '{n} соглашения требуют продления',
    many: '{n} соглашений требуют продления',
    other: '{n} соглашения требуют продления',
  },
  kk: { other: '{n} келісімді ұзарту мерзімі келді' },
  az: { other: '{n} sazişin yenilənmə vaxtı çatıb' },
}
const more: Record<Language, string> = {
  en: 'and {n} more',
  ru: 'и ещё {n}',
  kk: 'тағы {n}',
  az: 'və daha {n}',
}

/** How many agreements the notification names. */
const named = 3

export function reminderText(
  reminders: RenewalReminder[],
  language: Language,
): { title: string; body: string } {
  const count = reminders.length
  const forms = titles[language]
  const form = forms[new Intl.PluralRules(language).select(count)] ?? forms.other!
  const lines = reminders.slice(0, named).map((item) => `${item.reference} · ${item.partnerNames}`)
  if (count > named) lines.push(more[language].replace('{n}', String(count - named)))
  return { title: form.replace('{n}', String(count)), body: lines.join('\n') }
}
