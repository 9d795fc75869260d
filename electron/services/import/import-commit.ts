import type {
  CommitAgreement,
  CommitPartner,
  CommitResult,
  ImportCommit,
} from '../../../db/imports.ts'
import type { ImportReport } from '../../../shared/import/import.ts'
import type { ImportPlan, PlannedRow } from './import-plan.ts'

const importable = (row: PlannedRow) => row.status === 'ready' || row.status === 'warning'

/** The database writes a plan stands for: importable rows and the partners they name. */
export function commitOf(
  plan: ImportPlan,
  meta: Pick<ImportCommit, 'fileName' | 'sheetName' | 'mapping'>,
): ImportCommit {
  const agreements: CommitAgreement[] = []
  const usedKeys = new Set<string>()
  for (const row of plan.rows) {
    if (!importable(row)) continue
    const partnerKeys = plan.keysOfRow.get(row.rowNumber) ?? []
    for (const key of partnerKeys) usedKeys.add(key)
    agreements.push({
      rowNumber: row.rowNumber,
      data: row.agreement,
      partnerKeys,
      contactName: row.partners[0]?.contactName ?? null,
    })
  }
  const partners: CommitPartner[] = plan.partners
    .filter((partner) => usedKeys.has(partner.key))
    .map((partner) => ({
      key: partner.key,
      linkTo: partner.choice === 'create' ? null : partner.choice,
      create:
        partner.choice === 'create'
          ? {
              name: partner.name,
              nameNative: partner.nameNative,
              kind: 'university',
              // Importable rows always have a country (a row without one is an error).
              country: partner.country ?? '',
              city: partner.city,
              website: null,
              erasmusCode: null,
              schacCode: null,
              nationalId: null,
              notes:
                partner.variants.length > 0
                  ? `Also written as: ${partner.variants.join('; ')}`
                  : null,
            }
          : null,
      contacts: [...partner.contacts.values()],
    }))
  return {
    ...meta,
    partners,
    agreements,
    skippedRows: plan.rows.length - agreements.length,
  }
}

/** What happened to every row, for the screen and the saved report. */
export function reportOf(
  plan: ImportPlan,
  result: CommitResult,
  fileName: string,
  sheetName: string,
): ImportReport {
  const rows = plan.rows.map((row) => {
    const agreementId = result.agreementIds.get(row.rowNumber) ?? null
    return {
      rowNumber: row.rowNumber,
      outcome: agreementId === null ? ('skipped' as const) : ('created' as const),
      reference: row.agreement.reference,
      agreementId,
      partners: row.partners.map((partner) => partner.name),
      reasons: agreementId === null ? row.issues.filter((issue) => issue.severity === 'error') : [],
      skippedByUser: row.status === 'skipped',
    }
  })
  return {
    batchId: result.batchId,
    fileName,
    sheetName,
    createdAgreements: result.agreementIds.size,
    createdPartners: result.createdPartners,
    linkedPartners: result.linkedPartners,
    createdContacts: result.createdContacts,
    skippedRows: rows.filter((row) => row.outcome === 'skipped').length,
    rows,
  }
}
