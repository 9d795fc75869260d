import { shell } from 'electron'
import { copyFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppFailure } from '../../shared/contract/failure.ts'
import type { AgreementDocument, DocumentOpened } from '../../shared/agreements/documents.ts'

/**
 * Opens an attached document in the program the system uses for it. Stored files are named by
 * their hash, so a copy with the document's own name goes to a temporary folder first; the
 * stored file itself is never handed out to be edited.
 */
export async function openDocumentWithSystem(
  document: AgreementDocument,
  file: string,
): Promise<DocumentOpened> {
  const folder = join(tmpdir(), 'accord-documents', String(document.id))
  await mkdir(folder, { recursive: true })
  const copy = join(folder, document.name)
  await copyFile(file, copy)
  const failure = await shell.openPath(copy)
  if (failure)
    throw new AppFailure('internal', `The system could not open ${document.name}: ${failure}`)
  return { opened: true }
}
