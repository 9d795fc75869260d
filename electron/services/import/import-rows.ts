import { z } from 'zod'
import type { AgreementData } from '../../../shared/agreements/agreement.ts'
import { daysBetween } from '../../../shared/dates.ts'
import type { AgreementState } from '../../../shared/agreements/status.ts'
import type { AgreementKind } from '../../../shared/agreements/vocabulary.ts'
import { cellText, type Cell, type SheetRows } from '../../../shared/import/cell.ts'
import { isLikelyCountryRow } from '../../../shared/import/import-countries.ts'
import type { DateOrder } from '../../../shared/import/import-dates.ts'
import type { ImportField } from '../../../shared/import/import-fields.ts'
import { noticeDaysFromText, yesNoFromText } from '../../../shared/import/import-words.ts'
import type { ImportIssue, ImportSettings } from '../../../shared/import/import.ts'
import { cachedCountry, cachedKind, cachedState } from './cached-readers.ts'
import { generatedReference } from './generated-reference.ts'
import { readRowDates } from './read-row-dates.ts'

/** A partner as one row names it. */
export interface PartnerMention {
  name: string
  nameNative: string | null
  country: string | null
  city: string | null
  contactName: string | null
  contactEmail: string | null
}

/** One data row of the sheet, read into what it would create. */
export interface RowDraft {
  rowNumber: number
  raw: Partial<Record<ImportField, string>>
  issues: ImportIssue[]
  partners: PartnerMention[]
  /** Everything an agreement needs but its partners. */
  agreement: Omit<AgreementData, 'partners'>
  referenceGiven: boolean
  openEnded: boolean
}

/** The longest text each field takes, as the agreement and partner schemas allow. */
const maxLength: Partial<Record<ImportField, number>> = {
  reference: 60,
  title: 300,
  partner: 300,
  partnerNative: 300,
  city: 120,
  unit: 200,
  coordinator: 200,
  contactName: 200,
  notes: 4000,
}

/** Notice period when the file has none: the most common one in offices' agreements. */
const defaultNoticeDays = 90
const emailPattern = z.regexes.email

/**
 * Reads the sheet's data rows under the header row. Blank rows are passed over; a row with a
 * single filled cell outside the partner column is a heading: when it names a country, that
 * country applies to the rows beneath it (offices group their sheets by country).
 */
export function readImportRows(
  rows: SheetRows,
  settings: Pick<ImportSettings, 'headerRow' | 'mapping' | 'dateOrder' | 'fixes'>,
): { drafts: RowDraft[]; headings: number[] } {
  const columnOf = new Map<ImportField, number>()
  settings.mapping.forEach((field, index) => {
    if (field && !columnOf.has(field)) columnOf.set(field, index)
  })
  const drafts: RowDraft[] = []
  const headings: number[] = []
  let groupCountry: string | null = null
  for (let index = settings.headerRow + 1; index < rows.length; index++) {
    const cells = rows[index] ?? []
    const rowNumber = index + 1
    const fixes = settings.fixes[String(rowNumber)] ?? {}
    const filled = cells.flatMap((cell, column) => (cellText(cell) ? [column] : []))
    if (filled.length === 0 && Object.keys(fixes).length === 0) continue
    if (filled.length === 1 && Object.keys(fixes).length === 0) {
      // A lone cell is a heading: a country starts its group; any other ("Другие страны",
      // "Итого") ends the group above, so its country does not run on into other rows.
      groupCountry = isLikelyCountryRow(cells)
      headings.push(rowNumber)
      continue
    }
    const cell = (field: ImportField): Cell => {
      const fixed = fixes[field]
      if (fixed !== undefined) return fixed.trim() === '' ? null : fixed.trim()
      const column = columnOf.get(field)
      return column === undefined ? null : (cells[column] ?? null)
    }
    drafts.push(
      readRow(rowNumber, cell, settings.dateOrder, groupCountry, columnOf.has('reference')),
    )
  }
  return { drafts, headings }
}

