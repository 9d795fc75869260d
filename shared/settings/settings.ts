import { z } from 'zod'
import { csvDelimiters, type CsvDelimiter } from '../export/csv.ts'

export const languages = ['en', 'ru', 'kk', 'az'] as const
export type Language = (typeof languages)[number]

export interface Settings {
  language: Language
  /** First month (1–12) of the academic year; September by default. */
  academicYearStartMonth: number
  /** How far ahead the renewals screen looks for notice dates, in days. */
  renewalHorizonDays: number
  /** The separator of exported CSV files: Excel expects ";" where "," is the decimal mark. */
  csvDelimiter: CsvDelimiter
}

export const renewalHorizonLimits = { min: 7, max: 730 } as const

export const defaultSettings: Settings = {
  language: 'en',
  academicYearStartMonth: 9,
  renewalHorizonDays: 90,
  csvDelimiter: ',',
}

export const settingsUpdateInput = z.strictObject({
  language: z.enum(languages, { error: 'invalid_value' }).optional(),
  academicYearStartMonth: z.number({ error: 'invalid_value' }).int().min(1).max(12).optional(),
  renewalHorizonDays: z
    .number({ error: 'invalid_value' })
    .int({ error: 'whole_number' })
    .min(renewalHorizonLimits.min, { error: 'invalid_value' })
    .max(renewalHorizonLimits.max, { error: 'too_large' })
    .optional(),
  csvDelimiter: z.enum(csvDelimiters, { error: 'invalid_value' }).optional(),
})
export type SettingsUpdateInput = z.input<typeof settingsUpdateInput>
