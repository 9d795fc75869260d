import { sql, type Selectable } from 'kysely'
import type { Db } from './connection.ts'
import { inTransaction } from './transaction.ts'
import { refreshAgreementPartnerColumns } from './agreement-partner-columns.ts'
import type { PartnersTable } from './schema.ts'
import { notFound, staleEdit } from '../shared/contract/failure.ts'
import type { PartnerDetails } from '../shared/contract/contract.ts'
import type {
  Partner,
  PartnerData,
  PartnerKind,
  PartnerListQuery,
  PartnerSimilarQuery,
  PartnerSort,
  PartnerSummary,
  SimilarPartner,
} from '../shared/partners/partner.ts'
import { bestNameSimilarity, duplicateThreshold } from '../shared/partners/similarity.ts'
import { foldForSearch, likePattern, searchTextOf } from '../shared/search.ts'
import { listContacts } from './contacts.ts'

function toPartner(row: Selectable<PartnersTable>): Partner {
  return {
    id: row.id,
    name: row.name,
    nameNative: row.name_native,
    kind: row.kind as PartnerKind,
    country: row.country,
    city: row.city,
    website: row.website,
    erasmusCode: row.erasmus_code,
    schacCode: row.schac_code,
    nationalId: row.national_id,
    notes: row.notes,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  }
}

function toColumns(data: PartnerData) {
  return {
    name: data.name,
    name_native: data.nameNative,
    kind: data.kind,
    country: data.country,
    city: data.city,
    website: data.website,
    erasmus_code: data.erasmusCode,
    schac_code: data.schacCode,
    national_id: data.nationalId,
    notes: data.notes,
    name_sort: foldForSearch(data.name),
    search_text: searchTextOf([
      data.name,
      data.nameNative,
      data.city,
      data.erasmusCode,
      data.schacCode,
      data.nationalId,
    ]),
  }
}

const sortColumns: Record<PartnerSort, string> = {
  name: 'p.name_sort',
  country: 'p.country',
  city: 'p.city',
  kind: 'p.kind',
  contacts: 'contact_count',
  updated: 'p.updated_at',
}

/** The partners list, filtered and sorted in SQL. The query matches partner and contact text. */
export async function listPartners(db: Db, query: PartnerListQuery): Promise<PartnerSummary[]> {
  let select = db
    .selectFrom('partners as p')
    .select([
      'p.id',
      'p.name',
      'p.name_native',
      'p.kind',
      'p.country',
      'p.city',
      'p.archived_at',
      'p.updated_at',
      sql<number>`(SELECT count(*) FROM contacts c WHERE c.partner_id = p.id)`.as('contact_count'),
      sql<
        string | null
      >`(SELECT c.full_name FROM contacts c WHERE c.partner_id = p.id AND c.is_primary = 1)`.as(
        'primary_contact',
      ),
    ])
  if (query.archived === 'active') select = select.where('p.archived_at', 'is', null)
  if (query.archived === 'archived') select = select.where('p.archived_at', 'is not', null)
  if (query.country) select = select.where('p.country', '=', query.country)
  if (query.kind) select = select.where('p.kind', '=', query.kind)
  const text = query.query?.trim()
  if (text) {
    const pattern = likePattern(text)
    select = select.where(
      sql<boolean>`(p.search_text LIKE ${pattern} ESCAPE '\\' OR EXISTS (
        SELECT 1 FROM contacts c WHERE c.partner_id = p.id AND c.search_text LIKE ${pattern} ESCAPE '\\'))`,
    )
  }
  const direction = query.direction === 'desc' ? sql`DESC` : sql`ASC`
  const rows = await select
    .orderBy(sql`${sql.raw(sortColumns[query.sort])} ${direction} NULLS LAST`)
    .orderBy('p.name_sort')
    .orderBy('p.id')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    nameNative: row.name_native,
    kind: row.kind as PartnerKind,
    country: row.country,
    city: row.city,
    contactCount: row.contact_count,
    primaryContact: row.primary_contact,
    archivedAt: row.archived_at,
    updatedAt: row.updated_at,
  }))
}

export async function findPartner(db: Db, id: number): Promise<Partner | undefined> {
  const row = await db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst()
  return row ? toPartner(row) : undefined
}

export async function getPartnerDetails(db: Db, id: number): Promise<PartnerDetails> {
  const partner = await findPartner(db, id)
  if (!partner) throw notFound('Partner', id)
  return { ...partner, contacts: await listContacts(db, id) }
}

export async function createPartner(
  db: Db,
  data: PartnerData,
  now = new Date().toISOString(),
  importBatchId: number | null = null,
): Promise<number> {
  const row = await db
    .insertInto('partners')
    .values({
      ...toColumns(data),
      import_batch_id: importBatchId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Saves an edit made to the version the user saw; a newer version on disk is a conflict. */
export async function updatePartner(
  db: Db,
  id: number,
  version: number,
  data: PartnerData,
  now = new Date().toISOString(),
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const result = await trx
      .updateTable('partners')
      .set({ ...toColumns(data), updated_at: now, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n) await explainMissedUpdate(trx, id)
    // Agreements keep a copy of their partners' names for the list.
    await refreshAgreementPartnerColumns(trx, { partnerId: id })
  })
}

async function explainMissedUpdate(db: Db, id: number): Promise<never> {
  const exists = await db
    .selectFrom('partners')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst()
  throw exists ? staleEdit('partner') : notFound('Partner', id)
}

/** Archives (a date) or restores (null) a partner. Archiving twice keeps the first date. */
export async function setPartnerArchived(
  db: Db,
  id: number,
  archived: boolean,
  now = new Date().toISOString(),
): Promise<void> {
  const result = await db
    .updateTable('partners')
    .set({
      archived_at: archived ? sql`coalesce(archived_at, ${now})` : null,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('Partner', id)
}

/**
 * Partners whose names look like the given ones, best first. Names are compared in JavaScript
 * (transliteration and trigrams), over one country's partners when the country is known.
 */
export async function findSimilarPartners(
  db: Db,
  query: PartnerSimilarQuery,
  limit = 5,
): Promise<SimilarPartner[]> {
  let select = db
    .selectFrom('partners')
    .select(['id', 'name', 'name_native', 'country', 'archived_at'])
  if (query.country) select = select.where('country', '=', query.country)
  if (query.excludeId) select = select.where('id', '!=', query.excludeId)
  const candidates = await select.execute()
  return candidates
    .map((row) => ({
      id: row.id,
      name: row.name,
      nameNative: row.name_native,
      country: row.country,
      archivedAt: row.archived_at,
      score: bestNameSimilarity([query.name, query.nameNative], [row.name, row.name_native]),
    }))
    .filter((match) => match.score >= duplicateThreshold)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
}

export async function countPartners(db: Db): Promise<number> {
  const row = await db
    .selectFrom('partners')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow()
  return row.n
}
