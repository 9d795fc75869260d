import type { Db } from '../../../db/connection.ts'
import { applyAutoRenewals } from '../../../db/auto-renewals.ts'
import type { IsoDate } from '../../../shared/dates.ts'

/**
 * Rolls auto-renewing agreements forward on the first read of each day, so an office PC left
 * running over an end date shows them renewed, not expired or due. Every screen that shows
 * dates calls it before reading.
 */
export function createAutoRenewer(db: Db, today: () => IsoDate): () => Promise<IsoDate> {
  let renewedOn = ''
  return async () => {
    const day = today()
    if (day !== renewedOn) {
      await applyAutoRenewals(db, day)
      renewedOn = day
    }
    return day
  }
}
