import { z } from 'zod'
import { idField, optionalText, versionField, wholeNumber } from '../partners/fields.ts'
import {
  cefrLevels,
  directions,
  fundings,
  mobilityTypes,
  studyLevels,
  type CefrLevel,
  type Direction,
  type Funding,
  type MobilityType,
  type StudyLevel,
} from './vocabulary.ts'

const nullable = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value) => value ?? null)

/** ISCED-F 2013 field codes, 2 to 4 digits, comma separated: "0588, 0613". */
const iscedCodes = optionalText(200).refine(
  (value) => value === null || value.split(',').every((code) => /^\d{2,4}$/.test(code.trim())),
  { error: 'invalid_isced' },
)

/** A cooperation condition (quota): what the agreement promises per academic year. */
export const conditionFields = z
  .strictObject({
    direction: z.enum(directions, { error: 'invalid_value' }),
    mobilityType: z.enum(mobilityTypes, { error: 'invalid_value' }),
    level: nullable(z.enum(studyLevels, { error: 'invalid_value' })),
    placesPerYear: wholeNumber(0, 10000),
    monthsPerPlace: nullable(
      z
        .number({ error: 'invalid_value' })
        .min(0, { error: 'negative' })
        .max(120, { error: 'too_large' }),
    ),
    daysPerPlace: nullable(wholeNumber(0, 3650)),
    funding: nullable(z.enum(fundings, { error: 'invalid_value' })),
    language: optionalText(40),
    cefr: nullable(z.enum(cefrLevels, { error: 'invalid_value' })),
    iscedCodes,
    firstYear: nullable(wholeNumber(1950, 2200)),
    lastYear: nullable(wholeNumber(1950, 2200)),
  })
  .superRefine((value, ctx) => {
    if (value.firstYear !== null && value.lastYear !== null && value.lastYear < value.firstYear) {
      ctx.addIssue({ code: 'custom', message: 'years_out_of_order', path: ['lastYear'] })
    }
  })

/** Replaces an agreement's conditions with this list, in one transaction. */
export const conditionsSaveInput = z.strictObject({
  id: idField,
  version: versionField,
  conditions: z.array(conditionFields).max(200),
})
export type ConditionsSaveInput = z.input<typeof conditionsSaveInput>
export type ConditionInput = z.input<typeof conditionFields>

export interface Condition {
  id: number
  direction: Direction
  mobilityType: MobilityType
  level: StudyLevel | null
  placesPerYear: number
  monthsPerPlace: number | null
  daysPerPlace: number | null
  funding: Funding | null
  language: string | null
  cefr: CefrLevel | null
  iscedCodes: string | null
  firstYear: number | null
  lastYear: number | null
}
