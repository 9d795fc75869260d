import { z } from 'zod'
import {
  idField,
  optionalDateField,
  optionalText,
  requiredDateField,
  versionField,
} from '../partners/fields.ts'
import type { IsoDate } from '../dates.ts'
import type { AgreementState } from './status.ts'
import type { EventKind } from './vocabulary.ts'

/** One step in an agreement's life, recorded as an event with its date and note. */
export const agreementActions = [
  'renew',
  'extend',
  'amend',
  'suspend',
  'resume',
  'terminate',
  'lapse',
] as const
export type AgreementAction = (typeof agreementActions)[number]

/** The actions that make sense for an agreement now, in the order a menu shows them. */
export function availableActions(agreement: {
  state: AgreementState
  endsOn: IsoDate | null
  lapseDecidedOn: IsoDate | null
}): AgreementAction[] {
  const canLapse = agreement.endsOn !== null && agreement.lapseDecidedOn === null
  switch (agreement.state) {
    case 'draft':
    case 'negotiation':
      return ['amend', 'terminate']
    case 'active':
      return [
        'renew',
        'extend',
        ...(canLapse ? (['lapse'] as const) : []),
        'amend',
        'suspend',
        'terminate',
      ]
    case 'suspended':
      return ['resume', 'renew', 'extend', 'amend', 'terminate']
    case 'terminated':
      return []
  }
}

/** Renewing and extending move the end date; they need the new one. */
export function actionMovesEnd(action: AgreementAction): boolean {
  return action === 'renew' || action === 'extend'
}

export const agreementActionInput = z
  .strictObject({
    id: idField,
    version: versionField,
    action: z.enum(agreementActions, { error: 'invalid_value' }),
    /** When it happened (signature of the renewal, date of the termination letter...). */
    date: requiredDateField,
    newEndsOn: optionalDateField,
    note: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (actionMovesEnd(value.action) && !value.newEndsOn) {
      ctx.addIssue({ code: 'custom', message: 'required', path: ['newEndsOn'] })
    }
  })
export type AgreementActionInput = z.input<typeof agreementActionInput>

export interface AgreementEvent {
  id: number
  kind: EventKind
  occurredOn: IsoDate
  note: string | null
  /** For date changes: the end date before and after. */
  endsBefore: IsoDate | null
  endsAfter: IsoDate | null
  createdAt: string
}
