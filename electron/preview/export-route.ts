import type { StoredDocumentFile } from './document-route.ts'

/** Finished exports the browser may download, by the export's id (a random hex string). */
export interface ExportDownloads {
  add(id: string, file: StoredDocumentFile): string
  find(id: string): StoredDocumentFile | undefined
}

export function exportIdOf(pathname: string): string | undefined {
  return /^\/exports\/([a-f0-9]{16,64})(\/|$)/.exec(pathname)?.[1]
}

export function createExportDownloads(): ExportDownloads {
  const files = new Map<string, StoredDocumentFile>()
  return {
    add: (id, file) => {
      files.set(id, file)
      return `/exports/${id}/${encodeURIComponent(file.name)}`
    },
    find: (id) => files.get(id),
  }
}
