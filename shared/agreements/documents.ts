import { z } from 'zod'
import { base64Content } from '../contract/base64.ts'
import { idField, requiredText } from '../partners/fields.ts'
import { documentKinds, type DocumentKind } from './vocabulary.ts'

/** Scanned agreements are large; 25 MB keeps a 100-page colour scan and refuses a video. */
export const maxDocumentBytes = 25 * 1024 * 1024

export const documentAddInput = z.strictObject({
  agreementId: idField,
  /** The file's name as the user had it; only its last path segment is kept. */
  name: requiredText(255),
  kind: z.enum(documentKinds, { error: 'invalid_value' }).default('signed_copy'),
  /** The file's bytes, base64-encoded (the same over IPC and over the preview's HTTP). */
  contentBase64: base64Content(maxDocumentBytes),
})
export type DocumentAddInput = z.input<typeof documentAddInput>

export const documentIdInput = z.strictObject({ id: idField })

export interface AgreementDocument {
  id: number
  agreementId: number
  name: string
  kind: DocumentKind
  mediaType: string
  size: number
  sha256: string
  addedAt: string
}

/** How the host opened a document: Electron hands it to the system; the preview gives an address. */
export type DocumentOpened = { opened: true } | { url: string }
