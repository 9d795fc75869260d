/**
 * Text folding for search. SQLite's lower() only folds ASCII, so the app stores a folded copy
 * of searchable text and folds the query the same way: case-insensitive for Cyrillic and Latin;
 * Latin diacritics ignored (é = e, ü = u, İ = i); ё = е; Azerbaijani ı = i and ə = e, as typed
 * on keyboards without them. Cyrillic letters with marks (й, Kazakh letters) stay distinct:
 * they are letters of their own.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/([A-Za-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
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
