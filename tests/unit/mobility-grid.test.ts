import type { Condition } from '../../shared/agreements/conditions.ts'
import type { ExchangeCount } from '../../shared/agreements/counts.ts'
import {
  actualFor,
  flowsOf,
  gridYears,
  quotaFor,
} from '../../renderer/features/agreements/mobility-grid.ts'

const condition = (fields: Partial<Condition>): Condition => ({
  id: 1,
  direction: 'outgoing',
  mobilityType: 'student_studies',
  level: 'bachelor',
  placesPerYear: 2,
  monthsPerPlace: null,
  daysPerPlace: null,
  funding: null,
  language: null,
  cefr: null,
  iscedCodes: null,
  firstYear: null,
  lastYear: null,
  ...fields,
})
const count = (fields: Partial<ExchangeCount>): ExchangeCount => ({
  academicYear: 2025,
  direction: 'outgoing',
  mobilityType: 'student_studies',
  level: 'bachelor',
  people: 1,
  ...fields,
})

describe('mobility grid', () => {
  it('adds up the quotas that cover a year, and only those', () => {
    const conditions = [
      condition({ firstYear: 2024, lastYear: 2025 }),
      condition({ placesPerYear: 3, firstYear: 2025 }),
      condition({ level: 'master', placesPerYear: 9 }),
    ]
    const flow = {
      direction: 'outgoing',
      mobilityType: 'student_studies',
      level: 'bachelor',
    } as const
    expect(quotaFor(conditions, flow, 2023)).toBe(0)
    expect(quotaFor(conditions, flow, 2024)).toBe(2)
    expect(quotaFor(conditions, flow, 2025)).toBe(5)
    expect(quotaFor(conditions, flow, 2030)).toBe(3)
  })

  it('lists each flow once, outgoing before incoming, students before staff', () => {
    const flows = flowsOf(
      [
        condition({ direction: 'incoming', mobilityType: 'staff_teaching', level: null }),
        condition({}),
      ],
      [count({}), count({ level: 'doctoral' })],
    )
    expect(flows.map((flow) => `${flow.direction} ${flow.mobilityType} ${flow.level}`)).toEqual([
      'outgoing student_studies bachelor',
      'outgoing student_studies doctoral',
      'incoming staff_teaching null',
    ])
  })

  it('reads the actual count of a year, zero when none was entered', () => {
    const counts = [count({ academicYear: 2024, people: 4 })]
    expect(actualFor(counts, counts[0]!, 2024)).toBe(4)
    expect(actualFor(counts, counts[0]!, 2025)).toBe(0)
  })

  it('shows years from the first quota or count to the current one, at most ten', () => {
    expect(gridYears([condition({ firstYear: 2023 })], [], 2025)).toEqual([2023, 2024, 2025])
    expect(gridYears([], [count({ academicYear: 2001 })], 2025)).toHaveLength(10)
    expect(gridYears([], [], 2025)).toEqual([2025])
  })
})
