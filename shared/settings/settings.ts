import { z } from 'zod'

export const languages = ['en', 'ru', 'kk', 'az'] as const
export type Language = (typeof languages)[number]

export interface Settings {
  language: Language
  /** First month (1–12) of the academic year; September by default. */
  academicYearStartMonth: number
}

export const defaultSettings: Settings = { language: 'en', academicYearStartMonth: 9 }

export const settingsUpdateInput = z.strictObject({
  language: z.enum(languages, { error: 'invalid_value' }).optional(),
  academicYearStartMonth: z.number({ error: 'invalid_value' }).int().min(1).max(12).optional(),
})
export type SettingsUpdateInput = z.input<typeof settingsUpdateInput>
