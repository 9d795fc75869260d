import {
  agreementFiltersFromParams,
  agreementFiltersToParams,
  agreementListInputOf,
  columnsFromView,
  defaultAgreementColumns,
  narrowsAgreements,
  type AgreementFilters,
} from '../../renderer/features/agreements/agreement-filters.ts'

const defaults: AgreementFilters = {
  query: '',
  status: null,
  kind: null,
  country: null,
  partnerId: null,
  unit: null,
  endsWithinDays: null,
  inForce: false,
  newPeriod: null,
  endedWithinDays: null,
  sort: 'endsOn',
  direction: 'asc',
}

/** What the address holds: undefined values are left out, as href() does. */
function toSearchParams(filters: AgreementFilters): URLSearchParams {
  const entries = Object.entries(agreementFiltersToParams(filters)).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  )
  return new URLSearchParams(entries)
}

describe('agreement filters in the address', () => {
  it('reads every known value and writes it back unchanged', () => {
    const address =
      'q=tartu&status=due&kind=research&country=EE&partner=12&unit=Rectorate&within=90'
    const filters = agreementFiltersFromParams(
      new URLSearchParams(`${address}&sort=partners&dir=desc`),
    )

    expect(filters).toEqual({
      query: 'tartu',
      status: 'due',
      kind: 'research',
      country: 'EE',
      partnerId: 12,
      unit: 'Rectorate',
      endsWithinDays: 90,
      inForce: false,
      newPeriod: null,
      endedWithinDays: null,
      sort: 'partners',
      direction: 'desc',
    })
    expect(toSearchParams(filters).toString()).toBe(`${address}&sort=partners&dir=desc`)
    expect(agreementFiltersFromParams(toSearchParams(filters))).toEqual(filters)
  })

  it('reads the dashboard tiles’ filters and sends them to the list operation', () => {
    const filters = agreementFiltersFromParams(
      new URLSearchParams('force=1&from=2026-09-01&to=2027-08-31&ended=90'),
    )
    expect(filters).toMatchObject({
      inForce: true,
      newPeriod: { from: '2026-09-01', to: '2027-08-31' },
      endedWithinDays: 90,
    })
    expect(agreementListInputOf(filters)).toMatchObject({
      inForce: true,
      newFrom: '2026-09-01',
      newTo: '2027-08-31',
      endedWithinDays: 90,
    })
    expect(narrowsAgreements({ ...defaults, inForce: true })).toBe(true)
    // A period needs both ends, written as real dates.
    const broken = new URLSearchParams('from=2026-09-01&to=soon&ended=-3')
    expect(agreementFiltersFromParams(broken)).toMatchObject({
      newPeriod: null,
      endedWithinDays: null,
    })
  })

  it('leaves the defaults out of the address', () => {
    expect(toSearchParams(defaults).toString()).toBe('')
    expect(agreementFiltersFromParams(new URLSearchParams())).toEqual(defaults)
  })

  it('falls back to the defaults for unknown values', () => {
    const params = new URLSearchParams({
      status: 'lapsed',
      kind: 'treaty',
      country: 'XX',
      partner: 'Baku',
      unit: '',
      within: '-30',
      sort: 'colour',
      dir: 'sideways',
    })
    expect(agreementFiltersFromParams(params)).toEqual(defaults)
    expect(agreementFiltersFromParams(new URLSearchParams('within=soon')).endsWithinDays).toBe(null)
    expect(agreementFiltersFromParams(new URLSearchParams('within=1.5')).endsWithinDays).toBe(null)
  })

  it('sends only the filters that narrow the list, with a trimmed query', () => {
    expect(agreementListInputOf(defaults)).toEqual({ sort: 'endsOn', direction: 'asc' })
    expect(
      agreementListInputOf({ ...defaults, query: '  tartu ', status: 'due', endsWithinDays: 30 }),
    ).toEqual({
      query: 'tartu',
      status: 'due',
      endsWithinDays: 30,
      sort: 'endsOn',
      direction: 'asc',
    })
    expect(agreementListInputOf({ ...defaults, query: '   ' })).toEqual({
      sort: 'endsOn',
      direction: 'asc',
    })
  })

  it('counts a filter as narrowing but not the sort or a blank query', () => {
    expect(narrowsAgreements({ ...defaults, sort: 'reference', direction: 'desc' })).toBe(false)
    expect(narrowsAgreements({ ...defaults, query: '  ' })).toBe(false)
    expect(narrowsAgreements({ ...defaults, unit: 'Rectorate' })).toBe(true)
    expect(narrowsAgreements({ ...defaults, endsWithinDays: 30 })).toBe(true)
  })
})

describe('columnsFromView', () => {
  it('keeps the reference column even when the saved view leaves it out', () => {
    expect(columnsFromView(['status', 'title'])).toEqual(['reference', 'title', 'status'])
    expect(columnsFromView([])).toEqual(['reference'])
  })

  it('ignores unknown columns and puts the known ones in table order', () => {
    expect(columnsFromView(['unit', 'colour', 'reference', 42, 'endsOn'])).toEqual([
      'reference',
      'endsOn',
      'unit',
    ])
  })

  it('uses the default columns when nothing usable was saved', () => {
    expect(columnsFromView(undefined)).toEqual(defaultAgreementColumns)
    expect(columnsFromView('reference,title')).toEqual(defaultAgreementColumns)
    expect(defaultAgreementColumns[0]).toBe('reference')
  })
})
