import type {
  ImportPreview,
  ImportRowPreview,
  ImportSettings,
} from '../../../shared/import/import.ts'
import type { ImportPlan, PlannedRow } from './import-plan.ts'

/** Enough to fix every problem of a usual sheet; a wrong mapping shows its first thousand. */
const listedProblemRows = 1000
const listedReadyRows = 100

/** What the preview screen shows of a plan. */
export function previewOf(plan: ImportPlan, settings: ImportSettings): ImportPreview {
  const count = (status: PlannedRow['status']) =>
    plan.rows.filter((row) => row.status === status).length
  const problems = plan.rows.filter((row) => row.status !== 'ready').slice(0, listedProblemRows)
  const ready = plan.rows.filter((row) => row.status === 'ready').slice(0, listedReadyRows)
  const listed = [...problems, ...ready].sort((a, b) => a.rowNumber - b.rowNumber)
  const dateIssue = (row: PlannedRow) => row.issues.some((issue) => issue.code === 'date_ambiguous')
  const partners = plan.partners
    .map(({ contacts: _, nameNative: __, city: ___, ...partner }) => partner)
    .sort(
      (a, b) =>
        Number(b.decidedBy === 'none') - Number(a.decidedBy === 'none') ||
        b.rows - a.rows ||
        a.name.localeCompare(b.name),
    )
  return {
    totals: {
      rows: plan.rows.length,
      ready: count('ready'),
      warnings: count('warning'),
      errors: count('error'),
      skipped: count('skipped'),
    },
    partners,
    rows: listed.map(toPreviewRow),
    unlistedRows: plan.rows.length - listed.length,
    dateOrderNeeded: settings.dateOrder === null && plan.rows.some(dateIssue),
    referencesGenerated: !settings.mapping.includes('reference'),
    headingRows: plan.headings,
  }
}

function toPreviewRow(row: PlannedRow): ImportRowPreview {
  return {
    rowNumber: row.rowNumber,
    status: row.status,
    reference: row.agreement.reference,
    title: row.agreement.title,
    kind: row.agreement.kind,
    partners: row.partners.map((partner) => partner.name),
    country: row.partners[0]?.country ?? null,
    signedOn: row.agreement.signedOn,
    startsOn: row.agreement.startsOn,
    endsOn: row.agreement.endsOn,
    openEnded: row.openEnded,
    issues: row.issues,
    raw: row.raw,
  }
}
