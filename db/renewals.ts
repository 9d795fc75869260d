import { sql } from 'kysely'
import type { Db } from './connection.ts'
import { noticeOnSql } from './agreement-periods.ts'
import { inTransaction } from './transaction.ts'
import type { AgreementState } from '../shared/agreements/status.ts'
import type { AgreementKind } from '../shared/agreements/vocabulary.ts'
import type { IsoDate } from '../shared/dates.ts'
import {
  recentlyEndedDays,
  type RenewalGroup,
  type RenewalItem,
  type RenewalReminder,
} from '../shared/renewals/renewals.ts'

interface RenewalRow {
  id: number
  version: number
  reference: string
  title: string
  kind: string
  state: string
  partner_names: string
  countries: string
  starts_on: string | null
  ends_on: string
  notice_on: string
  auto_renew: number
  lapse_decided_on: string | null
}

/**
 * What needs a renewal decision: active agreements not set to lapse whose notice date comes
 * within `horizonDays`, or that ended in the last 90 days; by notice date, earliest first.
 */
export async function listRenewals(
  db: Db,
  today: IsoDate,
  horizonDays: number,
): Promise<RenewalItem[]> {
  const { rows } = await sql<RenewalRow>`
    SELECT * FROM (
      SELECT a.id, a.version, a.reference, a.reference_key, a.title, a.kind, a.state, a.partner_names,
        a.countries, a.starts_on, a.ends_on, a.auto_renew, a.lapse_decided_on,
        ${noticeOnSql} AS notice_on
      FROM agreements a
      WHERE a.state = 'active' AND a.ends_on IS NOT NULL AND a.lapse_decided_on IS NULL
        AND a.ends_on >= date(${today}, ${`-${recentlyEndedDays} days`})
    )
    WHERE notice_on <= date(${today}, ${`+${horizonDays} days`})
    ORDER BY notice_on, reference_key, id`.execute(db)
  return rows.map((row) => toItem(row, today))
}

function groupOf(row: RenewalRow, today: IsoDate): RenewalGroup {
  if (row.ends_on < today) return 'ended'
  if (row.notice_on < today) return 'overdue'
  if (row.notice_on === today) return 'due'
  return 'ahead'
}

function toItem(row: RenewalRow, today: IsoDate): RenewalItem {
  return {
    id: row.id,
    version: row.version,
    reference: row.reference,
    title: row.title,
    kind: row.kind as AgreementKind,
    state: row.state as AgreementState,
    partnerNames: row.partner_names,
    countries: row.countries,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    noticeOn: row.notice_on,
    autoRenew: row.auto_renew === 1,
    lapseDecidedOn: row.lapse_decided_on,
    group: groupOf(row, today),
  }
}

/**
 * Agreements that have fallen due (notice date come, still running, not set to lapse) whose
 * reminder for that notice date nobody has acknowledged.
 */
export async function pendingReminders(db: Db, today: IsoDate): Promise<RenewalReminder[]> {
  const { rows } = await sql<{
    id: number
    reference: string
    title: string
    partner_names: string
    notice_on: string
    ends_on: string
  }>`
    SELECT * FROM (
      SELECT a.id, a.reference, a.reference_key, a.title, a.partner_names, a.ends_on,
        ${noticeOnSql} AS notice_on
      FROM agreements a
      WHERE a.state = 'active' AND a.lapse_decided_on IS NULL AND a.ends_on >= ${today}
    ) d
    WHERE d.notice_on <= ${today}
      AND NOT EXISTS (SELECT 1 FROM renewal_reminders r WHERE r.agreement_id = d.id AND r.notice_on = d.notice_on)
    ORDER BY d.notice_on, d.reference_key, d.id`.execute(db)
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    title: row.title,
    partnerNames: row.partner_names,
    noticeOn: row.notice_on,
    endsOn: row.ends_on,
  }))
}

/** Marks reminders as seen, so they are not shown again for the same notice date. */
export async function acknowledgeReminders(
  db: Db,
  items: Array<{ id: number; noticeOn: IsoDate }>,
  now = new Date().toISOString(),
): Promise<number> {
  return inTransaction(db, async (trx) => {
    let added = 0
    for (const item of items) {
      // Selecting from agreements skips one deleted meanwhile: it has nothing left to remind of.
      const result = await sql`
        INSERT OR IGNORE INTO renewal_reminders (agreement_id, notice_on, acknowledged_at)
        SELECT id, ${item.noticeOn}, ${now} FROM agreements WHERE id = ${item.id}`.execute(trx)
      added += Number(result.numAffectedRows ?? 0n)
    }
    return added
  })
}
