import {
  partnerKinds,
  partnerSorts,
  type PartnerKind,
  type PartnerListInput,
  type PartnerSort,
} from '../../../shared/partners/partner.ts'
import { isCountryCode } from '../../../shared/countries.ts'

export type ArchivedFilter = 'active' | 'archived' | 'all'

export interface PartnerFilters {
  query: string
  country: string | null
  kind: PartnerKind | null
  archived: ArchivedFilter
  sort: PartnerSort
  direction: 'asc' | 'desc'
}

/** The list's filters live in the address, so Back returns to the same list. */
export function filtersFromParams(params: URLSearchParams): PartnerFilters {
  const country = params.get('country')
  const kind = params.get('kind')
  const archived = params.get('show')
  const sort = params.get('sort')
  return {
    // The search box holds at most 200 characters, as the list operation accepts.
    query: (params.get('q') ?? '').slice(0, 200),
    country: country && isCountryCode(country) ? country : null,
    kind: partnerKinds.find((known) => known === kind) ?? null,
    archived: archived === 'archived' || archived === 'all' ? archived : 'active',
    sort: partnerSorts.find((known) => known === sort) ?? 'name',
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
  }
}

export function filtersToParams(filters: PartnerFilters): Record<string, string | undefined> {
  return {
    q: filters.query || undefined,
    country: filters.country ?? undefined,
    kind: filters.kind ?? undefined,
    show: filters.archived === 'active' ? undefined : filters.archived,
    sort: filters.sort === 'name' ? undefined : filters.sort,
    dir: filters.direction === 'asc' ? undefined : filters.direction,
  }
}

export function listInput(filters: PartnerFilters): PartnerListInput {
  return {
    ...(filters.query.trim() ? { query: filters.query.trim() } : {}),
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    archived: filters.archived,
    sort: filters.sort,
    direction: filters.direction,
  }
}

export function hasNarrowingFilters(filters: PartnerFilters): boolean {
  return Boolean(
    filters.query.trim() || filters.country || filters.kind || filters.archived !== 'active',
  )
}
