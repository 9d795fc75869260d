/**
 * A deliberately insecure Electron main process, never built or run: scan.mjs scans it before
 * the app and must report here what it exists to catch (no context isolation, no sandbox, no
 * navigation limits, no permission handler). If it does not, the scanner is broken and the
 * security scan fails.
 */
import { BrowserWindow } from 'electron'

export function openInsecureWindow() {
  const window = new BrowserWindow({
    webPreferences: { contextIsolation: false, sandbox: false },
  })
  return window.loadURL('https://example.com/')
}
