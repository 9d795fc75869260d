import type { Cell } from '../../../shared/import/cell.ts'
import { countryFromText } from '../../../shared/import/import-countries.ts'
import { readDateCell, type DateCell, type DateOrder } from '../../../shared/import/import-dates.ts'
import { kindFromText, stateFromText } from '../../../shared/import/import-words.ts'

/** Enough for every distinct value of a large sheet; past it the cache starts again. */
const maxEntries = 50_000

function cached<Value>(read: (text: string) => Value): (text: string) => Value {
  const known = new Map<string, Value>()
  return (text) => {
    let value = known.get(text)
    if (value === undefined && !known.has(text)) {
      if (known.size >= maxEntries) known.clear()
      value = read(text)
      known.set(text, value)
    }
    return value as Value
  }
}

/**
 * The value readers, remembering what they read: a register repeats the same countries, kinds
 * and often the same dates thousands of times, and each reading folds text in every script.
 */
export const cachedCountry = cached(countryFromText)
export const cachedKind = cached(kindFromText)
export const cachedState = cached(stateFromText)

const dates = cached((key: string) => {
  const [order, type, value] = key.split('\u0000') as [string, string, string]
  const cell: Cell = type === 'number' ? Number(value) : value
  return readDateCell(cell, order === '' ? null : (order as DateOrder))
})

export function cachedDateCell(cell: Cell, order: DateOrder | null): DateCell {
  // Booleans and empty cells are rare and quick: read them directly.
  if (typeof cell !== 'string' && typeof cell !== 'number') return readDateCell(cell, order)
  return dates(`${order ?? ''}\u0000${typeof cell}\u0000${cell}`)
}
