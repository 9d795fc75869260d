import { addDaysIso, addMonthsIso, daysBetween, type IsoDate } from '../dates.ts'

/** States a person chooses; "active" agreements get their status from their dates. */
export const agreementStates = [
  'draft',
  'negotiation',
  'active',
  'suspended',
  'terminated',
] as const
export type AgreementState = (typeof agreementStates)[number]

/** What the office sees: the chosen state, or for an active agreement: active, due or expired. */
export const agreementStatuses = [
  'draft',
  'negotiation',
  'active',
  'due',
  'expired',
  'suspended',
  'terminated',
] as const
export type AgreementStatus = (typeof agreementStatuses)[number]

export interface StatusInput {
  state: AgreementState
  endsOn: IsoDate | null
  noticeDays: number
  /** Set when the office decided to let the agreement lapse: it is no longer due. */
  lapseDecidedOn?: IsoDate | null
}

/** The last day on which notice can be given: the end date less the notice period. */
export function noticeDate(endsOn: IsoDate, noticeDays: number): IsoDate {
  return addDaysIso(endsOn, -noticeDays)
}

/**
 * Active agreements are *due* from their notice date to their end date (inclusive) and
 * *expired* after it; indefinite agreements (no end date) stay active. One the office has
 * decided to let lapse runs to its end as active, without asking again.
 * The same rule is written in SQL in db/agreements-list.ts; tests hold the two together.
 */
export function deriveStatus(agreement: StatusInput, today: IsoDate): AgreementStatus {
  if (agreement.state !== 'active') return agreement.state
  if (agreement.endsOn === null) return 'active'
  if (agreement.endsOn < today) return 'expired'
  if (agreement.lapseDecidedOn) return 'active'
  if (noticeDate(agreement.endsOn, agreement.noticeDays) <= today) return 'due'
  return 'active'
}

export function daysLeft(endsOn: IsoDate | null, today: IsoDate): number | null {
  return endsOn === null ? null : daysBetween(today, endsOn)
}

/**
 * The end date of an auto-renewing agreement after the terms that have passed by `today`:
 * each term adds `termMonths` to the *original* end date, so month ends do not drift
 * (31 Jan + 1 month = 28/29 Feb, + 2 months = 31 Mar).
 */
export function rolledEndDate(endsOn: IsoDate, termMonths: number, today: IsoDate): IsoDate {
  if (termMonths <= 0) return endsOn
  let terms = 0
  let end = endsOn
  while (end < today) {
    terms += 1
    end = addMonthsIso(endsOn, termMonths * terms)
  }
  return end
}
