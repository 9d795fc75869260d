import { app, dialog, type BrowserWindow } from 'electron'
import { fileURLToPath } from 'node:url'
import { DatabaseTooNewError } from '../../db/migrate.ts'
import type { OpenedDatabase } from '../../db/connection.ts'
import { DatabaseDamagedError, openAppDatabase } from '../services/app-database.ts'
import { lockDataFolder } from '../services/database-lock.ts'
import { createDispatcher, type Dispatch } from '../services/dispatcher.ts'
import { createHandlerContext } from '../services/handler-context-factory.ts'
import { createHandlers } from '../services/handlers/index.ts'
import { createRecovery } from '../services/recovery/recovery.ts'
import { recoveryHandlers } from '../services/recovery/recovery-handlers.ts'
import type { AppInfo } from '../../shared/contract/contract.ts'
import { openDocumentWithSystem } from './open-document.ts'
import {
  chooseBackupFileWithDialog,
  saveExportWithDialog,
  savePdfWithDialog,
} from './save-files.ts'
import { registerAppScheme, serveRenderer } from './app-protocol.ts'
import { registerIpc } from './ipc.ts'
import { startRenewalNotifications } from './renewal-notifications.ts'
import { createMainWindow, windowStateSaved } from './main-window.ts'
import { applySecurityPolicy } from './security.ts'

// The dev server is used only by `npm run dev`, never by the packaged app.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))
const preloadPath = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url))

let database: OpenedDatabase | undefined
let mainWindow: BrowserWindow | undefined
let dispatch: Dispatch | undefined
/** A lock left by a crash names a process that no longer runs, and is taken over. */
let folderLock: { release(): void } | undefined

function reportStartupFailure(error: unknown): void {
  const detail =
    error instanceof DatabaseTooNewError
      ? error.message
      : `${error instanceof Error ? error.message : String(error)}\n\nYour data has not been changed.`
  dialog.showErrorBox('Accord cannot open its database', detail)
}

async function start(): Promise<void> {
  // Windows shows an app's notifications only under the id its Start-menu shortcut carries.
  app.setAppUserModelId('kz.accord.desktop')
  const dataDir = app.getPath('userData')
  const info = { version: app.getVersion(), host: 'electron', dataDir } as const
  folderLock = lockDataFolder(dataDir, 'desktop app')
  try {
    database = await openAppDatabase(dataDir)
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) throw error
    return startRecovery(info, error)
  }
  dispatch = createDispatcher(
    createHandlers(
      createHandlerContext(
        database.db,
        info,
        {
          openDocument: openDocumentWithSystem,
          saveExport: saveExportWithDialog,
          savePdf: savePdfWithDialog,
          chooseBackupFile: chooseBackupFileWithDialog,
        },
        database.sqlite,
      ),
    ),
  )
  applySecurityPolicy(devServerUrl)
  serveRenderer(rendererDir)
  registerIpc(dispatch, devServerUrl)
  mainWindow = await createMainWindow(database.db, preloadPath, devServerUrl)
  startRenewalNotifications(dispatch, () => mainWindow)
}

/**
 * A damaged database opens the recovery screen in the same window: the user restores a backup
 * there (never an empty database over the damaged one), and Accord starts again on it.
 */
async function startRecovery(info: AppInfo, error: DatabaseDamagedError): Promise<void> {
  const recovery = createRecovery(info.dataDir, error.problems.join('; '))
  dispatch = createDispatcher(
    recoveryHandlers(
      info,
      recovery,
      () => {
        // After the screen has said so, Accord starts again on the restored database.
        setTimeout(() => {
          app.relaunch()
          app.exit(0)
        }, 1500)
        return Promise.resolve()
      },
      chooseBackupFileWithDialog,
    ),
  )
  applySecurityPolicy(devServerUrl)
  serveRenderer(rendererDir)
  registerIpc(dispatch, devServerUrl)
  mainWindow = await createMainWindow(undefined, preloadPath, devServerUrl)
}

// One running Accord per user: a second launch focuses the first window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  registerAppScheme()
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => app.quit())
  // The database closes only after the last write (the window's size) has finished and the
  // backup taken on quitting is whole.
  let closing = false
  app.on('will-quit', (event) => {
    if (closing || !database) return
    closing = true
    event.preventDefault()
    void windowStateSaved()
      .then(() => dispatch?.('backups.create', { reason: 'quit' }))
      .then(() => database?.close())
      .finally(() => {
        folderLock?.release()
        app.exit(0)
      })
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      reportStartupFailure(error)
      app.quit()
    })
}
