import { sql, type Selectable, type UpdateObject } from 'kysely'
import type { Db } from './connection.ts'
import type { AgreementsTable, Database } from './schema.ts'
import { inTransaction } from './transaction.ts'
import { addEvent } from './agreement-events.ts'
import { refreshAgreementPartnerColumns } from './agreement-partner-columns.ts'
import { AppFailure, notFound, staleEdit } from '../shared/contract/failure.ts'
import type { Agreement, AgreementData, AgreementPartner } from '../shared/agreements/agreement.ts'
import { deriveStatus, noticeDate, type AgreementState } from '../shared/agreements/status.ts'
import type { AgreementKind } from '../shared/agreements/vocabulary.ts'
import type { IsoDate } from '../shared/dates.ts'
import { foldForSearch, searchTextOf } from '../shared/search.ts'

/** "AB-12/2024" and "ab-12/2024 " are the same reference. */
export function referenceKey(reference: string): string {
  return foldForSearch(reference).replace(/\s+/g, '')
}

/** An agreement's own columns (not its partners) as stored. */
export function agreementColumns(data: Omit<AgreementData, 'partners'>) {
  return {
    reference: data.reference,
    reference_key: referenceKey(data.reference),
    title: data.title,
    kind: data.kind,
    state: data.state,
    signed_on: data.signedOn,
    starts_on: data.startsOn,
    ends_on: data.endsOn,
    auto_renew: data.autoRenew ? 1 : 0,
    renewal_term_months: data.autoRenew ? data.renewalTermMonths : null,
    notice_days: data.noticeDays,
    unit: data.unit,
    coordinator: data.coordinator,
    notes: data.notes,
    search_text: searchTextOf([data.reference, data.title, data.unit, data.coordinator]),
  }
}

function toAgreement(
  row: Selectable<AgreementsTable>,
  partners: AgreementPartner[],
  today: IsoDate,
): Agreement {
  const state = row.state as AgreementState
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    kind: row.kind as AgreementKind,
    state,
    status: deriveStatus(
      {
        state,
        endsOn: row.ends_on,
        noticeDays: row.notice_days,
        lapseDecidedOn: row.lapse_decided_on,
      },
      today,
    ),
    signedOn: row.signed_on,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    noticeOn: row.ends_on ? noticeDate(row.ends_on, row.notice_days) : null,
    autoRenew: row.auto_renew === 1,
    renewalTermMonths: row.renewal_term_months,
    lapseDecidedOn: row.lapse_decided_on,
    noticeDays: row.notice_days,
    unit: row.unit,
    coordinator: row.coordinator,
    notes: row.notes,
    partners,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  }
}

async function listAgreementPartners(db: Db, agreementId: number): Promise<AgreementPartner[]> {
  const rows = await db
    .selectFrom('agreement_partners as ap')
    .innerJoin('partners as p', 'p.id', 'ap.partner_id')
    .leftJoin('contacts as c', 'c.id', 'ap.contact_id')
    .select([
      'ap.partner_id',
      'p.name',
      'p.name_native',
      'p.country',
      'ap.contact_id',
      'c.full_name',
    ])
    .where('ap.agreement_id', '=', agreementId)
    .orderBy('ap.position')
    .execute()
  return rows.map((row) => ({
    partnerId: row.partner_id,
    name: row.name,
    nameNative: row.name_native,
    country: row.country,
    contactId: row.contact_id,
    contactName: row.full_name,
  }))
}

export async function getAgreement(db: Db, id: number, today: IsoDate): Promise<Agreement> {
  const row = await db.selectFrom('agreements').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('Agreement', id)
  return toAgreement(row, await listAgreementPartners(db, id), today)
}

