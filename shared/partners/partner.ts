import { z } from 'zod'
import {
  countryField,
  idField,
  optionalText,
  requiredText,
  schacField,
  urlField,
  versionField,
} from './fields.ts'

export const partnerKinds = [
  'university',
  'research_institute',
  'company',
  'ministry',
  'network',
  'other',
] as const
export type PartnerKind = (typeof partnerKinds)[number]

export const partnerFields = {
  name: requiredText(300),
  nameNative: optionalText(300),
  kind: z.enum(partnerKinds, { error: 'invalid_value' }),
  country: countryField,
  city: optionalText(120),
  website: urlField,
  erasmusCode: optionalText(30),
  schacCode: schacField,
  nationalId: optionalText(60),
  notes: optionalText(5000),
}

/** Create a partner. */
export const partnerInput = z.strictObject(partnerFields)
export type PartnerInput = z.input<typeof partnerInput>
export type PartnerData = z.output<typeof partnerInput>

/** Edit a partner: the whole record plus the version it was read at. */
export const partnerUpdateInput = z.strictObject({
  id: idField,
  version: versionField,
  ...partnerFields,
})
export type PartnerUpdateInput = z.input<typeof partnerUpdateInput>

export const partnerSorts = ['name', 'country', 'city', 'kind', 'contacts', 'updated'] as const
export type PartnerSort = (typeof partnerSorts)[number]

export const partnerListInput = z.strictObject({
  query: z.string().max(200, { error: 'too_long' }).optional(),
  country: countryField.optional(),
  kind: z.enum(partnerKinds).optional(),
  archived: z.enum(['active', 'archived', 'all']).default('active'),
  sort: z.enum(partnerSorts).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
})
export type PartnerListInput = z.input<typeof partnerListInput>
export type PartnerListQuery = z.output<typeof partnerListInput>

export const partnerIdInput = z.strictObject({ id: idField })

/** Names being typed in the partner form, to warn about a partner entered twice. */
export const partnerSimilarInput = z.strictObject({
  name: z.string().max(300, { error: 'too_long' }),
  nameNative: z.string().max(300, { error: 'too_long' }).nullish(),
  country: countryField.optional(),
  excludeId: idField.optional(),
})
export type PartnerSimilarQuery = z.output<typeof partnerSimilarInput>

export interface SimilarPartner {
  id: number
  name: string
  nameNative: string | null
  country: string
  archivedAt: string | null
  /** 0–1: how alike the names are. */
  score: number
}

export interface Partner {
  id: number
  name: string
  nameNative: string | null
  kind: PartnerKind
  country: string
  city: string | null
  website: string | null
  erasmusCode: string | null
  schacCode: string | null
  nationalId: string | null
  notes: string | null
  archivedAt: string | null
  createdAt: string
  updatedAt: string
  version: number
}

/** A row of the partners list. */
export interface PartnerSummary {
  id: number
  name: string
  nameNative: string | null
  kind: PartnerKind
  country: string
  city: string | null
  contactCount: number
  primaryContact: string | null
  archivedAt: string | null
  updatedAt: string
}
