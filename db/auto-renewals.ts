import { sql } from 'kysely'
import type { Db } from './connection.ts'
import { addEvent } from './agreement-events.ts'
import { inTransaction } from './transaction.ts'
import { rolledEndDate } from '../shared/agreements/status.ts'
import type { IsoDate } from '../shared/dates.ts'

/**
 * Rolls forward the end date of every active, auto-renewing agreement whose end has passed, and
 * records each renewal in its history. Runs when the app opens; returns how many were renewed.
 */
export async function applyAutoRenewals(
  db: Db,
  today: IsoDate,
  now = new Date().toISOString(),
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const due = await trx
      .selectFrom('agreements')
      .select(['id', 'ends_on', 'renewal_term_months'])
      .where('state', '=', 'active')
      .where('auto_renew', '=', 1)
      .where('renewal_term_months', '>', 0)
      .where('ends_on', '<', today)
      // Letting it lapse is the notice of non-renewal: such an agreement ends.
      .where('lapse_decided_on', 'is', null)
      .execute()
    for (const agreement of due) {
      const endsOn = rolledEndDate(agreement.ends_on!, agreement.renewal_term_months!, today)
      await trx
        .updateTable('agreements')
        .set({ ends_on: endsOn, updated_at: now, version: sql`version + 1` })
        .where('id', '=', agreement.id)
        .execute()
      await addEvent(
        trx,
        agreement.id,
        {
          kind: 'auto_renewed',
          occurredOn: agreement.ends_on!,
          note: null,
          endsBefore: agreement.ends_on,
          endsAfter: endsOn,
        },
        now,
      )
    }
    return due.length
  })
}
