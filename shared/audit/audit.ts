import { z } from 'zod'
import { idField } from '../partners/fields.ts'

/** The tables whose changes the audit trail records (and 'restore', for a backup put back). */
export const auditTables = [
  'partners',
  'contacts',
  'agreements',
  'agreement_partners',
  'agreement_conditions',
  'exchange_counts',
  'documents',
  'report_layouts',
  'settings',
  'restore',
] as const
export type AuditTable = (typeof auditTables)[number]

export const auditActions = ['create', 'update', 'delete'] as const
export type AuditAction = (typeof auditActions)[number]

/** One page of the audit log, newest first; `beforeId` pages on from the last entry seen. */
export const auditListInput = z.strictObject({
  table: z.enum(auditTables).optional(),
  recordId: idField.optional(),
  user: z.string().max(200, { error: 'too_long' }).optional(),
  action: z.enum(auditActions).optional(),
  /** Words in the values before or after, folded as everywhere (Cyrillic included). */
  query: z.string().max(200, { error: 'too_long' }).optional(),
  beforeId: idField.optional(),
  limit: z.number().int().min(1).max(500).default(100),
})
export type AuditListInput = z.input<typeof auditListInput>
export type AuditListQuery = z.output<typeof auditListInput>

/** A record's own history: an agreement's includes its partner links, conditions, counts and documents; a partner's its contacts. */
export const auditOfRecordInput = z.strictObject({
  table: z.enum(['agreements', 'partners']),
  id: idField,
})
export type AuditOfRecordInput = z.input<typeof auditOfRecordInput>

export type AuditValues = Record<string, unknown>

export interface AuditEntry {
  id: number
  at: string
  user: string
  table: AuditTable
  recordId: number | null
  action: AuditAction
  before: AuditValues | null
  after: AuditValues | null
}

export interface AuditPage {
  entries: AuditEntry[]
  /** Pass as `beforeId` for the next page; null when this was the last. */
  nextBeforeId: number | null
}

/** Columns that say when and in which version, not what: they are not shown as changes. */
export const auditBookkeeping = ['created_at', 'updated_at', 'version', 'id'] as const

export interface AuditFieldChange {
  field: string
  before: unknown
  after: unknown
}

/** The fields an entry changed (for a create, every field set; for a delete, every field it had). */
export function changedFields(entry: Pick<AuditEntry, 'before' | 'after'>): AuditFieldChange[] {
  const fields = new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])
  const changes: AuditFieldChange[] = []
  for (const field of fields) {
    if ((auditBookkeeping as readonly string[]).includes(field)) continue
    const before = entry.before?.[field] ?? null
    const after = entry.after?.[field] ?? null
    if (JSON.stringify(before) === JSON.stringify(after)) continue
    changes.push({ field, before, after })
  }
  return changes
}
