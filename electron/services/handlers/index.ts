import { getSettings, readSetting, updateSettings, writeValue } from '../../../db/settings.ts'
import type { Handlers } from '../dispatcher.ts'
import type { HandlerContext } from '../handler-context.ts'
import { agreementHandlers } from './agreements.ts'
import { auditHandlers } from './audit.ts'
import { backupHandlers } from './backups.ts'
import { createAutoRenewer } from './auto-renewer.ts'
import { contactHandlers } from './contacts.ts'
import { dashboardHandlers } from './dashboard.ts'
import { documentHandlers } from './documents.ts'
import { importHandlers } from './imports.ts'
import { partnerHandlers } from './partners.ts'
import { printHandlers } from './print.ts'
import { renewalHandlers } from './renewals.ts'
import { reportHandlers } from './reports.ts'

/** Every operation's handler, over one open database. */
export function createHandlers(context: HandlerContext): Handlers {
  const { db, info } = context
  const renewIfNewDay = createAutoRenewer(db, context.today)
  return {
    'app.info': () => Promise.resolve(info),
    'settings.get': () => getSettings(db),
    'settings.update': (changes) => updateSettings(db, changes),
    'settings.getView': async ({ name }) => {
      const value = await readSetting(db, `view.${name}`)
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null
    },
    'settings.saveView': async ({ name, value }) => {
      await writeValue(db, `view.${name}`, value)
      return { saved: true }
    },
    ...partnerHandlers(db),
    ...contactHandlers(db),
    ...agreementHandlers(context, renewIfNewDay),
    ...renewalHandlers(context, renewIfNewDay),
    ...dashboardHandlers(context, renewIfNewDay),
    ...documentHandlers(context),
    ...printHandlers(context),
    ...reportHandlers(context),
    ...importHandlers(context),
    ...backupHandlers(context),
    ...auditHandlers(db),
  }
}