/** Reference taken by another agreement: reported on the reference field. */
async function checkReferenceFree(db: Db, reference: string, exceptId?: number): Promise<void> {
  let query = db
    .selectFrom('agreements')
    .select('id')
    .where('reference_key', '=', referenceKey(reference))
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId)
  if (await query.executeTakeFirst()) {
    throw new AppFailure(
      'validation',
      `Another agreement already has the reference "${reference}".`,
      {
        fields: { reference: 'reference_taken' },
      },
    )
  }
}

/** Every partner must exist, and a chosen contact must belong to its partner. */
async function checkPartners(db: Db, partners: AgreementData['partners']): Promise<void> {
  const fields: Record<string, string> = {}
  for (const [index, link] of partners.entries()) {
    const partner = await db
      .selectFrom('partners')
      .select('id')
      .where('id', '=', link.partnerId)
      .executeTakeFirst()
    if (!partner) fields[`partners.${index}.partnerId`] = 'invalid_value'
    if (link.contactId !== null) {
      const contact = await db
        .selectFrom('contacts')
        .select('id')
        .where('id', '=', link.contactId)
        .where('partner_id', '=', link.partnerId)
        .executeTakeFirst()
      if (!contact) fields[`partners.${index}.contactId`] = 'invalid_value'
    }
  }
  if (Object.keys(fields).length > 0) {
    throw new AppFailure('validation', 'A chosen partner or contact does not exist any more.', {
      fields,
    })
  }
}

async function replacePartnerLinks(
  db: Db,
  agreementId: number,
  partners: AgreementData['partners'],
): Promise<void> {
  await db.deleteFrom('agreement_partners').where('agreement_id', '=', agreementId).execute()
  await db
    .insertInto('agreement_partners')
    .values(
      partners.map((link, position) => ({
        agreement_id: agreementId,
        partner_id: link.partnerId,
        contact_id: link.contactId,
        position,
      })),
    )
    .execute()
  await refreshAgreementPartnerColumns(db, { agreementId })
}

export async function createAgreement(
  db: Db,
  data: AgreementData,
  today: IsoDate,
  now = new Date().toISOString(),
): Promise<number> {
  return inTransaction(db, async (trx) => {
    await checkReferenceFree(trx, data.reference)
    await checkPartners(trx, data.partners)
    const { id } = await trx
      .insertInto('agreements')
      .values({
        ...agreementColumns(data),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await replacePartnerLinks(trx, id, data.partners)
    await addEvent(
      trx,
      id,
      {
        kind: 'created',
        occurredOn: data.signedOn ?? data.startsOn ?? today,
        note: null,
      },
      now,
    )
    return id
  })
}

/** Saves an edit made to the version the user saw; a newer version on disk is a conflict. */
export async function updateAgreement(
  db: Db,
  id: number,
  version: number,
  data: AgreementData,
  now = new Date().toISOString(),
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await checkReferenceFree(trx, data.reference, id)
    await checkPartners(trx, data.partners)
    await bumpVersion(trx, id, version, {
      ...agreementColumns(data),
      // A decision to let the agreement lapse was about its old end date, not a new one.
      lapse_decided_on:
        data.state === 'active'
          ? sql<string | null>`CASE WHEN ends_on IS ${data.endsOn} THEN lapse_decided_on END`
          : null,
      updated_at: now,
    })
    await replacePartnerLinks(trx, id, data.partners)
  })
}

/**
 * Moves the agreement from `version` to the next, changing `columns`; throws a conflict when the
 * agreement was changed since `version` was read. Every write to an agreement goes through here.
 */
export async function bumpVersion(
  db: Db,
  id: number,
  version: number,
  columns: Omit<UpdateObject<Database, 'agreements'>, 'id' | 'version'> = {},
): Promise<void> {
  const result = await db
    .updateTable('agreements')
    .set({
      ...columns,
      updated_at: columns.updated_at ?? new Date().toISOString(),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) {
    const exists = await db
      .selectFrom('agreements')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst()
    throw exists ? staleEdit('agreement') : notFound('Agreement', id)
  }
}
