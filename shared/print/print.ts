import { z } from 'zod'

/** Saves the window's print view as a PDF file (desktop app only; the preview uses the browser's print). */
export const printPdfInput = z.strictObject({
  fileName: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(120, { error: 'too_long' })
    // Characters no file name may hold, control characters included.
    // eslint-disable-next-line no-control-regex
    .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, { error: 'invalid_value' }),
})

export interface PdfSaved {
  saved: boolean
  location?: string
}
