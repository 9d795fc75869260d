import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { openAppDatabase } from '../services/app-database.ts'
import { fillDemoData } from '../services/demo-data.ts'
import { createDispatcher } from '../services/dispatcher.ts'
import { createHandlers } from '../services/handlers/index.ts'
import { createPreviewServer } from './server.ts'

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
  const dispatch = createDispatcher(
    createHandlers(database.db, {
      version: options.appVersion,
      host: 'preview',
      dataDir: options.dataDir,
    }),
  )
  const token = randomBytes(24).toString('base64url')
  let port = options.port
  const server = createPreviewServer({
    dispatch,
    rendererDir: options.rendererDir,
    token,
    port: () => port,
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
