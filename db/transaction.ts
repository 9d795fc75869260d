import type { Db } from './connection.ts'

/**
 * Runs `work` in a transaction, or inside the caller's when there already is one, so that
 * query functions compose into larger all-or-nothing writes.
 */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work)
}
