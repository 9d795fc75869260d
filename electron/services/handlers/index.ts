import type { Db } from '../../../db/connection.ts'
import { getSettings, updateSettings } from '../../../db/settings.ts'
import type { AppInfo } from '../../../shared/contract/contract.ts'
import type { Handlers } from '../dispatcher.ts'
import { contactHandlers } from './contacts.ts'
import { partnerHandlers } from './partners.ts'

/** Every operation's handler, over one open database. */
export function createHandlers(db: Db, info: AppInfo): Handlers {
  return {
    'app.info': () => Promise.resolve(info),
    'settings.get': () => getSettings(db),
    'settings.update': (changes) => updateSettings(db, changes),
    ...partnerHandlers(db),
    ...contactHandlers(db),
  }
}
