import { referenceKey } from '../../../db/agreements.ts'
import { agreementInput } from '../../../shared/agreements/agreement.ts'
import { importFields, type ImportField } from '../../../shared/import/import-fields.ts'
import type { SheetRows } from '../../../shared/import/cell.ts'
import type { ImportIssue, ImportRowStatus, ImportSettings } from '../../../shared/import/import.ts'
import { readImportRows, type RowDraft } from './import-rows.ts'
import { matchPartners, type ExistingPartner, type MatchedPartners } from './partner-matching.ts'

/** What the database holds that a plan is checked against. */
export interface PlanContext {
  existingPartners: readonly ExistingPartner[]
  /** Folded references of the agreements already in the database. */
  takenReferences: ReadonlySet<string>
}

export interface PlannedRow extends RowDraft {
  status: ImportRowStatus
}

export interface ImportPlan extends MatchedPartners {
  rows: PlannedRow[]
  /** Rows read as headings (a country's group, "Итого"): not agreements, not imported. */
  headings: number[]
}

/**
 * The whole import as it would run: every data row read and checked (also against the
 * database and the file's other rows), and the partners matched. The preview shows it and the
 * commit carries it out, so the two never disagree.
 */
export function planImport(
  sheet: SheetRows,
  settings: ImportSettings,
  context: PlanContext,
): ImportPlan {
  const { drafts, headings } = readImportRows(sheet, settings)
  const skipped = new Set(settings.skipped)
  const firstRowOfReference = new Map<string, number>()
  for (const draft of drafts) {
    if (skipped.has(draft.rowNumber)) continue
    checkAgainstSchema(draft)
    const key = referenceKey(draft.agreement.reference)
    if (context.takenReferences.has(key)) {
      draft.issues.push(issue('reference_taken', { text: draft.agreement.reference }))
      continue
    }
    const first = firstRowOfReference.get(key)
    if (first === undefined) firstRowOfReference.set(key, draft.rowNumber)
    else draft.issues.push(issue('reference_repeated', { row: first }))
  }
  const rows = drafts.map((draft) => ({ ...draft, status: statusOf(draft, skipped) }))
  // Rows the user left out do not bring their partners into the import.
  const partnerRows = rows.filter((row) => row.status !== 'skipped')
  return {
    rows,
    headings,
    ...matchPartners(partnerRows, context.existingPartners, settings.partnerChoices),
  }
}

/**
 * The agreement schema has the last word: whatever the row readers let through, a row the
 * schema refuses is an error here rather than a failed commit.
 */
function checkAgainstSchema(draft: RowDraft): void {
  if (draft.issues.some((found) => found.severity === 'error')) return
  const parsed = agreementInput.safeParse({ ...draft.agreement, partners: [{ partnerId: 1 }] })
  if (parsed.success) return
  for (const problem of parsed.error.issues) {
    const name = String(problem.path[0] ?? '')
    const field = (importFields as readonly string[]).includes(name) ? (name as ImportField) : null
    draft.issues.push({
      severity: 'error',
      code: 'row_invalid',
      field,
      params: { text: problem.message },
    })
  }
}

function issue(code: ImportIssue['code'], params: ImportIssue['params']): ImportIssue {
  return { severity: 'error', code, field: 'reference', params }
}

function statusOf(draft: RowDraft, skipped: ReadonlySet<number>): ImportRowStatus {
  if (skipped.has(draft.rowNumber)) return 'skipped'
  if (draft.issues.some((found) => found.severity === 'error')) return 'error'
  if (draft.issues.length > 0) return 'warning'
  return 'ready'
}