function readRow(
  rowNumber: number,
  cell: (field: ImportField) => Cell,
  dateOrder: DateOrder | null,
  groupCountry: string | null,
  referenceMapped: boolean,
): RowDraft {
  const issues: ImportIssue[] = []
  const raw: Partial<Record<ImportField, string>> = {}
  const text = (field: ImportField): string => {
    const value = cellText(cell(field))
    if (value) raw[field] = value
    const max = maxLength[field]
    if (max !== undefined && value.length > max) {
      issues.push({ severity: 'error', code: 'text_too_long', field, params: { max } })
    }
    return value
  }
  const optional = (field: ImportField) => text(field) || null

  const referenceText = text('reference')
  const partners = readPartners(text, groupCountry, issues)
  const title = text('title') || partners.map((partner) => partner.name).join(', ')
  const kind = readKind(text('kind'), title, issues)
  const state = readState(text('state'), issues)
  // Date cells keep their type (an Excel date or serial number), so they are read as cells.
  for (const field of ['signedOn', 'startsOn', 'endsOn'] as const) text(field)
  const dates = readRowDates(
    { signedOn: cell('signedOn'), startsOn: cell('startsOn'), endsOn: cell('endsOn') },
    dateOrder,
    issues,
  )
  const reference =
    referenceText ||
    generatedReference(
      [
        partners.map((partner) => partner.name).join(';'),
        partners[0]?.country,
        kind,
        dates.signedOn,
        dates.startsOn,
        dates.endsOn,
        dates.openEnded,
      ].join('|'),
    )
  // A sheet without a reference column gets references throughout, which the preview says once.
  if (!referenceText && referenceMapped) {
    issues.push({
      severity: 'warning',
      code: 'reference_generated',
      field: 'reference',
      params: { reference },
    })
  }
  const noticeText = text('noticeDays')
  let noticeDays = defaultNoticeDays
  if (noticeText) {
    const read = noticeDaysFromText(cell('noticeDays'))
    if (read === null) {
      issues.push({
        severity: 'warning',
        code: 'notice_unreadable',
        field: 'noticeDays',
        params: { text: noticeText },
      })
    } else noticeDays = Math.min(read, 3650)
  }
  const autoRenewText = text('autoRenew')
  let autoRenew = autoRenewText ? yesNoFromText(autoRenewText) : false
  if (autoRenew === null) {
    issues.push({
      severity: 'warning',
      code: 'yes_no_unreadable',
      field: 'autoRenew',
      params: { text: autoRenewText },
    })
    autoRenew = false
  }
  // Renewing itself needs an end to renew at; by its own length, or yearly when that is unknown.
  autoRenew = autoRenew && dates.endsOn !== null
  const notes = [
    optional('notes'),
    dates.pendingText ? `End date in the imported file: ${dates.pendingText}` : null,
  ]
    .filter(Boolean)
    .join('\n')
  return {
    rowNumber,
    raw,
    issues,
    partners,
    referenceGiven: Boolean(referenceText),
    openEnded: dates.openEnded,
    agreement: {
      reference,
      title: title.slice(0, 300),
      kind,
      state,
      signedOn: dates.signedOn,
      startsOn: dates.startsOn,
      endsOn: dates.endsOn,
      autoRenew,
      renewalTermMonths: autoRenew
        ? termMonths(dates.startsOn ?? dates.signedOn, dates.endsOn)
        : null,
      noticeDays,
      unit: optional('unit'),
      coordinator: optional('coordinator'),
      notes: notes || null,
    },
  }
}

/** One cell may name several partners (a consortium), one per line or separated by ";". */
function readPartners(
  text: (field: ImportField) => string,
  groupCountry: string | null,
  issues: ImportIssue[],
): PartnerMention[] {
  const split = (value: string) =>
    value
      .split(/[\n;]+/)
      .map((part) => part.trim())
      .filter(Boolean)
  const names = split(text('partner'))
  const natives = split(text('partnerNative'))
  const countryText = text('country')
  let country = groupCountry
  if (countryText) {
    country = cachedCountry(countryText)
    if (!country) {
      issues.push({
        severity: 'error',
        code: 'country_unknown',
        field: 'country',
        params: { text: countryText },
      })
    }
  } else if (!country && names.length > 0) {
    issues.push({ severity: 'error', code: 'country_missing', field: 'country' })
  }
  if (names.length === 0) {
    issues.push({ severity: 'error', code: 'partner_missing', field: 'partner' })
  }
  const contactName = text('contactName') || null
  const emailText = text('contactEmail')
  const contactEmail = emailText && emailPattern.test(emailText) ? emailText : null
  if (emailText && !contactEmail) {
    issues.push({
      severity: 'warning',
      code: 'email_invalid',
      field: 'contactEmail',
      params: { text: emailText },
    })
  }
  const city = text('city') || null
  return names.map((written, index) => {
    const { name, nameNative } = splitScripts(written)
    return {
      name,
      nameNative: natives[index] ?? nameNative,
      country,
      city,
      // The contact columns speak of the first (leading) partner.
      contactName: index === 0 ? contactName : null,
      contactEmail: index === 0 ? contactEmail : null,
    }
  })
}

const cyrillic = /\p{Script=Cyrillic}/u
const latin = /\p{Script=Latin}/u

/**
 * "Бакинский государственный университет / Baku State University": a name written in both
 * scripts. The Latin one becomes the partner's name and the other its native name, as the
 * partner form keeps them.
 */
function splitScripts(written: string): { name: string; nameNative: string | null } {
  const parts = written.split(/\s+\/\s+/)
  if (parts.length !== 2) return { name: written, nameNative: null }
  const [first, second] = parts as [string, string]
  const onlyLatin = (text: string) => latin.test(text) && !cyrillic.test(text)
  const onlyCyrillic = (text: string) => cyrillic.test(text) && !latin.test(text)
  if (onlyCyrillic(first) && onlyLatin(second)) return { name: second, nameNative: first }
  if (onlyLatin(first) && onlyCyrillic(second)) return { name: first, nameNative: second }
  return { name: written, nameNative: null }
}

function readKind(kindText: string, title: string, issues: ImportIssue[]): AgreementKind {
  if (!kindText) return cachedKind(title) ?? 'other'
  const kind = cachedKind(kindText)
  if (kind) return kind
  issues.push({
    severity: 'warning',
    code: 'kind_unknown',
    field: 'kind',
    params: { text: kindText },
  })
  return 'other'
}

function readState(stateText: string, issues: ImportIssue[]): AgreementState {
  if (!stateText) return 'active'
  const state = cachedState(stateText)
  if (state) return state
  issues.push({
    severity: 'warning',
    code: 'state_unknown',
    field: 'state',
    params: { text: stateText },
  })
  return 'active'
}

/** The agreement's own length in whole months (1 September 2020 to 31 August 2025 is 60). */
function termMonths(from: string | null, to: string | null): number {
  if (!from || !to) return 12
  const months = Math.round((daysBetween(from, to) + 1) / 30.44)
  return Math.min(120, Math.max(1, months))
}
