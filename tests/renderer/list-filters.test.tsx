import {
  filtersFromParams,
  filtersToParams,
  hasNarrowingFilters,
  listInput,
  type PartnerFilters,
} from '../../renderer/features/partners/list-filters.ts'

const defaults: PartnerFilters = {
  query: '',
  country: null,
  kind: null,
  archived: 'active',
  sort: 'name',
  direction: 'asc',
}

/** What the address holds: filtersToParams leaves out undefined values, as href() does. */
function toSearchParams(filters: PartnerFilters): URLSearchParams {
  const entries = Object.entries(filtersToParams(filters)).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  )
  return new URLSearchParams(entries)
}

describe('partner list filters in the address', () => {
  it('falls back to the defaults for unknown values', () => {
    const params = new URLSearchParams({
      country: 'XX',
      kind: 'castle',
      show: 'deleted',
      sort: 'colour',
      dir: 'sideways',
    })
    expect(filtersFromParams(params)).toEqual(defaults)
  })

  it('reads known values', () => {
    const params = new URLSearchParams(
      'q=baku&country=AZ&kind=ministry&show=all&sort=updated&dir=desc',
    )
    expect(filtersFromParams(params)).toEqual({
      query: 'baku',
      country: 'AZ',
      kind: 'ministry',
      archived: 'all',
      sort: 'updated',
      direction: 'desc',
    })
  })

  it('round-trips through the address', () => {
    const cases: PartnerFilters[] = [
      defaults,
      {
        query: 'Алматы',
        country: 'KZ',
        kind: 'research_institute',
        archived: 'archived',
        sort: 'country',
        direction: 'desc',
      },
      { ...defaults, kind: 'company', archived: 'all' },
    ]
    for (const filters of cases) expect(filtersFromParams(toSearchParams(filters))).toEqual(filters)
  })

  it('keeps the defaults out of the address', () => {
    expect(toSearchParams(defaults).toString()).toBe('')
  })

  it('sends a trimmed query and only the filters that narrow', () => {
    expect(listInput({ ...defaults, query: '  baku ' })).toEqual({
      query: 'baku',
      archived: 'active',
      sort: 'name',
      direction: 'asc',
    })
    expect(listInput({ ...defaults, query: '   ' })).not.toHaveProperty('query')
    expect(hasNarrowingFilters({ ...defaults, query: '   ' })).toBe(false)
    expect(hasNarrowingFilters({ ...defaults, archived: 'all' })).toBe(true)
  })
})
