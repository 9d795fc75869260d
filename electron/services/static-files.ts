import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
}

export interface StaticFile {
  body: Buffer
  contentType: string
}

/**
 * Reads a file of the built renderer. Paths that leave the folder, and unknown paths, give
 * index.html so that the single-page app handles them.
 */
export async function readStaticFile(rendererDir: string, urlPath: string): Promise<StaticFile> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    decoded = '/' // a malformed escape is no file of ours
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '')
  const candidate = join(rendererDir, relative)
  const inside = candidate.startsWith(rendererDir + sep) && !relative.includes('..')
  if (inside && extname(candidate)) {
    try {
      return {
        body: await readFile(candidate),
        contentType: contentTypes[extname(candidate)] ?? 'application/octet-stream',
      }
    } catch {
      // fall through to the app's page
    }
  }
  return {
    body: await readFile(join(rendererDir, 'index.html')),
    contentType: contentTypes['.html']!,
  }
}
