import type { Db, Sqlite } from '../../db/connection.ts'
import type { AppInfo } from '../../shared/contract/contract.ts'
import type { AgreementDocument, DocumentOpened } from '../../shared/agreements/documents.ts'
import type { IsoDate } from '../../shared/dates.ts'
import type { PdfSaved } from '../../shared/print/print.ts'
import type { ExportSaved } from '../../shared/reports/report-job.ts'
import type { DocumentStore } from './document-store.ts'

/**
 * What only a host can do with files: the desktop app opens them with the system and asks where
 * to save; the preview hands the browser an address.
 */
export interface HostFiles {
  openDocument: (document: AgreementDocument, file: string) => Promise<DocumentOpened>
  /** Delivers a finished export (a file in the data folder's exports folder) under `fileName`. */
  saveExport: (file: string, fileName: string) => Promise<ExportSaved>
  /** Saves the window's print view as a PDF. */
  savePdf: (fileName: string) => Promise<PdfSaved>
  /** Asks which backup file to restore from; undefined when the user cancels. */
  chooseBackupFile: () => Promise<string | undefined>
}

/** What the handlers work with. */
export interface HandlerContext extends HostFiles {
  db: Db
  /**
   * The same database's better-sqlite3 handle, for SQLite's online backup API. The hosts always
   * give it; a context without it (some tests) answers backup calls with "unavailable".
   */
  sqlite?: Sqlite
  info: AppInfo
  documents: DocumentStore
  /** Today's date on this machine (a function, so tests can fix it). */
  today: () => IsoDate
}
