import type { Db } from './connection.ts'
import type { AgreementEvent } from '../shared/agreements/actions.ts'
import type { EventKind } from '../shared/agreements/vocabulary.ts'
import type { IsoDate } from '../shared/dates.ts'

export interface NewEvent {
  kind: EventKind
  occurredOn: IsoDate
  note: string | null
  endsBefore?: IsoDate | null
  endsAfter?: IsoDate | null
}

/** An event as its table row. */
export function eventRow(agreementId: number, event: NewEvent, now: string) {
  return {
    agreement_id: agreementId,
    kind: event.kind,
    occurred_on: event.occurredOn,
    note: event.note,
    ends_before: event.endsBefore ?? null,
    ends_after: event.endsAfter ?? null,
    created_at: now,
  }
}

export async function addEvent(
  db: Db,
  agreementId: number,
  event: NewEvent,
  now = new Date().toISOString(),
): Promise<void> {
  await db
    .insertInto('agreement_events')
    .values(eventRow(agreementId, event, now))
    .execute()
}

/** The agreement's history, newest first. */
export async function listEvents(db: Db, agreementId: number): Promise<AgreementEvent[]> {
  const rows = await db
    .selectFrom('agreement_events')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('occurred_on', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as EventKind,
    occurredOn: row.occurred_on,
    note: row.note,
    endsBefore: row.ends_before,
    endsAfter: row.ends_after,
    createdAt: row.created_at,
  }))
}
