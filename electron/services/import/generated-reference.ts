/**
 * The reference a row without one is given, from what the row says (partners, country, dates,
 * kind): the same row imported again, on any day, gets the same reference and is refused as
 * already in Accord instead of being created twice. FNV-1a, 32 bits, in base 36.
 */
export function generatedReference(content: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < content.length; index++) {
    hash ^= content.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `IMP-${hash.toString(36).toUpperCase().padStart(7, '0')}`
}
