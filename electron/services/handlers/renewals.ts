import { acknowledgeReminders, listRenewals, pendingReminders } from '../../../db/renewals.ts'
import { getSettings } from '../../../db/settings.ts'
import type { Handlers } from '../dispatcher.ts'
import type { HandlerContext } from '../handler-context.ts'

type RenewalHandlers = Pick<
  Handlers,
  'renewals.list' | 'renewals.reminders' | 'renewals.acknowledge'
>

export function renewalHandlers(
  { db }: HandlerContext,
  renewIfNewDay: () => Promise<string>,
): RenewalHandlers {
  return {
    'renewals.list': async ({ horizonDays }) => {
      const today = await renewIfNewDay()
      const horizon = horizonDays ?? (await getSettings(db)).renewalHorizonDays
      return { today, horizonDays: horizon, items: await listRenewals(db, today, horizon) }
    },
    'renewals.reminders': async () => pendingReminders(db, await renewIfNewDay()),
    'renewals.acknowledge': async ({ items }) => ({
      acknowledged: await acknowledgeReminders(db, items),
    }),
  }
}
