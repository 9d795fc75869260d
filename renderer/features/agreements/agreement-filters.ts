import {
  agreementSorts,
  type AgreementListInput,
  type AgreementSort,
} from '../../../shared/agreements/agreement.ts'
import { agreementStatuses, type AgreementStatus } from '../../../shared/agreements/status.ts'
import { agreementKinds, type AgreementKind } from '../../../shared/agreements/vocabulary.ts'
import { isCountryCode } from '../../../shared/countries.ts'
import { isIsoDate } from '../../../shared/dates.ts'

export interface AgreementFilters {
  query: string
  status: AgreementStatus | null
  kind: AgreementKind | null
  country: string | null
  partnerId: number | null
  unit: string | null
  endsWithinDays: number | null
  /** The dashboard's filters: in force, new in a period, ended lately. */
  inForce: boolean
  newPeriod: { from: string; to: string } | null
  endedWithinDays: number | null
  sort: AgreementSort
  direction: 'asc' | 'desc'
}

export const endsWithinChoices = [30, 90, 180, 365] as const

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((known) => known === value) ?? null

/** The list's filters live in the address (Back returns to the same list) and are remembered. */
export function agreementFiltersFromParams(params: URLSearchParams): AgreementFilters {
  const country = params.get('country')
  const within = Number(params.get('within'))
  const ended = Number(params.get('ended'))
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  return {
    // The search box holds at most 200 characters, as the list operation accepts.
    query: (params.get('q') ?? '').slice(0, 200),
    status: oneOf(agreementStatuses, params.get('status')),
    kind: oneOf(agreementKinds, params.get('kind')),
    country: country && isCountryCode(country) ? country : null,
    partnerId: /^\d+$/.test(params.get('partner') ?? '') ? Number(params.get('partner')) : null,
    unit: params.get('unit') || null,
    endsWithinDays: Number.isInteger(within) && within > 0 ? within : null,
    inForce: params.get('force') === '1',
    newPeriod: isIsoDate(from) && isIsoDate(to) ? { from, to } : null,
    endedWithinDays: Number.isInteger(ended) && ended > 0 && ended <= 36500 ? ended : null,
    sort: oneOf(agreementSorts, params.get('sort')) ?? 'endsOn',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  }
}

export function agreementFiltersToParams(
  filters: AgreementFilters,
): Record<string, string | undefined> {
  return {
    q: filters.query || undefined,
    status: filters.status ?? undefined,
    kind: filters.kind ?? undefined,
    country: filters.country ?? undefined,
    partner: filters.partnerId ? String(filters.partnerId) : undefined,
    unit: filters.unit ?? undefined,
    within: filters.endsWithinDays ? String(filters.endsWithinDays) : undefined,
    force: filters.inForce ? '1' : undefined,
    from: filters.newPeriod?.from,
    to: filters.newPeriod?.to,
    ended: filters.endedWithinDays ? String(filters.endedWithinDays) : undefined,
    sort: filters.sort === 'endsOn' ? undefined : filters.sort,
    dir: filters.direction === 'asc' ? undefined : filters.direction,
  }
}

export function agreementListInputOf(filters: AgreementFilters): AgreementListInput {
  return {
    ...(filters.query.trim() ? { query: filters.query.trim() } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.partnerId ? { partnerId: filters.partnerId } : {}),
    ...(filters.unit ? { unit: filters.unit } : {}),
    ...(filters.endsWithinDays ? { endsWithinDays: filters.endsWithinDays } : {}),
    ...(filters.inForce ? { inForce: true } : {}),
    ...(filters.newPeriod ? { newFrom: filters.newPeriod.from, newTo: filters.newPeriod.to } : {}),
    ...(filters.endedWithinDays ? { endedWithinDays: filters.endedWithinDays } : {}),
    sort: filters.sort,
    direction: filters.direction,
  }
}

export function narrowsAgreements(filters: AgreementFilters): boolean {
  return Boolean(
    filters.query.trim() ||
    filters.status ||
    filters.kind ||
    filters.country ||
    filters.partnerId ||
    filters.unit ||
    filters.endsWithinDays ||
    filters.inForce ||
    filters.newPeriod ||
    filters.endedWithinDays,
  )
}

/** Columns a person can show or hide; reference always shows, it names the row. */
export const agreementColumns = [
  'reference',
  'title',
  'partners',
  'country',
  'kind',
  'status',
  'endsOn',
  'daysLeft',
  'unit',
] as const
export type AgreementColumn = (typeof agreementColumns)[number]
export const defaultAgreementColumns: AgreementColumn[] = [
  'reference',
  'partners',
  'country',
  'kind',
  'status',
  'endsOn',
  'daysLeft',
]

export function columnsFromView(value: unknown): AgreementColumn[] {
  if (!Array.isArray(value)) return defaultAgreementColumns
  const chosen = agreementColumns.filter((column) => value.includes(column))
  return chosen.includes('reference') ? chosen : ['reference', ...chosen]
}
