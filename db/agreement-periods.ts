import { sql, type RawBuilder } from 'kysely'
import type { IsoDate } from '../shared/dates.ts'

/*
 * Conditions on an agreement's dates, shared by the list's filters and the dashboard so that a
 * tile's count and the list it opens always agree. Each expects the agreements table as `a`.
 */

/** In force today: active (or due) and not yet ended. Indefinite agreements are in force. */
export function inForceSql(today: IsoDate): RawBuilder<boolean> {
  return sql<boolean>`(a.state = 'active' AND (a.ends_on IS NULL OR a.ends_on >= ${today}))`
}

/** New in a period: signed in it (or, without a signing date, started in it), and not a draft. */
export function newInPeriodSql(from: IsoDate, to: IsoDate): RawBuilder<boolean> {
  return sql<boolean>`(a.state NOT IN ('draft', 'negotiation')
    AND COALESCE(a.signed_on, a.starts_on) BETWEEN ${from} AND ${to})`
}

/** Active agreements whose end date passed within the last `days` days. */
export function endedWithinSql(today: IsoDate, days: number): RawBuilder<boolean> {
  return sql<boolean>`(a.state = 'active' AND a.ends_on < ${today}
    AND a.ends_on >= date(${today}, ${`-${days} days`}))`
}

/** Running at some time in a period: not a draft, started by its end, not ended before it. */
export function runsDuringSql(from: IsoDate, to: IsoDate): RawBuilder<boolean> {
  return sql<boolean>`(a.state NOT IN ('draft', 'negotiation')
    AND (a.starts_on IS NULL OR a.starts_on <= ${to})
    AND (a.ends_on IS NULL OR a.ends_on >= ${from}))`
}

/** The last day on which notice can be given (shared/agreements/status.ts noticeDate). */
export const noticeOnSql = sql<string>`date(a.ends_on, '-' || a.notice_days || ' days')`
