import { z } from 'zod'
import { languages, type Language } from '../settings/settings.ts'
import { columnsOf, listSheets, type ListSheet } from './columns.ts'

/**
 * Which columns each list sheet shows, in which order, and the language of the sheet and column
 * names. A ministry changes its form every few years; a saved layout is how the office follows.
 */
export interface LayoutContent {
  language: Language
  columns: Record<ListSheet, string[]>
}

export interface ReportLayout extends LayoutContent {
  /** null for the layout that ships with Accord, which cannot be changed or deleted. */
  id: number | null
  name: string
  version: number
}

export const layoutNameMax = 80

const columnList = (sheet: ListSheet) =>
  z
    .array(z.string(), { error: 'invalid_value' })
    .min(1, { error: 'required' })
    .max(columnsOf(sheet).length, { error: 'too_large' })
    .refine((ids) => ids.every((id) => columnsOf(sheet).includes(id)), { error: 'invalid_value' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'invalid_value' })

export const layoutContentInput = z.strictObject({
  language: z.enum(languages, { error: 'invalid_value' }),
  columns: z.strictObject({
    inForce: columnList('inForce'),
    byCountry: columnList('byCountry'),
    mobility: columnList('mobility'),
    changes: columnList('changes'),
    renewals: columnList('renewals'),
  }),
})

export const layoutSaveInput = layoutContentInput.extend({
  /** Absent for a new layout. */
  id: z.number().int().positive().optional(),
  /** The version the user edited, so that a stale edit is refused. */
  version: z.number().int().positive().optional(),
  name: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(layoutNameMax, { error: 'too_long' }),
})
export type LayoutSaveInput = z.output<typeof layoutSaveInput>

export const layoutIdInput = z.strictObject({ id: z.number().int().positive() })

/** What ships: the figures a ministry form usually asks for, in its usual order. */
export const defaultLayout: ReportLayout = {
  id: null,
  name: 'Standard',
  version: 1,
  language: 'ru',
  columns: {
    inForce: [
      'reference',
      'partners',
      'countries',
      'kind',
      'signedOn',
      'startsOn',
      'endsOn',
      'status',
      'places',
      'outgoing',
      'incoming',
    ],
    byCountry: [
      'country',
      'partners',
      'agreements',
      'newAgreements',
      'places',
      'outgoing',
      'incoming',
    ],
    mobility: [
      'reference',
      'partners',
      'countries',
      'direction',
      'mobilityType',
      'level',
      'places',
      'people',
      'filled',
    ],
    changes: ['change', 'reference', 'partners', 'countries', 'kind', 'signedOn', 'endsOn'],
    renewals: [
      'reference',
      'partners',
      'countries',
      'endsOn',
      'noticeOn',
      'daysLeft',
      'autoRenew',
      'coordinator',
    ],
  },
}

/** Every sheet's full column list, for the layout editor's "add a column". */
export function allColumns(): Record<ListSheet, string[]> {
  return Object.fromEntries(listSheets.map((sheet) => [sheet, columnsOf(sheet)])) as Record<
    ListSheet,
    string[]
  >
}
