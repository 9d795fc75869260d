import { z } from 'zod'

/** A screen's remembered choices (list columns, filters), stored by name as small JSON. */
export const viewNames = ['agreements.list'] as const

export const viewGetInput = z.strictObject({ name: z.enum(viewNames, { error: 'invalid_value' }) })

export const viewSaveInput = z.strictObject({
  name: z.enum(viewNames, { error: 'invalid_value' }),
  value: z
    .record(z.string().max(100), z.unknown())
    .refine((value) => JSON.stringify(value).length <= 10_000, { error: 'too_long' }),
})
