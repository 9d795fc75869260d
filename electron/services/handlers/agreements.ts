import { applyAgreementAction } from '../../../db/agreement-actions.ts'
import { listConditions, replaceConditions } from '../../../db/agreement-conditions.ts'
import { listEvents } from '../../../db/agreement-events.ts'
import {
  bumpVersion,
  createAgreement,
  getAgreement,
  updateAgreement,
} from '../../../db/agreements.ts'
import { listAgreements, listUnits } from '../../../db/agreements-list.ts'
import { listDocuments } from '../../../db/documents.ts'
import { listCounts, replaceYearCounts } from '../../../db/exchange-counts.ts'
import { inTransaction } from '../../../db/transaction.ts'
import type { AgreementDetails } from '../../../shared/contract/contract.ts'
import type { Handlers } from '../dispatcher.ts'
import type { HandlerContext } from '../handler-context.ts'

type AgreementHandlers = Pick<
  Handlers,
  | 'agreements.list'
  | 'agreements.units'
  | 'agreements.get'
  | 'agreements.create'
  | 'agreements.update'
  | 'agreements.act'
  | 'agreements.saveConditions'
  | 'agreements.saveCounts'
>

export function agreementHandlers(
  { db, today }: HandlerContext,
  renewIfNewDay: () => Promise<unknown>,
): AgreementHandlers {
  const details = async (id: number): Promise<AgreementDetails> => {
    await renewIfNewDay()
    return {
      ...(await getAgreement(db, id, today())),
      conditions: await listConditions(db, id),
      counts: await listCounts(db, id),
      events: await listEvents(db, id),
      documents: await listDocuments(db, id),
    }
  }
  return {
    'agreements.list': async (query) => {
      await renewIfNewDay()
      return listAgreements(db, query, today())
    },
    'agreements.units': () => listUnits(db),
    'agreements.get': ({ id }) => details(id),
    'agreements.create': async (data) => details(await createAgreement(db, data, today())),
    'agreements.update': async ({ id, version, ...data }) => {
      await updateAgreement(db, id, version, data)
      return details(id)
    },
    'agreements.act': async (request) => {
      await applyAgreementAction(db, request, today())
      return details(request.id)
    },
    'agreements.saveConditions': async ({ id, version, conditions }) => {
      await inTransaction(db, async (trx) => {
        await bumpVersion(trx, id, version)
        await replaceConditions(trx, id, conditions)
      })
      return details(id)
    },
    'agreements.saveCounts': async ({ id, version, academicYear, rows }) => {
      await inTransaction(db, async (trx) => {
        await bumpVersion(trx, id, version)
        await replaceYearCounts(trx, id, academicYear, rows)
      })
      return details(id)
    },
  }
}
