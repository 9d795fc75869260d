import { z } from 'zod'
import { idField, requiredDateField, wholeNumber } from '../partners/fields.ts'
import type { IsoDate } from '../dates.ts'
import type { AgreementState } from '../agreements/status.ts'
import type { AgreementKind } from '../agreements/vocabulary.ts'
import { renewalHorizonLimits } from '../settings/settings.ts'

/**
 * The renewals screen's groups, in the order the office works through them:
 * - overdue: the notice date has passed and the agreement still runs;
 * - due: the notice date is today;
 * - ahead: the notice date comes within the horizon;
 * - ended: ended in the last 90 days without being renewed or let lapse.
 */
export const renewalGroups = ['overdue', 'due', 'ahead', 'ended'] as const
export type RenewalGroup = (typeof renewalGroups)[number]

/** How far back the "ended" group looks, in days. */
export const recentlyEndedDays = 90

export const renewalsListInput = z.strictObject({
  /** Days ahead to look for notice dates; the setting when left out. */
  horizonDays: wholeNumber(renewalHorizonLimits.min, renewalHorizonLimits.max).optional(),
})
export type RenewalsListInput = z.input<typeof renewalsListInput>

export interface RenewalItem {
  id: number
  version: number
  reference: string
  title: string
  kind: AgreementKind
  state: AgreementState
  partnerNames: string
  countries: string
  startsOn: IsoDate | null
  endsOn: IsoDate
  /** The last day on which notice can be given. */
  noticeOn: IsoDate
  autoRenew: boolean
  /** The agreement's own decision, if any; lists never include an agreement set to lapse. */
  lapseDecidedOn: IsoDate | null
  group: RenewalGroup
}

export interface RenewalsList {
  today: IsoDate
  horizonDays: number
  items: RenewalItem[]
}

/** An agreement that fell due and that nobody has acknowledged yet. */
export interface RenewalReminder {
  id: number
  reference: string
  title: string
  partnerNames: string
  noticeOn: IsoDate
  endsOn: IsoDate
}

export const remindersAcknowledgeInput = z.strictObject({
  items: z
    .array(z.strictObject({ id: idField, noticeOn: requiredDateField }))
    .min(1)
    .max(10_000),
})
export type RemindersAcknowledgeInput = z.input<typeof remindersAcknowledgeInput>
