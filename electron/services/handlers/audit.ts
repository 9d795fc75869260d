import { listAudit, recordHistory } from '../../../db/audit.ts'
import type { Db } from '../../../db/connection.ts'
import type { Handlers } from '../dispatcher.ts'

/** The audit trail: the searchable log and one record's history. */
export function auditHandlers(db: Db): Pick<Handlers, 'audit.list' | 'audit.ofRecord'> {
  return {
    'audit.list': (query) => listAudit(db, query),
    'audit.ofRecord': ({ table, id }) => recordHistory(db, table, id),
  }
}
