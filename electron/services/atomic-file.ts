import { randomBytes } from 'node:crypto'
import { copyFile, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A hidden sibling of `target`: same folder, so the final rename never crosses disks. */
export function partialPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.partial`)
}

/**
 * Writes a file whole or not at all: `write` fills a temporary sibling, which is flushed to disk
 * and renamed over `target` only when everything went well. On any error the sibling is removed
 * and `target` is as it was.
 */
export async function writeFileAtomically(
  target: string,
  write: (partialPath: string) => Promise<void>,
): Promise<void> {
  const partial = partialPathFor(target)
  try {
    await write(partial)
    const handle = await open(partial, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(partial, target)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}

export function copyFileAtomically(source: string, target: string): Promise<void> {
  return writeFileAtomically(target, (partial) => copyFile(source, partial))
}
