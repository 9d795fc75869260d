import { az } from '../../renderer/i18n/az.ts'
import { en } from '../../renderer/i18n/en.ts'
import { kk } from '../../renderer/i18n/kk.ts'
import { ru } from '../../renderer/i18n/ru.ts'
import { validationKeys } from '../../shared/contract/validation-keys.ts'
import { languages } from '../../shared/settings/settings.ts'

const pluralSuffix = /_(zero|one|two|few|many|other)$/
const translations: Record<string, object> = { ru, kk, az }

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  )
}

function valueAt(tree: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree)
}

const baseKeys = (tree: object) =>
  [...new Set(keysOf(tree).map((key) => key.replace(pluralSuffix, '')))].sort()
const pluralBases = keysOf(en)
  .filter((key) => key.endsWith('_other'))
  .map((key) => key.replace(pluralSuffix, ''))

describe('translations', () => {
  it('exist for every language the settings offer', () => {
    expect(languages.filter((language) => language !== 'en').sort()).toEqual(
      Object.keys(translations).sort(),
    )
  })

  describe.each(Object.entries(translations))('%s', (language, messages) => {
    it('has every English string and no other', () => {
      expect(baseKeys(messages)).toEqual(baseKeys(en))
    })

    it("has each plural in all of the language's plural forms", () => {
      expect(pluralBases.length).toBeGreaterThan(0)
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories
      const keys = keysOf(messages)
      for (const base of pluralBases)
        for (const form of forms) expect(keys).toContain(`${base}_${form}`)
    })

    it('leaves no string empty or in English', () => {
      for (const key of keysOf(messages)) {
        const value = valueAt(messages, key)
        expect(value, key).toMatch(/\S/)
        // Brand names, symbols and pure punctuation patterns may be the same in every language.
        if (!['app.name', 'common.none', 'dashboard.tiles.value'].includes(key))
          expect(value, key).not.toBe(valueAt(en, key))
      }
    })

    it('keeps every {{placeholder}} of the English string', () => {
      for (const key of keysOf(messages)) {
        const english = valueAt(en, key) ?? valueAt(en, key.replace(pluralSuffix, '_other'))
        const wanted = String(english).match(/\{\{\w+\}\}/g) ?? []
        for (const placeholder of wanted) expect(valueAt(messages, key), key).toContain(placeholder)
      }
    })
  })

  it('every validation key the schemas can return has a message', () => {
    for (const messages of [en, ...Object.values(translations)]) {
      for (const key of validationKeys)
        expect((messages as typeof en).validation).toHaveProperty(key)
    }
  })
})
