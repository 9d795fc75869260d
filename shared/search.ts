/**
 * Text folding for search. SQLite's lower() only folds ASCII, so the app stores a folded copy
 * of searchable text and folds the query the same way: case-insensitive for Cyrillic and Latin,
 * diacritics ignored (é = e, й = и), ё = е, Azerbaijani dotless ı = i.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/ı/g, 'i')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Joins the searchable parts of a record into one folded string. */
export function searchTextOf(parts: ReadonlyArray<string | null | undefined>): string {
  return foldForSearch(parts.filter((part): part is string => Boolean(part)).join(' '))
}

/** Escapes a folded query for a LIKE pattern with `\` as the escape character. */
export function likePattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}
