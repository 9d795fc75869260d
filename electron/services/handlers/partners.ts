import type { Db } from '../../../db/connection.ts'
import {
  createPartner,
  findSimilarPartners,
  getPartnerDetails,
  listPartners,
  setPartnerArchived,
  updatePartner,
} from '../../../db/partners.ts'
import type { Handlers } from '../dispatcher.ts'

type PartnerHandlers = Pick<
  Handlers,
  | 'partners.list'
  | 'partners.get'
  | 'partners.create'
  | 'partners.update'
  | 'partners.archive'
  | 'partners.restore'
  | 'partners.findSimilar'
>

export function partnerHandlers(db: Db): PartnerHandlers {
  return {
    'partners.list': (query) => listPartners(db, query),
    'partners.get': ({ id }) => getPartnerDetails(db, id),
    'partners.findSimilar': (query) => findSimilarPartners(db, query),
    'partners.create': async (data) => getPartnerDetails(db, await createPartner(db, data)),
    'partners.update': async ({ id, version, ...data }) => {
      await updatePartner(db, id, version, data)
      return getPartnerDetails(db, id)
    },
    'partners.archive': async ({ id }) => {
      await setPartnerArchived(db, id, true)
      return getPartnerDetails(db, id)
    },
    'partners.restore': async ({ id }) => {
      await setPartnerArchived(db, id, false)
      return getPartnerDetails(db, id)
    },
  }
}
