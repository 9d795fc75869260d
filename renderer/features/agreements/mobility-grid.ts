import type { Condition } from '../../../shared/agreements/conditions.ts'
import type { ExchangeCount } from '../../../shared/agreements/counts.ts'
import {
  directions,
  mobilityTypes,
  studyLevels,
  type Direction,
  type MobilityType,
  type StudyLevel,
} from '../../../shared/agreements/vocabulary.ts'

/** One flow of people: outgoing bachelor students, incoming teaching staff... */
export interface Flow {
  direction: Direction
  mobilityType: MobilityType
  level: StudyLevel | null
}

export const flowKey = (flow: Flow) => `${flow.direction}/${flow.mobilityType}/${flow.level ?? ''}`

const order = (flow: Flow) =>
  directions.indexOf(flow.direction) * 100 +
  mobilityTypes.indexOf(flow.mobilityType) * 10 +
  (flow.level ? studyLevels.indexOf(flow.level) + 1 : 0)

/** Every flow that has a quota or a count, in a stable reading order. */
export function flowsOf(conditions: Condition[], counts: ExchangeCount[]): Flow[] {
  const flows = new Map<string, Flow>()
  for (const { direction, mobilityType, level } of [...conditions, ...counts]) {
    const flow = { direction, mobilityType, level }
    flows.set(flowKey(flow), flow)
  }
  return [...flows.values()].sort((a, b) => order(a) - order(b))
}

/** The places a flow is promised in an academic year: quotas that cover that year, added up. */
export function quotaFor(conditions: Condition[], flow: Flow, academicYear: number): number {
  return conditions
    .filter((condition) => flowKey(condition) === flowKey(flow))
    .filter(
      (condition) =>
        (condition.firstYear ?? -Infinity) <= academicYear &&
        academicYear <= (condition.lastYear ?? Infinity),
    )
    .reduce((sum, condition) => sum + condition.placesPerYear, 0)
}

export function actualFor(counts: ExchangeCount[], flow: Flow, academicYear: number): number {
  return (
    counts.find((count) => count.academicYear === academicYear && flowKey(count) === flowKey(flow))
      ?.people ?? 0
  )
}

/** The academic years to show: from the first count or quota year to the current year. */
export function gridYears(
  conditions: Condition[],
  counts: ExchangeCount[],
  currentYear: number,
): number[] {
  const starts = [
    ...counts.map((count) => count.academicYear),
    ...conditions.map((condition) => condition.firstYear ?? currentYear),
  ]
  const first = Math.min(currentYear, ...starts)
  const last = Math.max(currentYear, ...counts.map((count) => count.academicYear))
  // A long history is shown as its last ten years; older counts stay in the database and reports.
  const from = Math.max(first, last - 9)
  return Array.from({ length: last - from + 1 }, (_, index) => from + index)
}
