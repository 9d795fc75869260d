import type { OpenedDatabase } from '../../db/connection.ts'
import { applyAgreementAction } from '../../db/agreement-actions.ts'
import { createAgreement, getAgreement } from '../../db/agreements.ts'
import { createPartner, setPartnerArchived } from '../../db/partners.ts'
import { agreementInput, type AgreementInput } from '../../shared/agreements/agreement.ts'
import { partnerInput } from '../../shared/partners/partner.ts'
import { migratedMemoryDb } from './test-db.ts'

/**
 * A small office whose every dashboard and renewals figure was counted by hand; the comments
 * say where each agreement falls on `fixtureToday` (academic year 2026/2027 from 1 September).
 */
export const fixtureToday = '2026-11-27'

export interface OfficeFixture {
  opened: OpenedDatabase
  /** Agreement ids by reference. */
  ids: Record<string, number>
}

export async function officeFixture(): Promise<OfficeFixture> {
  const opened = await migratedMemoryDb()
  const { db } = opened
  const partner = (name: string, country: string) =>
    createPartner(db, partnerInput.parse({ name, kind: 'university', country }))
  const bsu = await partner('Baku State University', 'AZ')
  const kaznu = await partner('Al-Farabi Kazakh National University', 'KZ')
  const ada = await partner('ADA University', 'AZ')
  const tub = await partner('Technische Universität Berlin', 'DE')
  const tsu = await partner('Tbilisi State University', 'GE')
  await setPartnerArchived(db, tsu, true) // archived, but still the partner of an agreement in force

  const ids: Record<string, number> = {}
  const agreement = async (
    reference: string,
    partners: number[],
    fields: Partial<AgreementInput>,
  ) => {
    ids[reference] = await createAgreement(
      db,
      agreementInput.parse({
        reference,
        title: `Agreement ${reference}`,
        kind: 'student_exchange',
        state: 'active',
        noticeDays: 90,
        partners: partners.map((partnerId) => ({ partnerId })),
        ...fields,
      }),
      fixtureToday,
    )
  }
  // In force: indefinite.
  await agreement('A01-INDEF', [bsu], { signedOn: '2020-03-01' })
  // In force, two countries; quotas and counts below.
  await agreement('A02-RUNNING', [kaznu, bsu], {
    signedOn: '2024-06-01',
    startsOn: '2024-09-01',
    endsOn: '2029-08-31',
  })
  // In force and overdue: notice date 2026-11-02 has passed.
  await agreement('A03-DUE', [ada], { signedOn: '2022-01-10', endsOn: '2027-01-31' })
  // New: signed on the first day of the academic year.
  await agreement('A04-NEW-SEPT', [tub], {
    signedOn: '2026-09-01',
    startsOn: '2026-09-15',
    endsOn: '2031-08-31',
  })
  // New: no signing date, starts on the last day of the academic year.
  await agreement('A05-NEW-START', [kaznu], { startsOn: '2027-08-31', endsOn: '2032-08-31' })
  // Not new: signed the day before the academic year began.
  await agreement('A06-SIGNED-BEFORE', [kaznu], { signedOn: '2026-08-31', endsOn: '2030-08-31' })
  // Expired 57 days ago: ended recently.
  await agreement('A07-EXPIRED', [bsu], {
    signedOn: '2021-05-01',
    endsOn: '2026-10-01',
    noticeDays: 30,
  })
  // Expired 91 days ago: one day too early for "recently", and before the academic year.
  await agreement('A08-EXPIRED-OLD', [tub], { signedOn: '2021-05-01', endsOn: '2026-08-28' })
  // Expired exactly 90 days ago: still recent.
  await agreement('A09-EXPIRED-EDGE', [bsu], {
    signedOn: '2021-05-01',
    endsOn: '2026-08-29',
    noticeDays: 30,
  })
  // A draft starting this year is not new and not in force.
  await agreement('A10-DRAFT', [tub], {
    state: 'draft',
    startsOn: '2026-10-01',
    endsOn: '2031-09-30',
  })
  // Signed this year and since terminated: new, not in force.
  await agreement('A11-TERMINATED', [kaznu], {
    signedOn: '2026-10-05',
    startsOn: '2026-10-05',
    endsOn: '2030-10-05',
  })
  // Ends today with no notice period: due today, still in force; its partner is archived.
  await agreement('A12-ENDS-TODAY', [tsu], {
    signedOn: '2021-11-27',
    endsOn: fixtureToday,
    noticeDays: 0,
  })
  // Would be overdue, but the office decided to let it lapse.
  await agreement('A13-LAPSING', [ada], {
    signedOn: '2021-12-15',
    endsOn: '2026-12-15',
    noticeDays: 60,
  })
  // Suspended: not in force.
  await agreement('A14-SUSPENDED', [tsu], { signedOn: '2023-01-01', endsOn: '2028-01-01' })
  // Notice date 2027-01-31: ahead, within a 90-day horizon.
  await agreement('A15-AHEAD', [tub], { signedOn: '2023-05-01', endsOn: '2027-05-01' })
  // Notice date 2027-05-03: beyond 90 days, within 180.
  await agreement('A16-BEYOND', [kaznu], { signedOn: '2023-05-01', endsOn: '2027-08-01' })
  // Renews itself, but its notice date (2026-11-01) has passed: overdue.
  await agreement('A17-AUTO', [ada], {
    signedOn: '2023-05-01',
    endsOn: '2026-12-31',
    noticeDays: 60,
    autoRenew: true,
    renewalTermMonths: 12,
  })

  const act = async (
    reference: string,
    action: 'terminate' | 'lapse' | 'suspend',
    date: string,
  ) => {
    const id = ids[reference]!
    const { version } = await getAgreement(db, id, fixtureToday)
    await applyAgreementAction(
      db,
      { id, version, action, date, newEndsOn: null, note: null },
      fixtureToday,
    )
  }
  await act('A11-TERMINATED', 'terminate', '2026-11-01')
  await act('A13-LAPSING', 'lapse', '2026-10-20')
  await act('A14-SUSPENDED', 'suspend', '2026-06-01')

  const quota = (reference: string, values: string) =>
    opened.sqlite.exec(`INSERT INTO agreement_conditions
      (agreement_id, position, direction, mobility_type, level, places_per_year, first_year, last_year)
      VALUES (${ids[reference]}, 0, ${values})`)
  quota('A02-RUNNING', `'outgoing', 'student_studies', 'bachelor', 5, 2024, 2028`)
  quota('A02-RUNNING', `'incoming', 'student_studies', 'bachelor', 3, NULL, NULL`)
  quota('A02-RUNNING', `'outgoing', 'staff_teaching', NULL, 2, NULL, NULL`)
  quota('A03-DUE', `'outgoing', 'student_studies', 'bachelor', 4, NULL, 2025`) // years over
  quota('A04-NEW-SEPT', `'outgoing', 'student_studies', 'master', 2, 2027, NULL`) // not yet
  quota('A04-NEW-SEPT', `'incoming', 'student_studies', 'master', 6, NULL, NULL`)
  quota('A07-EXPIRED', `'outgoing', 'student_studies', 'bachelor', 1, NULL, NULL`) // ran into the year
  quota('A08-EXPIRED-OLD', `'outgoing', 'student_studies', 'bachelor', 10, NULL, NULL`) // ended before it
  quota('A10-DRAFT', `'incoming', 'staff_teaching', NULL, 9, NULL, NULL`) // a draft promises nothing
  quota('A14-SUSPENDED', `'outgoing', 'staff_training', NULL, 1, NULL, NULL`)

  const count = (reference: string, values: string) =>
    opened.sqlite.exec(`INSERT INTO exchange_counts
      (agreement_id, academic_year, direction, mobility_type, level, people)
      VALUES (${ids[reference]}, ${values})`)
  count('A02-RUNNING', `2026, 'outgoing', 'student_studies', 'bachelor', 4`)
  count('A02-RUNNING', `2026, 'incoming', 'student_studies', 'bachelor', 2`)
  count('A02-RUNNING', `2025, 'outgoing', 'student_studies', 'bachelor', 5`)
  count('A02-RUNNING', `2025, 'incoming', 'staff_teaching', '', 1`)
  count('A04-NEW-SEPT', `2026, 'incoming', 'student_studies', 'master', 1`)
  count('A08-EXPIRED-OLD', `2026, 'outgoing', 'student_studies', 'bachelor', 2`)
  count('A01-INDEF', `2020, 'outgoing', 'staff_training', '', 3`) // before the chart's six years
  count('A03-DUE', `2024, 'outgoing', 'student_studies', 'bachelor', 2`)
  count('A03-DUE', `2024, 'incoming', 'student_studies', 'bachelor', 1`)
  return { opened, ids }
}
