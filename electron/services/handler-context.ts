import type { Db } from '../../db/connection.ts'
import type { AppInfo } from '../../shared/contract/contract.ts'
import type { AgreementDocument, DocumentOpened } from '../../shared/agreements/documents.ts'
import type { IsoDate } from '../../shared/dates.ts'
import type { DocumentStore } from './document-store.ts'

/** What the handlers work with; each host supplies its own way of opening a document. */
export interface HandlerContext {
  db: Db
  info: AppInfo
  documents: DocumentStore
  /** Today's date on this machine (a function, so tests can fix it). */
  today: () => IsoDate
  openDocument: (document: AgreementDocument, file: string) => Promise<DocumentOpened>
}
