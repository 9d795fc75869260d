import { sql } from 'kysely'
import type { Db } from './connection.ts'
import { eventRow } from './agreement-events.ts'
import { refreshAgreementPartnerColumns } from './agreement-partner-columns.ts'
import { agreementColumns, referenceKey } from './agreements.ts'
import { createContact } from './contacts.ts'
import { createPartner } from './partners.ts'
import { inTransaction } from './transaction.ts'
import type { AgreementData } from '../shared/agreements/agreement.ts'
import { AppFailure } from '../shared/contract/failure.ts'
import type { IsoDate } from '../shared/dates.ts'
import type { ImportBatchSummary, ImportUndoBlock, ImportUndone } from '../shared/import/import.ts'
import type { PartnerData } from '../shared/partners/partner.ts'
import { foldForSearch } from '../shared/search.ts'

/** A partner of the import: created from the file, or an existing one linked. */
export interface CommitPartner {
  key: string
  create: PartnerData | null
  linkTo: number | null
  contacts: Array<{ fullName: string; email: string | null }>
}

export interface CommitAgreement {
  rowNumber: number
  data: Omit<AgreementData, 'partners'>
  /** Keys of `CommitPartner`s, leading partner first. */
  partnerKeys: string[]
  /** The leading partner's contact for this agreement (folded name), if the row names one. */
  contactName: string | null
}

export interface ImportCommit {
  fileName: string
  sheetName: string
  mapping: unknown
  partners: CommitPartner[]
  agreements: CommitAgreement[]
  skippedRows: number
}

export interface CommitResult {
  batchId: number
  agreementIds: Map<number, number>
  createdPartners: number
  linkedPartners: number
  createdContacts: number
}

/**
 * Writes a whole import in one transaction: partners, their contacts and the agreements, each
 * marked with the batch. Any failure rolls every row back. `progress` is awaited between rows,
 * so that the host can answer other calls (a progress poll) while a large file is written.
 */
