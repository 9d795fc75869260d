import { annualReportData } from '../../db/reports/annual-report.ts'
import type { AnnualReportData, ReportCountry } from '../../shared/reports/report-data.ts'
import { fixtureToday, officeFixture, type OfficeFixture } from '../support/office-fixture.ts'

/*
 * The annual report of the hand-counted office (tests/support/office-fixture.ts) for the academic
 * year 2026/2027, made on 2026-11-27. Every expected figure below was counted by hand from the
 * fixture's comments; where a figure differs from another sheet's, the comment says why.
 */

let office: OfficeFixture
let report: AnnualReportData
beforeAll(async () => {
  office = await officeFixture()
  report = await annualReportData(
    office.opened.db,
    { kind: 'academic', year: 2026 },
    9,
    fixtureToday,
  )
})
afterAll(async () => {
  await office.opened.close()
})

const references = (rows: { reference: string }[]) => rows.map((row) => row.reference)
const peopleOf = (data: AnnualReportData, direction: 'outgoing' | 'incoming') =>
  data.summary.people
    .filter((entry) => entry.direction === direction)
    .reduce((sum, entry) => sum + entry.people, 0)

describe('the annual report data', () => {
  it('covers the academic year to today, with mobility for that year', () => {
    expect(report.bounds).toEqual({ from: '2026-09-01', to: '2027-08-31', mobilityYear: 2026 })
    expect(report.through).toBe(fixtureToday)
  })

  it('lists the agreements that ran during the year: not drafts, not those ended before it', () => {
    // A08 and A09 ended in August, A10 is a draft; the terminated A11 ran in October.
    expect(references(report.inForce).sort()).toEqual([
      'A01-INDEF', 'A02-RUNNING', 'A03-DUE', 'A04-NEW-SEPT', 'A05-NEW-START',
      'A06-SIGNED-BEFORE', 'A07-EXPIRED', 'A11-TERMINATED', 'A12-ENDS-TODAY', 'A13-LAPSING',
      'A14-SUSPENDED', 'A15-AHEAD', 'A16-BEYOND', 'A17-AUTO',
    ]) // prettier-ignore
    const a02 = report.inForce.find((row) => row.reference === 'A02-RUNNING')!
    // Quotas 5 + 3 + 2 cover 2026; people 4 out, 2 in counted for 2026 (2025's are not this year).
    expect(a02).toMatchObject({ places: 10, outgoing: 4, incoming: 2, leadCountry: 'KZ' })
    expect(a02.countries).toEqual(['AZ', 'KZ'])
    // The master's quota of A04 begins in 2027; the incoming one counts.
    expect(report.inForce.find((row) => row.reference === 'A04-NEW-SEPT')).toMatchObject({
      places: 6,
      incoming: 1,
      noticeOn: '2031-06-02',
    })
  })

  it('gives the headline figures', () => {
    expect(report.summary).toMatchObject({
      inForce: 14,
      newAgreements: 3, // A04 signed 1 September, A05 starting 31 August, A11 signed in October
      ended: 2, // A07 and the terminated A11; A12 ends today, not yet ended
      partners: 5, // the archived Tbilisi partner still has agreements in force
      countries: 4,
    })
    // Every count of 2026, A08's included: the people were exchanged, whatever the agreement's state.
    expect(report.summary.people).toEqual(
      expect.arrayContaining([
        { direction: 'outgoing', group: 'bachelor', people: 6 },
        { direction: 'incoming', group: 'bachelor', people: 2 },
        { direction: 'incoming', group: 'master', people: 1 },
      ]),
    )
    expect(report.summary.people).toHaveLength(3)
    // 10 (A02) + 6 (A04) + 1 (A07) + 1 (A14): no funding was recorded for any of them.
    expect(report.summary.funded).toEqual([{ funding: null, places: 18 }])
  })

  it('counts each agreement once by its lead partner country, so the totals equal the summary', () => {
    const byCountry = Object.fromEntries(report.byCountry.map((row) => [row.country, row]))
    expect(byCountry).toEqual({
      AZ: { country: 'AZ', partners: 2, agreements: 5, newAgreements: 0, places: 1, outgoing: 0, incoming: 0 },
      KZ: { country: 'KZ', partners: 1, agreements: 5, newAgreements: 2, places: 10, outgoing: 4, incoming: 2 },
      DE: { country: 'DE', partners: 1, agreements: 2, newAgreements: 1, places: 6, outgoing: 2, incoming: 1 },
      GE: { country: 'GE', partners: 1, agreements: 2, newAgreements: 0, places: 1, outgoing: 0, incoming: 0 },
    }) // prettier-ignore
    const total = (key: Exclude<keyof ReportCountry, 'country'>) =>
      report.byCountry.reduce((sum, row) => sum + row[key], 0)
    expect(total('agreements')).toBe(report.summary.inForce)
    expect(total('newAgreements')).toBe(report.summary.newAgreements)
    expect(total('partners')).toBe(report.summary.partners)
    expect(total('places')).toBe(18)
    // DE's 2 outgoing are A08's: ended before the year, yet counted in it, as on the Summary.
    expect(total('outgoing')).toBe(peopleOf(report, 'outgoing'))
    expect(total('incoming')).toBe(peopleOf(report, 'incoming'))
  })

  it('sets quotas against people per agreement, direction, mobility type and level', () => {
    const rows = report.mobility.map(
      (row) =>
        `${row.reference} ${row.direction} ${row.mobilityType} ${row.level ?? '-'} ${row.places}/${row.people}`,
    )
    expect(rows).toEqual([
      'A02-RUNNING outgoing staff_teaching - 2/0',
      'A02-RUNNING outgoing student_studies bachelor 5/4',
      'A02-RUNNING incoming student_studies bachelor 3/2',
      'A04-NEW-SEPT incoming student_studies master 6/1',
      'A07-EXPIRED outgoing student_studies bachelor 1/0',
      // Ended before the year, yet two people were counted for it: shown, with no places.
      'A08-EXPIRED-OLD outgoing student_studies bachelor 0/2',
      'A14-SUSPENDED outgoing staff_training - 1/0',
    ])
  })

  it('lists the new and the ended agreements, each in date order', () => {
    expect(report.changes.map((row) => `${row.change} ${row.reference}`)).toEqual([
      'new A04-NEW-SEPT',
      'new A11-TERMINATED',
      'new A05-NEW-START',
      'ended A07-EXPIRED',
      'ended A11-TERMINATED',
    ])
  })

  it('lists the active agreements ending in the next year, soonest first, with days left', () => {
    expect(report.renewals.map((row) => [row.reference, row.daysLeft, row.lapseDecided])).toEqual([
      ['A12-ENDS-TODAY', 0, false],
      ['A13-LAPSING', 18, true],
      ['A17-AUTO', 34, false],
      ['A03-DUE', 65, false],
      ['A15-AHEAD', 155, false],
      ['A16-BEYOND', 247, false],
    ])
  })

  it('reports a calendar year with the academic year that starts in it', async () => {
    const calendar = await annualReportData(
      office.opened.db,
      { kind: 'calendar', year: 2026 },
      9,
      fixtureToday,
    )
    expect(calendar.bounds).toEqual({ from: '2026-01-01', to: '2026-12-31', mobilityYear: 2026 })
    // Also ended in 2026: A08 (28 August) and A09 (29 August), before today.
    expect(calendar.summary.ended).toBe(4)
    // New in 2026: A04, A06 (signed 31 August), A11; A05 starts in 2027.
    expect(calendar.summary.newAgreements).toBe(3)
    expect(references(calendar.changes.filter((row) => row.change === 'new'))).toEqual([
      'A06-SIGNED-BEFORE',
      'A04-NEW-SEPT',
      'A11-TERMINATED',
    ])
    // By country counts the same people as the Summary, though the academic year runs into 2027.
    const people = (direction: 'outgoing' | 'incoming') =>
      calendar.byCountry.reduce((sum, row) => sum + row[direction], 0)
    expect(people('outgoing')).toBe(peopleOf(calendar, 'outgoing'))
    expect(people('incoming')).toBe(peopleOf(calendar, 'incoming'))
    expect(peopleOf(calendar, 'outgoing')).toBe(6)
  })
})
