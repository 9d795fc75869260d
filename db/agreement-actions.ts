import type { Db } from './connection.ts'
import { bumpVersion, getAgreement } from './agreements.ts'
import { addEvent } from './agreement-events.ts'
import { inTransaction } from './transaction.ts'
import { AppFailure } from '../shared/contract/failure.ts'
import { availableActions, type AgreementAction } from '../shared/agreements/actions.ts'
import type { Agreement } from '../shared/agreements/agreement.ts'
import type { AgreementState } from '../shared/agreements/status.ts'
import type { EventKind } from '../shared/agreements/vocabulary.ts'
import type { IsoDate } from '../shared/dates.ts'

export interface ActionRequest {
  id: number
  version: number
  action: AgreementAction
  date: IsoDate
  newEndsOn: IsoDate | null
  note: string | null
}

const eventOf: Record<AgreementAction, EventKind> = {
  renew: 'renewed',
  extend: 'extended',
  amend: 'amended',
  suspend: 'suspended',
  resume: 'resumed',
  terminate: 'terminated',
  lapse: 'lapsed',
}

function refuse(field: string, key: string, message: string): never {
  throw new AppFailure('validation', message, { fields: { [field]: key } })
}

/** The new state and end date an action leads to, or a refusal naming the field to correct. */
function outcome(
  agreement: Agreement,
  request: ActionRequest,
): { state: AgreementState; endsOn: IsoDate | null; lapseDecidedOn: IsoDate | null } {
  if (!availableActions(agreement).includes(request.action)) {
    refuse(
      'action',
      'invalid_value',
      `This ${agreement.state} agreement cannot be given the action "${request.action}".`,
    )
  }
  const unchanged = {
    state: agreement.state,
    endsOn: agreement.endsOn,
    lapseDecidedOn: agreement.lapseDecidedOn,
  }
  switch (request.action) {
    case 'renew':
    case 'extend': {
      const next = request.newEndsOn!
      if (agreement.endsOn && next <= agreement.endsOn)
        refuse('newEndsOn', 'end_not_later', 'The new end date must be later than the current one.')
      if (agreement.startsOn && next < agreement.startsOn)
        refuse('newEndsOn', 'ends_before_start', 'The new end date is before the start date.')
      // A renewal overrides an earlier decision to let the agreement lapse.
      return { state: 'active', endsOn: next, lapseDecidedOn: null }
    }
    case 'lapse':
      return { state: 'active', endsOn: agreement.endsOn, lapseDecidedOn: request.date }
    case 'suspend':
      return { ...unchanged, state: 'suspended' }
    case 'resume':
      return { ...unchanged, state: 'active' }
    case 'terminate': {
      if (agreement.startsOn && request.date < agreement.startsOn)
        refuse('date', 'ends_before_start', 'An agreement cannot end before it starts.')
      // Ending early moves the end date to the termination date.
      const endsOn =
        agreement.endsOn === null || request.date < agreement.endsOn
          ? request.date
          : agreement.endsOn
      return { ...unchanged, state: 'terminated', endsOn }
    }
    case 'amend':
      return unchanged
  }
}

/** Renew, extend, amend, suspend, resume, terminate or let lapse: the change and its event, all or nothing. */
export async function applyAgreementAction(
  db: Db,
  request: ActionRequest,
  today: IsoDate,
  now = new Date().toISOString(),
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const agreement = await getAgreement(trx, request.id, today)
    const next = outcome(agreement, request)
    await bumpVersion(trx, request.id, request.version, {
      state: next.state,
      ends_on: next.endsOn,
      lapse_decided_on: next.lapseDecidedOn,
      updated_at: now,
    })
    await addEvent(
      trx,
      request.id,
      {
        kind: eventOf[request.action],
        occurredOn: request.date,
        note: request.note,
        ...(next.endsOn !== agreement.endsOn
          ? { endsBefore: agreement.endsOn, endsAfter: next.endsOn }
          : {}),
      },
      now,
    )
  })
}
