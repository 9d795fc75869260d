import type { Db } from './connection.ts'
import { notFound } from '../shared/contract/failure.ts'
import type { AgreementDocument } from '../shared/agreements/documents.ts'
import type { DocumentKind } from '../shared/agreements/vocabulary.ts'

export type DocumentData = Omit<AgreementDocument, 'id' | 'addedAt'>

function toDocument(row: {
  id: number
  agreement_id: number
  name: string
  kind: string
  media_type: string
  size: number
  sha256: string
  added_at: string
}): AgreementDocument {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    name: row.name,
    kind: row.kind as DocumentKind,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    addedAt: row.added_at,
  }
}

export async function listDocuments(db: Db, agreementId: number): Promise<AgreementDocument[]> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('added_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return rows.map(toDocument)
}

export async function getDocument(db: Db, id: number): Promise<AgreementDocument> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('Document', id)
  return toDocument(row)
}

export async function insertDocument(
  db: Db,
  data: DocumentData,
  now = new Date().toISOString(),
): Promise<number> {
  const row = await db
    .insertInto('documents')
    .values({
      agreement_id: data.agreementId,
      name: data.name,
      kind: data.kind,
      media_type: data.mediaType,
      size: data.size,
      sha256: data.sha256,
      added_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export async function deleteDocument(db: Db, id: number): Promise<void> {
  const result = await db.deleteFrom('documents').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('Document', id)
}

/** Whether any document row still points at this content (the file may be shared by several). */
export async function isContentUsed(db: Db, sha256: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('documents')
      .select('id')
      .where('sha256', '=', sha256)
      .executeTakeFirst()) !== undefined
  )
}
