import { foldForSearch } from '../search.ts'

/**
 * Finds partners entered twice under different spellings or scripts: names are transliterated
 * to Latin, reduced to letters and digits, and compared by their character trigrams.
 */
const cyrillicToLatin: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
}

/** Words that say what an institution is rather than which one it is. */
const genericWords = new Set([
  'university',
  'universiteti',
  'universitet',
  'universitesi',
  'universitat',
  'universita',
  'universite',
  'state',
  'national',
  'of',
  'the',
  'and',
  'named',
  'after',
  'imeni',
  'im',
  'atyndagy',
  'davlat',
  'dovlet',
  'gosudarstvennyi',
  'natsionalnyi',
  'ulttyk',
  'memlekettik',
  've',
  'i',
  'va',
])

/** The name's words, folded and in Latin letters. */
function latinWords(name: string): string[] {
  const latin = [...foldForSearch(name)].map((char) => cyrillicToLatin[char] ?? char).join('')
  return latin
    .replace(/kh/g, 'h')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

export function nameSkeleton(name: string): string {
  return latinWords(name)
    .filter((word) => !genericWords.has(word))
    .join('')
}

/**
 * The whole name in Latin letters without case, spacing or punctuation: two names with the same
 * key are the same name ("Satbayev University" and "SATBAYEV  UNIVERSITY."). Unlike the
 * skeleton it keeps "state" and "national", which tell Kyrgyz State from Kyrgyz National.
 */
export function nameKey(name: string): string {
  return latinWords(name).join('')
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `
  const grams = new Set<string>()
  for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3))
  return grams
}

/** A name made ready for comparing many times: its skeleton and trigrams, worked out once. */
export interface PreparedName {
  key: string
  skeleton: string
  grams: Set<string>
}

export function prepareName(name: string): PreparedName {
  const skeleton = nameSkeleton(name)
  return { key: nameKey(name), skeleton, grams: trigrams(skeleton) }
}

/** Dice coefficient of two prepared names' trigram sets. */
export function preparedSimilarity(left: PreparedName, right: PreparedName): number {
  if (!left.skeleton || !right.skeleton) return 0
  if (left.skeleton === right.skeleton) return 1
  let shared = 0
  for (const gram of left.grams) if (right.grams.has(gram)) shared++
  return (2 * shared) / (left.grams.size + right.grams.size)
}

/** Dice coefficient of the two names' trigram sets, from 0 (nothing shared) to 1 (same skeleton). */
export function nameSimilarity(a: string, b: string): number {
  return preparedSimilarity(prepareName(a), prepareName(b))
}

/** The best match between any of one partner's names and any of another's. */
export function bestNameSimilarity(
  names: ReadonlyArray<string | null | undefined>,
  others: ReadonlyArray<string | null | undefined>,
): number {
  let best = 0
  for (const name of names) {
    for (const other of others) {
      if (name && other) best = Math.max(best, nameSimilarity(name, other))
    }
  }
  return best
}

/** At or above this the form warns that the partner may already exist; a warning, never a block. */
export const duplicateThreshold = 0.65
