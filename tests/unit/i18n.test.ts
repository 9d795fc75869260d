import { en } from '../../renderer/i18n/en.ts'
import { ru } from '../../renderer/i18n/ru.ts'
import { validationKeys } from '../../shared/contract/validation-keys.ts'

const pluralSuffix = /_(zero|one|two|few|many|other)$/

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

const baseKeys = (tree: object) => [...new Set(keysOf(tree).map((key) => key.replace(pluralSuffix, '')))].sort()

describe('translations', () => {
  it('Russian has every English string and no other', () => {
    expect(baseKeys(ru)).toEqual(baseKeys(en))
  })

  it('Russian plurals have all of Russian plural forms', () => {
    const pluralBases = keysOf(en).filter((key) => key.endsWith('_other')).map((key) => key.replace(pluralSuffix, ''))
    expect(pluralBases.length).toBeGreaterThan(0)
    const ruKeys = keysOf(ru)
    for (const base of pluralBases) {
      for (const form of ['one', 'few', 'many', 'other']) expect(ruKeys).toContain(`${base}_${form}`)
    }
  })

  it('no Russian string is left empty or in English', () => {
    const enValues = new Map(keysOf(en).map((key) => [key, key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en)]))
    for (const key of keysOf(ru)) {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ru)
      expect(value, key).toMatch(/\S/)
      // Brand names and symbols may be the same in both languages.
      if (!['app.name', 'common.none'].includes(key)) expect(value, key).not.toBe(enValues.get(key))
    }
  })

  it('every validation key the schemas can return has a message', () => {
    for (const key of validationKeys) {
      expect(en.validation).toHaveProperty(key)
      expect(ru.validation).toHaveProperty(key)
    }
  })
})
