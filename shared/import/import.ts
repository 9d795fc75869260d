import { z } from 'zod'
import { base64Content } from '../contract/base64.ts'
import { idField, requiredText } from '../partners/fields.ts'
import type { AgreementKind } from '../agreements/vocabulary.ts'
import type { IsoDate } from '../dates.ts'
import { importFields, type ImportField } from './import-fields.ts'
import type { DateOrder } from './import-dates.ts'

/** Office spreadsheets are rarely over a few megabytes; 30 MB leaves room for 100,000 rows. */
export const maxImportFileBytes = 30 * 1024 * 1024

const importIdField = z.string().regex(/^[a-f0-9]{16,64}$/, { error: 'invalid_value' })

/** Opens a file: its bytes are read once and kept in the main process while the wizard runs. */
export const importOpenInput = z.strictObject({
  fileName: requiredText(255),
  contentBase64: base64Content(maxImportFileBytes),
})
export type ImportOpenInput = z.input<typeof importOpenInput>

/** Which sheet and which of its rows holds the column headers. */
export const importLayoutInput = z.strictObject({
  importId: importIdField,
  sheet: z.number().int().min(0).max(500),
  headerRow: z.number().int().min(0).max(99_999).optional(),
})
export type ImportLayoutInput = z.input<typeof importLayoutInput>

const rowNumberKey = z.string().regex(/^\d{1,6}$/)

/** Everything the user decided in the wizard; the preview and the commit read the same. */
export const importSettingsInput = z.strictObject({
  importId: importIdField,
  sheet: z.number().int().min(0).max(500),
  headerRow: z.number().int().min(0).max(99_999),
  /** Per column of the sheet, the field it fills (null: not imported). */
  mapping: z.array(z.enum(importFields).nullable()).max(500),
  /** How to read 03/04/2020 in this file; null when the file never needs it. */
  dateOrder: z.enum(['dmy', 'mdy']).nullable(),
  /** Corrections typed in the preview: row number (as in the file) → field → text. */
  fixes: z
    .record(rowNumberKey, z.partialRecord(z.enum(importFields), z.string().max(5000)))
    .default({}),
  /** Row numbers the user chose to leave out. */
  skipped: z.array(z.number().int().min(1)).max(100_000).default([]),
  /** Per partner of the file (by its key): link to an existing partner, or create a new one. */
  partnerChoices: z
    .record(z.string().max(400), z.union([z.literal('create'), idField]))
    .default({}),
})
export type ImportSettingsInput = z.input<typeof importSettingsInput>
export type ImportSettings = z.output<typeof importSettingsInput>

export const importJobInput = z.strictObject({ jobId: importIdField })
export const importBatchInput = z.strictObject({ batchId: idField })

export interface ImportColumn {
  index: number
  header: string
  /** The first few values under the header, as text. */
  samples: string[]
}

export interface ImportLayout {
  sheet: number
  headerRow: number
  /** Rows below the header row. */
  dataRows: number
  columns: ImportColumn[]
  mapping: Array<ImportField | null>
  /** True when the mapping is the one saved at the last import of this column layout. */
  mappingRemembered: boolean
  /** What the mapped date columns say about day/month order. */
  dateOrder: 'dmy' | 'mdy' | 'ambiguous' | 'conflict' | 'none'
}

export interface ImportOpened {
  importId: string
  fileName: string
  format: 'xlsx' | 'csv'
  encoding: string | null
  delimiter: string | null
  sheets: Array<{ name: string; rows: number }>
  layout: ImportLayout
}

/** Something about a row, said with a code the interface translates. */
export interface ImportIssue {
  severity: 'error' | 'warning'
  code: ImportIssueCode
  field: ImportField | null
  /** Values for the message: the text read, a row number, a generated reference. */
  params?: Record<string, string | number>
}

