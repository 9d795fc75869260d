import { sql, type Selectable } from 'kysely'
import type { Db } from './connection.ts'
import { inTransaction } from './transaction.ts'
import type { ContactsTable } from './schema.ts'
import { notFound, staleEdit } from '../shared/contract/failure.ts'
import type { Contact } from '../shared/partners/contact.ts'
import { searchTextOf } from '../shared/search.ts'

export interface ContactData {
  fullName: string
  position: string | null
  email: string | null
  phone: string | null
  notes: string | null
}

function toContact(row: Selectable<ContactsTable>): Contact {
  return {
    id: row.id,
    partnerId: row.partner_id,
    fullName: row.full_name,
    position: row.position,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    isPrimary: row.is_primary === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  }
}

function toColumns(data: ContactData) {
  return {
    full_name: data.fullName,
    position: data.position,
    email: data.email,
    phone: data.phone,
    notes: data.notes,
    search_text: searchTextOf([data.fullName, data.position, data.email, data.phone]),
  }
}

/** A partner's contacts, the primary one first. */
export async function listContacts(db: Db, partnerId: number): Promise<Contact[]> {
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('partner_id', '=', partnerId)
    .orderBy('is_primary', 'desc')
    .orderBy('full_name')
    .orderBy('id')
    .execute()
  return rows.map(toContact)
}

export async function getContact(db: Db, id: number): Promise<Contact> {
  const row = await db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('Contact', id)
  return toContact(row)
}

/** Adds a contact. A partner's first contact becomes its primary one. */
export async function createContact(
  db: Db,
  partnerId: number,
  data: ContactData,
  makePrimary: boolean,
  now = new Date().toISOString(),
  importBatchId: number | null = null,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const partner = await trx
      .selectFrom('partners')
      .select('id')
      .where('id', '=', partnerId)
      .executeTakeFirst()
    if (!partner) throw notFound('Partner', partnerId)
    const existing = await trx
      .selectFrom('contacts')
      .select(sql<number>`count(*)`.as('n'))
      .where('partner_id', '=', partnerId)
      .executeTakeFirstOrThrow()
    const primary = makePrimary || existing.n === 0
    if (primary) await clearPrimary(trx, partnerId, now)
    const row = await trx
      .insertInto('contacts')
      .values({
        ...toColumns(data),
        partner_id: partnerId,
        is_primary: primary ? 1 : 0,
        import_batch_id: importBatchId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return row.id
  })
}

export async function updateContact(
  db: Db,
  id: number,
  version: number,
  data: ContactData,
  now = new Date().toISOString(),
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const result = await trx
      .updateTable('contacts')
      .set({ ...toColumns(data), updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n) {
      await getContact(trx, id) // throws not_found when the contact is gone
      throw staleEdit('contact')
    }
  })
}

export async function removeContact(db: Db, id: number): Promise<void> {
  const result = await db.deleteFrom('contacts').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('Contact', id)
}

/** Makes one contact the partner's primary contact, and no other. */
export async function setPrimaryContact(
  db: Db,
  id: number,
  now = new Date().toISOString(),
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const contact = await getContact(trx, id)
    if (contact.isPrimary) return
    await clearPrimary(trx, contact.partnerId, now)
    await trx
      .updateTable('contacts')
      .set({ is_primary: 1, updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .execute()
  })
}

async function clearPrimary(db: Db, partnerId: number, now: string): Promise<void> {
  await db
    .updateTable('contacts')
    .set({ is_primary: 0, updated_at: now, version: sql`version + 1` })
    .where('partner_id', '=', partnerId)
    .where('is_primary', '=', 1)
    .execute()
}
