import { z } from 'zod'
import {
  idField,
  optionalDateField,
  requiredDateField,
  optionalText,
  requiredText,
  versionField,
  wholeNumber,
} from '../partners/fields.ts'
import type { IsoDate } from '../dates.ts'
import {
  agreementStates,
  agreementStatuses,
  type AgreementState,
  type AgreementStatus,
} from './status.ts'
import { agreementKinds, type AgreementKind } from './vocabulary.ts'

const agreementPartner = z.strictObject({
  partnerId: idField,
  contactId: idField.nullish().transform((value) => value ?? null),
})

export const agreementFields = {
  reference: requiredText(60),
  title: requiredText(300),
  kind: z.enum(agreementKinds, { error: 'invalid_value' }),
  state: z.enum(agreementStates, { error: 'invalid_value' }),
  signedOn: optionalDateField,
  startsOn: optionalDateField,
  /** Empty for an agreement without an end date. */
  endsOn: optionalDateField,
  autoRenew: z.boolean({ error: 'invalid_value' }).default(false),
  renewalTermMonths: wholeNumber(1, 120)
    .nullish()
    .transform((value) => value ?? null),
  noticeDays: wholeNumber(0, 3650),
  unit: optionalText(200),
  coordinator: optionalText(200),
  notes: optionalText(5000),
  partners: z
    .array(agreementPartner, { error: 'partners_required' })
    .min(1, { error: 'partners_required' })
    .max(50),
}

type AgreementShape = {
  startsOn: string | null
  endsOn: string | null
  autoRenew: boolean
  renewalTermMonths: number | null
  partners: Array<{ partnerId: number }>
}

/** Rules between fields, each reported on the field a person would correct. */
function checkAgreement(value: AgreementShape, ctx: z.RefinementCtx): void {
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
    ctx.addIssue({ code: 'custom', message: 'ends_before_start', path: ['endsOn'] })
  }
  // Reported on whichever of the two is missing.
  if (value.autoRenew && !value.endsOn) {
    ctx.addIssue({ code: 'custom', message: 'renewal_term_required', path: ['endsOn'] })
  }
  if (value.autoRenew && !value.renewalTermMonths) {
    ctx.addIssue({ code: 'custom', message: 'renewal_term_required', path: ['renewalTermMonths'] })
  }
  const seen = new Set<number>()
  value.partners.forEach((partner, index) => {
    if (seen.has(partner.partnerId)) {
      ctx.addIssue({
        code: 'custom',
        message: 'duplicate_partner',
        path: ['partners', index, 'partnerId'],
      })
    }
    seen.add(partner.partnerId)
  })
}

export const agreementInput = z.strictObject(agreementFields).superRefine(checkAgreement)
export type AgreementInput = z.input<typeof agreementInput>
export type AgreementData = z.output<typeof agreementInput>

export const agreementUpdateInput = z
  .strictObject({ id: idField, version: versionField, ...agreementFields })
  .superRefine(checkAgreement)
export type AgreementUpdateInput = z.input<typeof agreementUpdateInput>

export const agreementIdInput = z.strictObject({ id: idField })

export const agreementSorts = [
  'reference',
  'title',
  'partners',
  'country',
  'kind',
  'status',
  'endsOn',
  'updated',
] as const
export type AgreementSort = (typeof agreementSorts)[number]

export const agreementListInput = z.strictObject({
  query: z.string().max(200, { error: 'too_long' }).optional(),
  status: z.enum(agreementStatuses).optional(),
  kind: z.enum(agreementKinds).optional(),
  country: z.string().length(2).toUpperCase().optional(),
  partnerId: idField.optional(),
  unit: z.string().max(200).optional(),
  /** Only agreements that end within this many days from today (and have not ended). */
  endsWithinDays: wholeNumber(0, 36500).optional(),
  /** Only agreements in force today (active or due). */
  inForce: z.boolean().optional(),
  /** Only agreements signed (or started) between these two days. */
  newFrom: requiredDateField.optional(),
  newTo: requiredDateField.optional(),
  /** Only active agreements that ended within this many days before today. */
  endedWithinDays: wholeNumber(1, 36500).optional(),
  sort: z.enum(agreementSorts).default('endsOn'),
  direction: z.enum(['asc', 'desc']).default('asc'),
})
export type AgreementListInput = z.input<typeof agreementListInput>
export type AgreementListQuery = z.output<typeof agreementListInput>

/** A row of the agreements list. */
export interface AgreementSummary {
  id: number
  reference: string
  title: string
  kind: AgreementKind
  state: AgreementState
  status: AgreementStatus
  partnerNames: string
  countries: string
  unit: string | null
  endsOn: IsoDate | null
  daysLeft: number | null
  updatedAt: string
}

export interface AgreementPartner {
  partnerId: number
  name: string
  nameNative: string | null
  country: string
  contactId: number | null
  contactName: string | null
}

export interface Agreement {
  id: number
  reference: string
  title: string
  kind: AgreementKind
  state: AgreementState
  status: AgreementStatus
  signedOn: IsoDate | null
  startsOn: IsoDate | null
  endsOn: IsoDate | null
  noticeOn: IsoDate | null
  autoRenew: boolean
  renewalTermMonths: number | null
  /** The day the office decided not to renew, if it did. */
  lapseDecidedOn: IsoDate | null
  noticeDays: number
  unit: string | null
  coordinator: string | null
  notes: string | null
  partners: AgreementPartner[]
  createdAt: string
  updatedAt: string
  version: number
}
