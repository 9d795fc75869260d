import { sql } from 'kysely'
import type { Db } from './connection.ts'

/**
 * Refreshes the copies of partner names, countries and search text kept on agreements, for one
 * agreement (its partners changed), for every agreement of one partner (the partner was edited),
 * or for every agreement of one import.
 * The caller holds the transaction, so the copies never disagree with the partners.
 */
export async function refreshAgreementPartnerColumns(
  db: Db,
  scope: { agreementId: number } | { partnerId: number } | { importBatchId: number },
): Promise<void> {
  const which =
    'agreementId' in scope
      ? sql`id = ${scope.agreementId}`
      : 'partnerId' in scope
        ? sql`id IN (SELECT agreement_id FROM agreement_partners WHERE partner_id = ${scope.partnerId})`
        : sql`import_batch_id = ${scope.importBatchId}`
  await sql`
    UPDATE agreements SET
      partner_names = coalesce((SELECT group_concat(p.name, '; ' ORDER BY ap.position) FROM agreement_partners ap
        JOIN partners p ON p.id = ap.partner_id WHERE ap.agreement_id = agreements.id), ''),
      countries = coalesce((SELECT group_concat(DISTINCT p.country ORDER BY p.country) FROM agreement_partners ap
        JOIN partners p ON p.id = ap.partner_id WHERE ap.agreement_id = agreements.id), ''),
      partner_search = coalesce((SELECT group_concat(p.search_text, ' ') FROM agreement_partners ap
        JOIN partners p ON p.id = ap.partner_id WHERE ap.agreement_id = agreements.id), '')
    WHERE ${which}`.execute(db)
}
