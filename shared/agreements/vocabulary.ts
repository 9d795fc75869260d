/** The words of agreements and mobility, as stored. Labels live in the UI's translations. */
export const agreementKinds = [
  'framework',
  'student_exchange',
  'staff_exchange',
  'research',
  'internship',
  'joint_degree',
  'scholarship',
  'erasmus_iia',
  'other',
] as const
export type AgreementKind = (typeof agreementKinds)[number]

export const directions = ['outgoing', 'incoming'] as const
export type Direction = (typeof directions)[number]

export const mobilityTypes = [
  'student_studies',
  'student_traineeship',
  'staff_teaching',
  'staff_training',
] as const
export type MobilityType = (typeof mobilityTypes)[number]

/** Study levels with their EQF levels (6, 7, 8). Staff mobility has no level. */
export const studyLevels = ['bachelor', 'master', 'doctoral'] as const
export type StudyLevel = (typeof studyLevels)[number]

export const fundings = ['partner', 'government', 'erasmus', 'own_budget', 'other'] as const
export type Funding = (typeof fundings)[number]

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const
export type CefrLevel = (typeof cefrLevels)[number]

export const documentKinds = [
  'signed_copy',
  'amendment',
  'annex',
  'correspondence',
  'other',
] as const
export type DocumentKind = (typeof documentKinds)[number]

export const eventKinds = [
  'created',
  'edited',
  'renewed',
  'extended',
  'auto_renewed',
  'amended',
  'suspended',
  'resumed',
  'terminated',
  'lapsed',
  'document_added',
  'document_removed',
] as const
export type EventKind = (typeof eventKinds)[number]

export function isStaffMobility(type: MobilityType): boolean {
  return type === 'staff_teaching' || type === 'staff_training'
}