export const importIssueCodes = [
  // errors: the row cannot be imported as it is
  'partner_missing',
  'country_missing',
  'country_unknown',
  'date_unreadable',
  'date_impossible',
  'date_ambiguous',
  'date_not_single',
  'duration_without_start',
  'ends_before_start',
  'ends_before_signing',
  'reference_taken',
  'reference_repeated',
  'text_too_long',
  'row_invalid',
  // warnings: imported, with something the user should know
  'reference_generated',
  'kind_unknown',
  'state_unknown',
  'year_only',
  'several_dates',
  'range_in_date',
  'end_pending',
  'notice_unreadable',
  'yes_no_unreadable',
  'email_invalid',
] as const
export type ImportIssueCode = (typeof importIssueCodes)[number]

export type ImportRowStatus = 'ready' | 'warning' | 'error' | 'skipped'

/** A data row of the preview: what will be created from it, and what is wrong with it. */
export interface ImportRowPreview {
  rowNumber: number
  status: ImportRowStatus
  reference: string
  title: string
  kind: AgreementKind
  partners: string[]
  country: string | null
  signedOn: IsoDate | null
  startsOn: IsoDate | null
  endsOn: IsoDate | null
  /** Open-ended: the file says there is no end date. */
  openEnded: boolean
  issues: ImportIssue[]
  /** The row's text per mapped field (with fixes applied), for the fix form. */
  raw: Partial<Record<ImportField, string>>
}

export interface ImportPartnerCandidate {
  id: number
  name: string
  nameNative: string | null
  country: string
  score: number
}

/** A partner named in the file, with the rows that name it and what the commit will do. */
export interface ImportPartnerPreview {
  key: string
  name: string
  /** Other spellings of the same partner in the file, merged into this one. */
  variants: string[]
  country: string | null
  rows: number
  candidates: ImportPartnerCandidate[]
  choice: 'create' | number
  /** Who decided: the user, a sure match (same name), or nobody yet (a likely match to confirm). */
  decidedBy: 'user' | 'match' | 'none'
}

export interface ImportPreview {
  totals: {
    rows: number
    ready: number
    warnings: number
    errors: number
    skipped: number
  }
  /** The partners of importable rows, those to confirm first. */
  partners: ImportPartnerPreview[]
  /** Rows with errors or warnings and skipped rows first, then ready rows, each up to a limit. */
  rows: ImportRowPreview[]
  /** How many rows are not listed (they are counted in the totals). */
  unlistedRows: number
  dateOrderNeeded: boolean
  /** The sheet has no reference column: every agreement gets one such as IMP-0K3F9QZ. */
  referencesGenerated: boolean
  /** Rows of a single cell, read as headings (a country's group, "Итого") and not imported. */
  headingRows: number[]
}

export interface ImportReportRow {
  rowNumber: number
  outcome: 'created' | 'skipped'
  reference: string
  agreementId: number | null
  partners: string[]
  /** Why a row was left out: its errors, or the user's choice. */
  reasons: ImportIssue[]
  skippedByUser: boolean
}

export interface ImportReport {
  batchId: number
  fileName: string
  sheetName: string
  createdAgreements: number
  createdPartners: number
  linkedPartners: number
  createdContacts: number
  skippedRows: number
  rows: ImportReportRow[]
}

export type ImportJob =
  | { jobId: string; state: 'running'; done: number; total: number }
  | { jobId: string; state: 'done'; report: ImportReport }
  | { jobId: string; state: 'failed'; message: string }

/** The newest import that can still be taken back. */
export interface ImportBatchSummary {
  batchId: number
  fileName: string
  createdAt: string
  createdAgreements: number
  createdPartners: number
  /** Why undo would be refused, or null: it would throw away work done since the import. */
  blockedBy: ImportUndoBlock | null
}

export type ImportUndoBlock =
  /** An imported agreement was edited, acted on, or given quotas, counts or documents. */
  | { reason: 'agreement_changed'; reference: string }
  /** A partner or contact the import created was edited or is used by another agreement. */
  | { reason: 'partner_changed'; name: string }

export interface ImportUndone {
  removedAgreements: number
  removedPartners: number
  removedContacts: number
}

export type { DateOrder, ImportField }
