import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { extname, join } from 'node:path'
import type { OpenedDatabase } from '../../db/connection.ts'
import { getDocument } from '../../db/documents.ts'
import { DatabaseDamagedError, openAppDatabase } from '../services/app-database.ts'
import { lockDataFolder } from '../services/database-lock.ts'
import { fillDemoData } from '../services/demo-data.ts'
import { createDispatcher, type Dispatch } from '../services/dispatcher.ts'
import type { HandlerContext } from '../services/handler-context.ts'
import { createHandlerContext } from '../services/handler-context-factory.ts'
import { createHandlers } from '../services/handlers/index.ts'
import { createRecovery } from '../services/recovery/recovery.ts'
import { recoveryHandlers } from '../services/recovery/recovery-handlers.ts'
import type { AppInfo } from '../../shared/contract/contract.ts'
import { AppFailure } from '../../shared/contract/failure.ts'
import { documentUrl } from './document-route.ts'
import { createExportDownloads } from './export-route.ts'
import { createPreviewServer } from './server.ts'

/** What the preview hands the browser to download: workbooks, and backups saved to a file. */
const mediaTypes: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.accord-backup': 'application/vnd.sqlite3',
}

/** The browser sends a chosen file's bytes instead (`backups.uploadFile`). */
const previewHasNoFileDialog = () =>
  Promise.reject(
    new AppFailure('unavailable', 'In the browser preview, the backup file is uploaded instead.'),
  )

export interface PreviewOptions {
  dataDir: string
  /** 0 picks a free port. */
  port: number
  demo: boolean
  rendererDir: string
  appVersion: string
}

export interface RunningPreview {
  url: string
  token: string
  port: number
  demoPartnersAdded: number
  close(): Promise<void>
}

export function projectVersion(projectRoot: string): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    version: string
  }
  return pkg.version
}

/** Opens the database, optionally fills it with demo data, and serves the app on 127.0.0.1. */
export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  readFileSync(join(options.rendererDir, 'index.html')) // fail early, with the path, when the renderer is not built
  const info = { version: options.appVersion, host: 'preview', dataDir: options.dataDir } as const
  const exports = createExportDownloads()
  let database: OpenedDatabase | undefined
  let context: HandlerContext | undefined
  let dispatch: Dispatch
  const openNormally = async () => {
    database = await openAppDatabase(options.dataDir, { appVersion: options.appVersion })
    context = previewContext(database, info, exports)
    dispatch = createDispatcher(createHandlers(context))
  }
  const lock = lockDataFolder(options.dataDir, 'browser preview')
  let demoPartnersAdded = 0
  try {
    await openNormally()
    if (options.demo) demoPartnersAdded = await fillDemoData(database!.db)
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) {
      lock.release()
      throw error
    }
    // A damaged file is never replaced by an empty database: the app offers its backups.
    const recovery = createRecovery(options.dataDir, error.problems.join('; '))
    dispatch = createDispatcher(
      recoveryHandlers(info, recovery, openNormally, previewHasNoFileDialog),
    )
  }
  const token = randomBytes(24).toString('base64url')
  let port = options.port
  const server = createPreviewServer({
    dispatch: (operation, input) => dispatch(operation, input),
    rendererDir: options.rendererDir,
    token,
    port: () => port,
    exports,
    documentFile: async (id) => {
      if (!database || !context) throw new AppFailure('unavailable', 'The database is damaged.')
      const document = await getDocument(database.db, id)
      return { ...document, file: context.documents.pathOf(document.sha256) }
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    demoPartnersAdded,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await database?.close()
      lock.release()
    },
  }
}

/** The handlers' context in the browser: documents and exports are addresses of this server. */
function previewContext(
  database: OpenedDatabase,
  info: AppInfo,
  exports: ReturnType<typeof createExportDownloads>,
): HandlerContext {
  return createHandlerContext(
    database.db,
    info,
    {
      openDocument: (document) => Promise.resolve({ url: documentUrl(document.id, document.name) }),
      saveExport: (file, fileName) => {
        const mediaType = mediaTypes[extname(fileName).toLowerCase()] ?? 'application/octet-stream'
        const id = randomBytes(16).toString('hex')
        const downloadUrl = exports.add(id, { file, name: fileName, mediaType })
        return Promise.resolve({ saved: false, downloadUrl })
      },
      savePdf: () =>
        Promise.reject(
          new AppFailure(
            'unavailable',
            "In the browser preview, save as PDF from the browser's Print dialog.",
          ),
        ),
      chooseBackupFile: previewHasNoFileDialog,
    },
    database.sqlite,
  )
}
