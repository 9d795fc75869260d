import { addEvent } from '../../../db/agreement-events.ts'
import { getAgreement } from '../../../db/agreements.ts'
import {
  deleteDocument,
  getDocument,
  insertDocument,
  isContentUsed,
} from '../../../db/documents.ts'
import { inTransaction } from '../../../db/transaction.ts'
import { maxDocumentBytes } from '../../../shared/agreements/documents.ts'
import { AppFailure } from '../../../shared/contract/failure.ts'
import { cleanFileName, mediaTypeOf } from '../document-store.ts'
import type { Handlers } from '../dispatcher.ts'
import type { HandlerContext } from '../handler-context.ts'

type DocumentHandlers = Pick<Handlers, 'documents.add' | 'documents.open' | 'documents.remove'>

function decode(contentBase64: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64) || contentBase64.length % 4 !== 0) {
    throw new AppFailure('validation', 'The file could not be read.', {
      fields: { contentBase64: 'invalid_value' },
    })
  }
  const bytes = Buffer.from(contentBase64, 'base64')
  if (bytes.length === 0)
    throw new AppFailure('validation', 'The file is empty.', {
      fields: { contentBase64: 'required' },
    })
  if (bytes.length > maxDocumentBytes) {
    throw new AppFailure(
      'validation',
      `The file is larger than ${maxDocumentBytes / 1024 / 1024} MB.`,
      { fields: { contentBase64: 'too_large' } },
    )
  }
  return bytes
}

export function documentHandlers({
  db,
  documents,
  today,
  openDocument,
}: HandlerContext): DocumentHandlers {
  return {
    'documents.add': async ({ agreementId, name, kind, contentBase64 }) => {
      const bytes = decode(contentBase64)
      await getAgreement(db, agreementId, today()) // not found before anything is written
      const fileName = cleanFileName(name)
      // The file goes first; if the row fails, an unreferenced file is left, never a row without a file.
      const { sha256, size } = await documents.save(bytes)
      const id = await inTransaction(db, async (trx) => {
        const documentId = await insertDocument(trx, {
          agreementId,
          name: fileName,
          kind,
          mediaType: mediaTypeOf(bytes, fileName),
          size,
          sha256,
        })
        await addEvent(trx, agreementId, {
          kind: 'document_added',
          occurredOn: today(),
          note: fileName,
        })
        return documentId
      })
      return getDocument(db, id)
    },
    'documents.open': async ({ id }) => {
      const document = await getDocument(db, id)
      return openDocument(document, documents.pathOf(document.sha256))
    },
    'documents.remove': async ({ id }) => {
      const document = await getDocument(db, id)
      await inTransaction(db, async (trx) => {
        await deleteDocument(trx, id)
        await addEvent(trx, document.agreementId, {
          kind: 'document_removed',
          occurredOn: today(),
          note: document.name,
        })
      })
      if (!(await isContentUsed(db, document.sha256))) await documents.remove(document.sha256)
      return { id }
    },
  }
}
