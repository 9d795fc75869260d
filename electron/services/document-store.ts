import { createHash, randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'

/**
 * Attached documents live in the data folder under their content's SHA-256, so the same scan
 * attached twice is stored once, and a file is never half-written: it is written to a temporary
 * name and renamed into place.
 */
export interface DocumentStore {
  save(bytes: Buffer): Promise<{ sha256: string; size: number }>
  pathOf(sha256: string): string
  remove(sha256: string): Promise<void>
}

export function createDocumentStore(dataDir: string): DocumentStore {
  const root = join(dataDir, 'documents')
  const pathOf = (sha256: string) => join(root, sha256.slice(0, 2), sha256)
  return {
    pathOf,
    async save(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const target = pathOf(sha256)
      // Always written and renamed into place, even when the same content is already stored: a
      // removal of that content running at the same moment can then never leave a row without its file.
      await mkdir(join(root, sha256.slice(0, 2)), { recursive: true })
      const temporary = `${target}.${randomBytes(6).toString('hex')}.partial`
      await writeFile(temporary, bytes, { flush: true })
      await rename(temporary, target)
      return { sha256, size: bytes.length }
    },
    async remove(sha256) {
      await rm(pathOf(sha256), { force: true })
    },
  }
}

// Control characters, and the direction marks that make "‮fdp.exe" look like "exe.pdf".
// eslint-disable-next-line no-control-regex -- control characters are exactly what it removes
const controlCharacters = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** The last segment of a name as the user's system gave it, without control characters. */
export function cleanFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/')).replace(controlCharacters, '').trim()
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'document' : cleaned
}

const signatures: Array<[string, number[]]> = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
]

const byExtension: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  txt: 'text/plain',
}

/** The file's type from its first bytes (what it is), else from its extension (what it says). */
export function mediaTypeOf(bytes: Buffer, name: string): string {
  for (const [type, signature] of signatures) {
    if (signature.every((byte, index) => bytes[index] === byte)) return type
  }
  const extension = name.split('.').pop()?.toLowerCase() ?? ''
  return byExtension[extension] ?? 'application/octet-stream'
}
