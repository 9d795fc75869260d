import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'

export interface StoredDocumentFile {
  file: string
  mediaType: string
  name: string
}

/** Where the browser opens document `id`; the name is there only so that a saved copy is named well. */
export function documentUrl(id: number, name: string): string {
  return `/documents/${id}/${encodeURIComponent(name)}`
}

export function documentIdOf(pathname: string): number | undefined {
  const match = /^\/documents\/(\d+)(\/|$)/.exec(pathname)
  return match ? Number(match[1]) : undefined
}

/** Types the browser may show in the tab; anything else is downloaded, never run in this origin. */
const shownInline = new Set(['application/pdf', 'image/png', 'image/jpeg', 'text/plain'])

export async function sendDocument(
  response: ServerResponse,
  document: StoredDocumentFile,
): Promise<void> {
  const body = await readFile(document.file)
  const disposition = shownInline.has(document.mediaType) ? 'inline' : 'attachment'
  response.writeHead(200, {
    'Content-Type':
      document.mediaType === 'text/plain' ? 'text/plain; charset=utf-8' : document.mediaType,
    'Content-Length': body.length,
    'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(document.name)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  })
  response.end(body)
}
