import type { TFunction } from 'i18next'
import type { AuditTable } from '../../../shared/audit/audit.ts'
import { countryName } from '../../components/country-names.ts'
import { formatDate } from '../../components/format.ts'

/** Columns that hold a code, and where the screens' word for each code is. */
const wordsByColumn: Record<string, string> = {
  'agreements.kind': 'agreements.kinds',
  'agreements.state': 'agreements.status',
  'partners.kind': 'partnerKinds',
  'documents.kind': 'agreements.documents.kinds',
}
/** Codes with the same words in every table that has them (quotas and exchange counts). */
const wordsInAnyTable: Record<string, string> = {
  direction: 'agreements.directions',
  mobility_type: 'agreements.mobilityTypes',
  level: 'agreements.levels',
  funding: 'agreements.fundings',
}
const yesOrNo = new Set(['is_primary', 'auto_renew'])
/** Dates (and the moments an archive or a document happened) as the screens write them. */
const dates = /_on$|^archived_at$|^added_at$/

/**
 * A stored value as the screens show it: `student_exchange` as "Student exchange", `AZ` as
 * "Azerbaijan", 1 as "yes", `2027-11-02` as "Nov 2, 2027". Null when the column holds no code (the caller shows it as it is),
 * and for a code this version has no word for (a value from a newer Accord, say).
 */
export function wordForCode(
  t: TFunction,
  exists: (key: string) => boolean,
  language: string,
  table: AuditTable,
  column: string,
  raw: unknown,
): string | null {
  if (column === 'country' && typeof raw === 'string' && /^[A-Z]{2}$/.test(raw))
    return countryName(raw, language)
  if (dates.test(column) && typeof raw === 'string') {
    const shown = formatDate(raw, language)
    return shown === raw ? null : shown
  }
  if (yesOrNo.has(column) && (raw === 0 || raw === 1))
    return raw === 1 ? t('audit.yes') : t('audit.no')
  const words = wordsByColumn[`${table}.${column}`] ?? wordsInAnyTable[column]
  // `label` sits beside the codes in the kinds' and states' words: it is the heading, not a code.
  if (!words || typeof raw !== 'string' || raw === 'label') return null
  const key = `${words}.${raw}`
  return exists(key) ? t(key as 'audit.yes') : null
}
