import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { basename, join } from 'node:path'
import { getDocument } from '../../db/documents.ts'
import { openAppDatabase } from '../services/app-database.ts'
import { fillDemoData } from '../services/demo-data.ts'
import { createDispatcher } from '../services/dispatcher.ts'
import { createHandlerContext } from '../services/handler-context-factory.ts'
import { createHandlers } from '../services/handlers/index.ts'
import { AppFailure } from '../../shared/contract/failure.ts'
import { documentUrl } from './document-route.ts'
import { createExportDownloads } from './export-route.ts'
import { createPreviewServer } from './server.ts'

const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

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
  const database = await openAppDatabase(options.dataDir)
  const demoPartnersAdded = options.demo ? await fillDemoData(database.db) : 0
  const info = { version: options.appVersion, host: 'preview', dataDir: options.dataDir } as const
  const exports = createExportDownloads()
  // The browser opens documents and downloads exports from addresses of this server (server.ts).
  const context = createHandlerContext(
    database.db,
    info,
    {
      openDocument: (document) => Promise.resolve({ url: documentUrl(document.id, document.name) }),
      saveExport: (file, fileName) => {
        const id = basename(file).replace(/\..*$/, '')
        const downloadUrl = exports.add(id, { file, name: fileName, mediaType: xlsxMediaType })
        return Promise.resolve({ saved: false, downloadUrl })
      },
      savePdf: () =>
        Promise.reject(
          new AppFailure(
            'unavailable',
            "In the browser preview, save as PDF from the browser's Print dialog.",
          ),
        ),
    },
    database.sqlite,
  )
  const token = randomBytes(24).toString('base64url')
  let port = options.port
  const server = createPreviewServer({
    dispatch: createDispatcher(createHandlers(context)),
    rendererDir: options.rendererDir,
    token,
    port: () => port,
    exports,
    documentFile: async (id) => {
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
      await database.close()
    },
  }
}