export async function commitImport(
  db: Db,
  commit: ImportCommit,
  today: IsoDate,
  progress: (done: number, total: number) => Promise<void>,
  now = new Date().toISOString(),
): Promise<CommitResult> {
  return inTransaction(db, async (trx) => {
    const { id: batchId } = await trx
      .insertInto('import_batches')
      .values({
        file_name: commit.fileName,
        sheet_name: commit.sheetName,
        mapping: JSON.stringify(commit.mapping),
        created_agreements: 0,
        created_partners: 0,
        linked_partners: 0,
        created_contacts: 0,
        skipped_rows: commit.skippedRows,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const partnerIds = new Map<string, number>()
    const contactIds = new Map<string, number>()
    let createdPartners = 0
    let linkedPartners = 0
    let createdContacts = 0
    for (const partner of commit.partners) {
      let partnerId: number
      if (partner.create) {
        partnerId = await createPartner(trx, partner.create, now, batchId)
        createdPartners++
      } else if (partner.linkTo !== null) {
        const found = await trx
          .selectFrom('partners')
          .select('id')
          .where('id', '=', partner.linkTo)
          .executeTakeFirst()
        if (!found) {
          throw new AppFailure(
            'conflict',
            'A partner chosen for the import has been deleted. Review the partners and import again.',
          )
        }
        partnerId = found.id
        linkedPartners++
      } else continue
      partnerIds.set(partner.key, partnerId)
      const known = await existingContacts(trx, partnerId)
      for (const contact of partner.contacts) {
        const folded = foldForSearch(contact.fullName)
        let contactId = known.get(folded)
        if (contactId === undefined) {
          contactId = await createContact(
            trx,
            partnerId,
            {
              fullName: contact.fullName,
              position: null,
              email: contact.email,
              phone: null,
              notes: null,
            },
            false,
            now,
            batchId,
          )
          known.set(folded, contactId)
          createdContacts++
        }
        contactIds.set(`${partner.key}\n${folded}`, contactId)
      }
    }
    const agreementIds = await insertAgreements(
      trx,
      commit,
      batchId,
      partnerIds,
      contactIds,
      today,
      progress,
      now,
    )
    await trx
      .updateTable('import_batches')
      .set({
        created_agreements: agreementIds.size,
        created_partners: createdPartners,
        linked_partners: linkedPartners,
        created_contacts: createdContacts,
      })
      .where('id', '=', batchId)
      .execute()
    return { batchId, agreementIds, createdPartners, linkedPartners, createdContacts }
  })
}

/** Rows written per statement: large enough to be quick, well inside SQLite's parameter limit. */
const chunkSize = 250

/**
 * The agreements of the import, written a chunk at a time with their partner links and first
 * event (ids given here: the transaction is the only writer). The plan has checked every row
 * already; the references are checked again against the database as it is now.
 */
async function insertAgreements(
  trx: Db,
  commit: ImportCommit,
  batchId: number,
  partnerIds: ReadonlyMap<string, number>,
  contactIds: ReadonlyMap<string, number>,
  today: IsoDate,
  progress: (done: number, total: number) => Promise<void>,
  now: string,
): Promise<Map<number, number>> {
  const { last } = await trx
    .selectFrom('agreements')
    .select(sql<number>`coalesce(max(id), 0)`.as('last'))
    .executeTakeFirstOrThrow()
  let nextId = last
  const agreementIds = new Map<number, number>()
  const total = commit.agreements.length
  for (let start = 0; start < total; start += chunkSize) {
    const chunk = commit.agreements.slice(start, start + chunkSize)
    await checkReferencesFree(trx, chunk)
    const rows = chunk.map((agreement) => ({ id: ++nextId, agreement }))
    await trx
      .insertInto('agreements')
      .values(
        rows.map(({ id, agreement }) => ({
          id,
          ...agreementColumns(agreement.data),
          import_batch_id: batchId,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute()
    await trx
      .insertInto('agreement_partners')
      .values(
        rows.flatMap(({ id, agreement }) =>
          agreement.partnerKeys.map((key, position) => {
            const partnerId = partnerIds.get(key)
            if (partnerId === undefined)
              throw new Error(`The import has no partner for key ${key}.`)
            const contactId =
              position === 0 && agreement.contactName
                ? (contactIds.get(`${key}\n${foldForSearch(agreement.contactName)}`) ?? null)
                : null
            return { agreement_id: id, partner_id: partnerId, contact_id: contactId, position }
          }),
        ),
      )
      .execute()
    await trx
      .insertInto('agreement_events')
      .values(
        rows.map(({ id, agreement }) =>
          eventRow(
            id,
            {
              kind: 'created',
              occurredOn: agreement.data.signedOn ?? agreement.data.startsOn ?? today,
              note: `Imported from ${commit.fileName}, row ${agreement.rowNumber}`,
            },
            now,
          ),
        ),
      )
      .execute()
    for (const { id, agreement } of rows) agreementIds.set(agreement.rowNumber, id)
    await progress(Math.min(start + chunkSize, total), total)
  }
  await refreshAgreementPartnerColumns(trx, { importBatchId: batchId })
  return agreementIds
}

/** A reference taken since the preview (by another window, say) stops the whole import. */
async function checkReferencesFree(trx: Db, chunk: readonly CommitAgreement[]): Promise<void> {
  const taken = await trx
    .selectFrom('agreements')
    .select('reference')
    .where(
      'reference_key',
      'in',
      chunk.map((agreement) => referenceKey(agreement.data.reference)),
    )
    .executeTakeFirst()
  if (taken) {
    throw new AppFailure(
      'conflict',
      `Another agreement already has the reference "${taken.reference}". Check the rows again and import.`,
    )
  }
}

async function existingContacts(db: Db, partnerId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('contacts')
    .select(['id', 'full_name'])
    .where('partner_id', '=', partnerId)
    .execute()
  return new Map(rows.map((row) => [foldForSearch(row.full_name), row.id]))
}

/** The newest import, and whether taking it back would lose anything done since. */
export async function newestImport(db: Db): Promise<ImportBatchSummary | null> {
  const batch = await db
    .selectFrom('import_batches')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  if (!batch) return null
  return {
    batchId: batch.id,
    fileName: batch.file_name,
    createdAt: batch.created_at,
    createdAgreements: batch.created_agreements,
    createdPartners: batch.created_partners,
    blockedBy: await undoBlock(db, batch.id),
  }
}

/**
 * What stands in the way of undoing: anything done to the imported records since (an edit, an
 * action, quotas, counts, a document, a link from another agreement) would be lost with them.
 */
async function undoBlock(db: Db, batchId: number): Promise<ImportUndoBlock | null> {
  const changed = await sql<{ reference: string }>`
    SELECT a.reference FROM agreements a WHERE a.import_batch_id = ${batchId} AND (
      a.version > 0
      OR (SELECT count(*) FROM agreement_events e WHERE e.agreement_id = a.id) > 1
      OR EXISTS (SELECT 1 FROM agreement_conditions c WHERE c.agreement_id = a.id)
      OR EXISTS (SELECT 1 FROM exchange_counts x WHERE x.agreement_id = a.id)
      OR EXISTS (SELECT 1 FROM documents d WHERE d.agreement_id = a.id))
    ORDER BY a.reference LIMIT 1`.execute(db)
  const agreement = changed.rows[0]
  if (agreement) return { reason: 'agreement_changed', reference: agreement.reference }
  const partner = await sql<{ name: string }>`
    SELECT p.name FROM partners p WHERE p.import_batch_id = ${batchId} AND (
      p.version > 0
      OR EXISTS (SELECT 1 FROM agreement_partners ap JOIN agreements a ON a.id = ap.agreement_id
        WHERE ap.partner_id = p.id AND a.import_batch_id IS NOT ${batchId})
      OR EXISTS (SELECT 1 FROM contacts c WHERE c.partner_id = p.id AND c.import_batch_id IS NOT ${batchId}))
    UNION ALL
    SELECT c.full_name FROM contacts c WHERE c.import_batch_id = ${batchId} AND (
      c.version > 0
      OR EXISTS (SELECT 1 FROM agreement_partners ap JOIN agreements a ON a.id = ap.agreement_id
        WHERE ap.contact_id = c.id AND a.import_batch_id IS NOT ${batchId}))
    LIMIT 1`.execute(db)
  const name = partner.rows[0]?.name
  return name === undefined ? null : { reason: 'partner_changed', name }
}

/** Takes the newest import back: its agreements, partners, contacts and the batch itself. */
export async function undoImport(db: Db, batchId: number): Promise<ImportUndone> {
  return inTransaction(db, async (trx) => {
    const newest = await newestImport(trx)
    if (!newest || newest.batchId !== batchId) {
      throw new AppFailure(
        'conflict',
        'Only the newest import can be undone, and this one is not it any more.',
      )
    }
    if (newest.blockedBy) {
      const what =
        newest.blockedBy.reason === 'agreement_changed'
          ? `the agreement ${newest.blockedBy.reference}`
          : `the partner or contact “${newest.blockedBy.name}”`
      throw new AppFailure(
        'conflict',
        `This import cannot be undone: ${what} was changed after it, and the change would be lost.`,
      )
    }
    // Events, partner links and reminders go with their agreements (ON DELETE CASCADE).
    const agreements = await trx
      .deleteFrom('agreements')
      .where('import_batch_id', '=', batchId)
      .executeTakeFirst()
    const contacts = await trx
      .deleteFrom('contacts')
      .where('import_batch_id', '=', batchId)
      .executeTakeFirst()
    const partners = await trx
      .deleteFrom('partners')
      .where('import_batch_id', '=', batchId)
      .executeTakeFirst()
    await trx.deleteFrom('import_batches').where('id', '=', batchId).execute()
    return {
      removedAgreements: Number(agreements.numDeletedRows),
      removedPartners: Number(partners.numDeletedRows),
      removedContacts: Number(contacts.numDeletedRows),
    }
  })
}

/** What an import is checked against: the partners there are and the references taken. */
export async function importContext(db: Db) {
  const partners = await db
    .selectFrom('partners')
    .select(['id', 'name', 'name_native', 'country'])
    .execute()
  const references = await db.selectFrom('agreements').select('reference_key').execute()
  return {
    existingPartners: partners.map((row) => ({
      id: row.id,
      name: row.name,
      nameNative: row.name_native,
      country: row.country,
    })),
    takenReferences: new Set(references.map((row) => row.reference_key)),
  }
}
