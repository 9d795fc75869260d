import type { Db } from '../../../db/connection.ts'
import {
  createContact,
  getContact,
  removeContact,
  setPrimaryContact,
  updateContact,
} from '../../../db/contacts.ts'
import type { Handlers } from '../dispatcher.ts'

type ContactHandlers = Pick<
  Handlers,
  'contacts.create' | 'contacts.update' | 'contacts.remove' | 'contacts.setPrimary'
>

export function contactHandlers(db: Db): ContactHandlers {
  return {
    'contacts.create': async ({ partnerId, isPrimary, ...data }) =>
      getContact(db, await createContact(db, partnerId, data, isPrimary)),
    'contacts.update': async ({ id, version, ...data }) => {
      await updateContact(db, id, version, data)
      return getContact(db, id)
    },
    'contacts.remove': async ({ id }) => {
      await removeContact(db, id)
      return { id }
    },
    'contacts.setPrimary': async ({ id }) => {
      await setPrimaryContact(db, id)
      return getContact(db, id)
    },
  }
}
