import type { Db, Sqlite } from '../../db/connection.ts'
import type { AppInfo } from '../../shared/contract/contract.ts'
import { todayIso } from '../../shared/dates.ts'
import { createDocumentStore } from './document-store.ts'
import type { HandlerContext, HostFiles } from './handler-context.ts'

/** The handlers' context for one data folder; the host says how files reach the user. */
export function createHandlerContext(
  db: Db,
  info: AppInfo,
  files: HostFiles,
  sqlite?: Sqlite,
): HandlerContext {
  return {
    db,
    ...(sqlite ? { sqlite } : {}),
    info,
    documents: createDocumentStore(info.dataDir),
    today: () => todayIso(),
    ...files,
  }
}
