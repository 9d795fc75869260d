import { z } from 'zod'
import { layoutContentInput } from './layout.ts'
import { reportPeriodInput } from './period.ts'

/** Starts building a workbook; the layout is sent as shown, so unsaved changes are exported too. */
export const reportStartInput = z.strictObject({
  period: reportPeriodInput,
  layout: layoutContentInput,
})
export type ReportStartInput = z.output<typeof reportStartInput>

export const reportJobInput = z.strictObject({
  jobId: z.string().regex(/^[a-f0-9]{16,64}$/, { error: 'invalid_value' }),
})

/** A workbook being built: rows written so far, then the finished file or what went wrong. */
export type ReportJob =
  | { jobId: string; state: 'running'; done: number; total: number }
  | { jobId: string; state: 'ready'; fileName: string; bytes: number; rows: number }
  | {
      jobId: string
      state: 'failed'
      message: string
      /** What the system said (a full disk, a missing folder), shown under the translated words. */
      reason: string
    }

/**
 * Where a finished file went. The desktop app saves it where the user chose (saved false when
 * the dialog was cancelled); the preview gives an address the browser downloads it from.
 */
export interface ExportSaved {
  saved: boolean
  location?: string
  downloadUrl?: string
}
