import { BrowserWindow, app, dialog } from 'electron'
import { writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { PdfSaved } from '../../shared/print/print.ts'
import type { ExportSaved } from '../../shared/reports/report-job.ts'
import { copyFileAtomically, writeFileAtomically } from '../services/atomic-file.ts'

const filters: Record<string, Electron.FileFilter> = {
  '.xlsx': { name: 'Excel workbook', extensions: ['xlsx'] },
  '.pdf': { name: 'PDF', extensions: ['pdf'] },
  '.accord-backup': { name: 'Accord backup', extensions: ['accord-backup'] },
}

/** `extname` of `a.accord-backup` is `.accord-backup`; an unknown kind shows every file. */
function filterFor(fileName: string): Electron.FileFilter {
  return filters[extname(fileName).toLowerCase()] ?? { name: 'All files', extensions: ['*'] }
}

/** Asks where to save, starting in the Documents folder; undefined when the user cancels. */
async function askSavePath(fileName: string): Promise<string | undefined> {
  const options: Electron.SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [filterFor(fileName)],
  }
  const window = BrowserWindow.getFocusedWindow()
  const choice = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  return choice.canceled || !choice.filePath ? undefined : choice.filePath
}

/** Asks which backup to restore, starting in the Documents folder. */
export async function chooseBackupFileWithDialog(): Promise<string | undefined> {
  const options: Electron.OpenDialogOptions = {
    defaultPath: app.getPath('documents'),
    properties: ['openFile'],
    filters: [filterFor('backup.accord-backup'), { name: 'All files', extensions: ['*'] }],
  }
  const window = BrowserWindow.getFocusedWindow()
  const choice = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options)
  return choice.canceled ? undefined : choice.filePaths[0]
}

/** Copies a finished export to where the user chooses, whole or not at all. */
export async function saveExportWithDialog(file: string, fileName: string): Promise<ExportSaved> {
  const target = await askSavePath(fileName)
  if (!target) return { saved: false }
  await copyFileAtomically(file, target)
  return { saved: true, location: target }
}

/** Prints the focused window's page (its print view) to an A4 PDF and saves it. */
export async function savePdfWithDialog(fileName: string): Promise<PdfSaved> {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  if (!window) return { saved: false }
  const pdf = await window.webContents.printToPDF({
    pageSize: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
  })
  const target = await askSavePath(fileName.endsWith('.pdf') ? fileName : `${fileName}.pdf`)
  if (!target) return { saved: false }
  await writeFileAtomically(target, (partial) => writeFile(partial, pdf))
  return { saved: true, location: target }
}
