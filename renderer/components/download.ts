import { toCsv, type CsvCell, type CsvDelimiter } from '../../shared/export/csv.ts'
import { todayIso } from '../../shared/dates.ts'

/**
 * Saves text as a file the way a browser downloads one (Electron asks where to save it). The
 * text is whole before the download starts, so there is never half a file.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  downloadFromUrl(url, fileName)
  // The download has read the blob by the time a person could ask for the next one.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * Downloads what a same-origin address serves (a file the preview host wrote, say) under
 * `fileName`, through a link's click: the browser's own download, with its progress and folder.
 */
export function downloadFromUrl(url: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
}

/** A list exactly as shown: its header and rows, as `<name>-<today>.csv`. */
export function downloadCsv(
  name: string,
  header: string[],
  rows: CsvCell[][],
  delimiter: CsvDelimiter,
): void {
  downloadText(
    `${name}-${todayIso()}.csv`,
    toCsv(header, rows, delimiter),
    'text/csv;charset=utf-8',
  )
}
