import { z } from 'zod'
import { idField, versionField, wholeNumber } from '../partners/fields.ts'
import {
  directions,
  mobilityTypes,
  studyLevels,
  type Direction,
  type MobilityType,
  type StudyLevel,
} from './vocabulary.ts'

const countRow = z.strictObject({
  direction: z.enum(directions, { error: 'invalid_value' }),
  mobilityType: z.enum(mobilityTypes, { error: 'invalid_value' }),
  level: z
    .enum(studyLevels, { error: 'invalid_value' })
    .nullish()
    .transform((value) => value ?? null),
  people: wholeNumber(0, 100000),
})

/** The people who actually went or came in one academic year: replaces that year's counts. */
export const countsSaveInput = z
  .strictObject({
    id: idField,
    version: versionField,
    academicYear: wholeNumber(1950, 2200),
    rows: z.array(countRow).max(100),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>()
    value.rows.forEach((row, index) => {
      const key = `${row.direction}/${row.mobilityType}/${row.level ?? ''}`
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', message: 'duplicate_row', path: ['rows', index, 'people'] })
      seen.add(key)
    })
  })
export type CountsSaveInput = z.input<typeof countsSaveInput>

export interface ExchangeCount {
  academicYear: number
  direction: Direction
  mobilityType: MobilityType
  level: StudyLevel | null
  people: number
}
