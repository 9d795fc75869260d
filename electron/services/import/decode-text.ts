/**
 * Turns the bytes of a text file (a CSV) into text, guessing the encoding the way an office's
 * files need it: a byte-order mark wins; UTF-16 without a mark is told by its zero bytes; then
 * strict UTF-8; and anything that is not valid UTF-8 is read as Windows-1251, the encoding a
 * Russian Windows Excel writes when it saves "CSV (разделители — запятые)".
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251'

export interface DecodedText {
  encoding: TextEncodingName
  /** The text without its byte-order mark. */
  text: string
}

/** How many leading bytes are looked at to tell UTF-16 without a byte-order mark. */
const utf16SampleBytes = 8192

/** The encoding named by a byte-order mark at the start, and the mark's length. */
export function byteOrderMark(
  bytes: Uint8Array,
): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/**
 * UTF-16 without a byte-order mark, told by where the zero bytes fall: text in UTF-16 has a zero
 * in the high byte of every ASCII character (digits, spaces, delimiters, line ends), so in
 * little-endian the zeros sit at odd offsets and never at even ones (big-endian: the reverse).
 * Cyrillic letters have a 0x04 high byte, not a zero, so the rule asks for a share of zeros
 * rather than for every other byte; the guess is then confirmed by a strict decode.
 */
export function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, utf16SampleBytes) & ~1
  if (length < 2) return null
  let zerosAtEven = 0
  let zerosAtOdd = 0
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) zerosAtEven += 1
    if (bytes[index + 1] === 0) zerosAtOdd += 1
  }
  const pairs = length / 2
  const enough = Math.max(4, Math.ceil(pairs * 0.05))
  const guess =
    zerosAtOdd >= enough && zerosAtEven * 50 <= zerosAtOdd
      ? 'utf-16le'
      : zerosAtEven >= enough && zerosAtOdd * 50 <= zerosAtEven
        ? 'utf-16be'
        : null
  if (guess === null) return null
  // Confirmed only if the whole file decodes (no unpaired surrogates, even length).
  return decodesStrictly(bytes, guess) === null ? null : guess
}

function decodesStrictly(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Decodes a text file; see the module comment for the order of the guesses. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const mark = byteOrderMark(bytes)
  if (mark) {
    // A byte-order mark is strong evidence: a damaged sequence becomes U+FFFD, not a refusal.
    const text = new TextDecoder(mark.encoding, { ignoreBOM: true }).decode(
      bytes.subarray(mark.length),
    )
    return { encoding: mark.encoding, text }
  }
  const utf16 = looksLikeUtf16(bytes)
  if (utf16) return { encoding: utf16, text: new TextDecoder(utf16).decode(bytes) }
  const utf8 = decodesStrictly(bytes, 'utf-8')
  if (utf8 !== null) return { encoding: 'utf-8', text: utf8 }
  return { encoding: 'windows-1251', text: new TextDecoder('windows-1251').decode(bytes) }
}
