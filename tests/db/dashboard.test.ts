import { applyAgreementAction } from '../../db/agreement-actions.ts'
import { getAgreement } from '../../db/agreements.ts'
import { listAgreements } from '../../db/agreements-list.ts'
import {
  dashboardTiles,
  figuresByCountry,
  flowsByYear,
  mobilityAgainstQuotas,
  recentActivity,
} from '../../db/dashboard.ts'
import { agreementListInput, type AgreementListInput } from '../../shared/agreements/agreement.ts'
import {
  fixtureToday as today,
  officeFixture,
  type OfficeFixture,
} from '../support/office-fixture.ts'

const year = { academicYear: 2026, from: '2026-09-01', to: '2027-08-31' }
let office: OfficeFixture
beforeEach(async () => {
  office = await officeFixture()
})
afterEach(async () => {
  await office.opened.close()
})

const listed = async (input: AgreementListInput) =>
  (
    await listAgreements(
      office.opened.db,
      agreementListInput.parse({ sort: 'reference', ...input }),
      today,
    )
  ).map((row) => row.reference)

describe('dashboard figures, against the hand-counted office', () => {
  it('count the tiles', async () => {
    expect(await dashboardTiles(office.opened.db, today, year)).toEqual({
      inForce: 11, // A01 A02 A03 A04 A05 A06 A12 A13 A15 A16 A17
      partners: 4, // Tbilisi is archived
      countries: 4, // AZ KZ DE, and GE through the archived partner of A12
      newThisYear: 3, // A04 (signed 1 Sep), A05 (starts 31 Aug), A11 (terminated since)
      due: 3, // A03 and A17 overdue, A12 due today; A13 is set to lapse
      expiredRecently: 2, // A07, and A09 exactly 90 days ago; A08 is one day older
    })
  })

  it('open lists that hold exactly what each tile counts', async () => {
    expect(await listed({ inForce: true })).toEqual([
      'A01-INDEF',
      'A02-RUNNING',
      'A03-DUE',
      'A04-NEW-SEPT',
      'A05-NEW-START',
      'A06-SIGNED-BEFORE',
      'A12-ENDS-TODAY',
      'A13-LAPSING',
      'A15-AHEAD',
      'A16-BEYOND',
      'A17-AUTO',
    ])
    expect(await listed({ newFrom: year.from, newTo: year.to })).toEqual([
      'A04-NEW-SEPT',
      'A05-NEW-START',
      'A11-TERMINATED',
    ])
    expect(await listed({ status: 'due' })).toEqual(['A03-DUE', 'A12-ENDS-TODAY', 'A17-AUTO'])
    expect(await listed({ endedWithinDays: 90 })).toEqual(['A07-EXPIRED', 'A09-EXPIRED-EDGE'])
  })

  it('give every agreement the same status in SQL as the shared rule does', async () => {
    const { db } = office.opened
    const rows = await listAgreements(db, agreementListInput.parse({}), today)
    expect(rows).toHaveLength(17)
    for (const row of rows) {
      expect(row.status, row.reference).toBe((await getAgreement(db, row.id, today)).status)
    }
    expect(rows.find((row) => row.reference === 'A13-LAPSING')?.status).toBe('active')
  })

  it('set the year’s quotas against its counts, by direction, mobility and level', async () => {
    const figures = await mobilityAgainstQuotas(office.opened.db, year)
    const key = (f: { direction: string; mobilityType: string; level: string | null }) =>
      `${f.direction} ${f.mobilityType} ${f.level ?? '-'}`
    expect(Object.fromEntries(figures.map((f) => [key(f), [f.quota, f.actual]]))).toEqual({
      // A02 5 + A07 1 (ran into the year); A03's years are over, A08 ended before the year.
      // Counted: A02 4 + A08 2 (counts are the year's, whichever agreement they were under).
      'outgoing student_studies bachelor': [6, 6],
      'incoming student_studies bachelor': [3, 2],
      'outgoing staff_teaching -': [2, 0],
      // A04's outgoing master quota starts in 2027.
      'incoming student_studies master': [6, 1],
      // Suspended agreements still promise their places; the draft's 9 do not count.
      'outgoing staff_training -': [1, 0],
    })
  })

  it('sum the flows of six academic years, with empty years as zero', async () => {
    expect(await flowsByYear(office.opened.db, 2021, 2026)).toEqual([
      { academicYear: 2021, outgoing: 0, incoming: 0 },
      { academicYear: 2022, outgoing: 0, incoming: 0 },
      { academicYear: 2023, outgoing: 0, incoming: 0 },
      { academicYear: 2024, outgoing: 2, incoming: 1 },
      { academicYear: 2025, outgoing: 5, incoming: 1 },
      { academicYear: 2026, outgoing: 6, incoming: 3 },
    ])
  })

  it('count agreements in force and this year’s people by partner country', async () => {
    expect(await figuresByCountry(office.opened.db, today, 2026)).toEqual([
      { country: 'AZ', agreements: 5, people: 6 }, // A01 A02 A03 A13 A17; A02's 4 + 2
      { country: 'KZ', agreements: 4, people: 6 }, // A02 A05 A06 A16; A02 counts for both
      { country: 'DE', agreements: 2, people: 3 }, // A04 A15; A04's 1 + A08's 2
      { country: 'GE', agreements: 1, people: 0 }, // A12
    ])
  })

  it('list the latest history events first, by the day they happened', async () => {
    const { db } = office.opened
    const id = office.ids['A03-DUE']!
    const { version } = await getAgreement(db, id, today)
    await applyAgreementAction(
      db,
      { id, version, action: 'renew', date: today, newEndsOn: '2032-01-31', note: null },
      today,
      '2099-01-01T00:00:00.000Z',
    )
    const recent = await recentActivity(db, today, 3)
    expect(recent).toHaveLength(3)
    expect(recent[0]).toMatchObject({ reference: 'A03-DUE', kind: 'renewed', occurredOn: today })
    // A05's creation is dated 2027 (its start) and is left out. Then the termination of A11 (1 Nov) and the decision to let A13 lapse (20 Oct).
    expect(recent.map((item) => [item.reference, item.kind, item.occurredOn])).toEqual([
      ['A03-DUE', 'renewed', today],
      ['A11-TERMINATED', 'terminated', '2026-11-01'],
      ['A13-LAPSING', 'lapsed', '2026-10-20'],
    ])
  })
})
