import type { AgreementSummary } from '../../shared/agreements/agreement.ts'
import type { Condition } from '../../shared/agreements/conditions.ts'
import type { ExchangeCount } from '../../shared/agreements/counts.ts'
import type { AgreementDetails } from '../../shared/contract/contract.ts'

const stamp = '2026-03-01T10:00:00.000Z'

export function agreementSummary(changes: Partial<AgreementSummary> = {}): AgreementSummary {
  return {
    id: 1,
    reference: 'AGR-2024-001',
    title: 'Student exchange',
    kind: 'student_exchange',
    state: 'active',
    status: 'active',
    partnerNames: 'Partner',
    countries: 'KZ',
    unit: null,
    endsOn: '2027-06-30',
    daysLeft: 300,
    updatedAt: stamp,
    ...changes,
  }
}

export function agreementDetails(changes: Partial<AgreementDetails> = {}): AgreementDetails {
  return {
    id: 11,
    reference: 'AGR-2026-001',
    title: 'Student exchange',
    kind: 'student_exchange',
    state: 'active',
    status: 'active',
    signedOn: null,
    startsOn: '2026-09-01',
    endsOn: '2031-08-31',
    noticeOn: '2031-03-04',
    autoRenew: false,
    renewalTermMonths: null,
    lapseDecidedOn: null,
    noticeDays: 180,
    unit: null,
    coordinator: null,
    notes: null,
    partners: [],
    createdAt: stamp,
    updatedAt: stamp,
    version: 1,
    conditions: [],
    counts: [],
    events: [],
    documents: [],
    ...changes,
  }
}

/** A quota: outgoing bachelor students, two places a year, with no first or last year. */
export function condition(changes: Partial<Condition> = {}): Condition {
  return {
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
    ...changes,
  }
}

/** People exchanged in one academic year for one flow (outgoing bachelor students by default). */
export function exchangeCount(changes: Partial<ExchangeCount> = {}): ExchangeCount {
  return {
    academicYear: 2025,
    direction: 'outgoing',
    mobilityType: 'student_studies',
    level: 'bachelor',
    people: 1,
    ...changes,
  }
}
