import {
  actualFor,
  flowsOf,
  gridYears,
  quotaFor,
  type Flow,
} from '../../renderer/features/agreements/mobility-grid.ts'
import { condition, exchangeCount } from './agreement-fixtures.ts'

const bachelorsOut: Flow = {
  direction: 'outgoing',
  mobilityType: 'student_studies',
  level: 'bachelor',
}
const teachingIn: Flow = { direction: 'incoming', mobilityType: 'staff_teaching', level: null }

describe('flowsOf', () => {
  it('lists each flow once, outgoing first, then by mobility type and level', () => {
    const flows = flowsOf(
      [
        condition({ ...teachingIn }),
        condition({ level: 'master' }),
        condition({ ...bachelorsOut, id: 2 }),
      ],
      [
        exchangeCount({ ...bachelorsOut }),
        exchangeCount({ direction: 'outgoing', mobilityType: 'staff_teaching', level: null }),
        exchangeCount({ direction: 'outgoing', mobilityType: 'student_studies', level: null }),
      ],
    )

    expect(flows).toEqual([
      { direction: 'outgoing', mobilityType: 'student_studies', level: null },
      bachelorsOut,
      { direction: 'outgoing', mobilityType: 'student_studies', level: 'master' },
      { direction: 'outgoing', mobilityType: 'staff_teaching', level: null },
      teachingIn,
    ])
  })

  it('has no flows without quotas or counts', () => {
    expect(flowsOf([], [])).toEqual([])
  })
})

describe('quotaFor', () => {
  const quotas = [
    condition({ id: 1, placesPerYear: 2, firstYear: 2024, lastYear: 2025 }),
    condition({ id: 2, placesPerYear: 3, firstYear: 2025, lastYear: null }),
    condition({ id: 3, placesPerYear: 10, level: 'master' }),
    condition({ id: 4, placesPerYear: 7, ...teachingIn }),
  ]

  it('adds up the quotas of the flow that cover the year', () => {
    expect(quotaFor(quotas, bachelorsOut, 2023)).toBe(0)
    expect(quotaFor(quotas, bachelorsOut, 2024)).toBe(2)
    expect(quotaFor(quotas, bachelorsOut, 2025)).toBe(5)
    expect(quotaFor(quotas, bachelorsOut, 2030)).toBe(3)
    expect(quotaFor(quotas, teachingIn, 1990)).toBe(7)
  })
})

describe('actualFor', () => {
  it("reads the year's count for the flow, or zero", () => {
    const counts = [
      exchangeCount({ academicYear: 2024, people: 4 }),
      exchangeCount({ academicYear: 2025, people: 6 }),
      exchangeCount({ academicYear: 2025, ...teachingIn, people: 1 }),
    ]
    expect(actualFor(counts, bachelorsOut, 2025)).toBe(6)
    expect(actualFor(counts, teachingIn, 2025)).toBe(1)
    expect(actualFor(counts, teachingIn, 2024)).toBe(0)
  })
})

describe('gridYears', () => {
  it('runs from the first count or quota year to the current year', () => {
    expect(gridYears([condition({ firstYear: 2023 })], [], 2025)).toEqual([2023, 2024, 2025])
    expect(gridYears([], [exchangeCount({ academicYear: 2022 })], 2024)).toEqual([2022, 2023, 2024])
    expect(gridYears([condition()], [], 2025)).toEqual([2025])
  })

  it('reaches a later year that already has counts', () => {
    expect(gridYears([], [exchangeCount({ academicYear: 2027 })], 2025)).toEqual([2025, 2026, 2027])
  })

  it('shows at most the last ten years', () => {
    const years = gridYears([condition({ firstYear: 2001 })], [], 2025)
    expect(years).toHaveLength(10)
    expect(years[0]).toBe(2016)
    expect(years.at(-1)).toBe(2025)
  })
})
