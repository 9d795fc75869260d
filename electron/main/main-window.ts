import { BrowserWindow, screen } from 'electron'
import type { Db } from '../../db/connection.ts'
import { appEntryUrl } from './app-origin.ts'
import { defaultWindowState, loadWindowState, saveWindowState } from './window-state.ts'

/** A saved position is used only while it is still on one of the displays. */
function isVisible(bounds: Electron.Rectangle): boolean {
  return screen
    .getAllDisplays()
    .some(
      ({ workArea }) =>
        bounds.x < workArea.x + workArea.width &&
        bounds.x + bounds.width > workArea.x &&
        bounds.y < workArea.y + workArea.height &&
        bounds.y + bounds.height > workArea.y,
    )
}

let pendingSave: Promise<void> = Promise.resolve()

/** Resolves once the window's size and place, saved as it closes, are in the database. */
export function windowStateSaved(): Promise<void> {
  return pendingSave
}

/** `db` is undefined while the database is damaged (the recovery screen): nothing is remembered then. */
export async function createMainWindow(
  db: Db | undefined,
  preloadPath: string,
  devServerUrl: string | undefined,
): Promise<BrowserWindow> {
  const state = db ? await loadWindowState(db) : defaultWindowState
  const window = new BrowserWindow({
    ...(isVisible(state.bounds)
      ? state.bounds
      : { width: state.bounds.width, height: state.bounds.height }),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Accord',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  })
  if (state.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  window.on('close', () => {
    if (!db) return
    pendingSave = saveWindowState(db, {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    }).catch((error: unknown) => console.error('Could not remember the window size', error))
  })
  await window.loadURL(devServerUrl ?? appEntryUrl)
  return window
}
