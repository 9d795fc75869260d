import { z } from 'zod'

/**
 * A file's bytes as base64 text, the form the contract carries them in over both hosts, up to
 * `maxBytes` of file. Node's decoder skips what is not base64, so such text is refused rather
 * than half read.
 */
export function base64Content(maxBytes: number) {
  return z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(Math.ceil(maxBytes / 3) * 4 + 4, { error: 'too_large' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalid_value' })
}
