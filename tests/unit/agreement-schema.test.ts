import { agreementActionInput } from '../../shared/agreements/actions.ts'
import { agreementInput } from '../../shared/agreements/agreement.ts'
import { conditionFields } from '../../shared/agreements/conditions.ts'
import { countsSaveInput } from '../../shared/agreements/counts.ts'
import { fieldErrorsOf } from '../../shared/contract/field-errors.ts'

const valid = {
  reference: 'KZ-AZ/2026/01',
  title: 'Student exchange',
  kind: 'student_exchange',
  state: 'active',
  startsOn: '2026-09-01',
  endsOn: '2031-08-31',
  noticeDays: 90,
  partners: [{ partnerId: 1 }],
}

function errorsOf(
  schema: { safeParse: (input: unknown) => { success: boolean; error?: unknown } },
  input: unknown,
) {
  const result = schema.safeParse(input)
  return result.success ? {} : fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0])
}

describe('agreement input', () => {
  it('accepts an agreement and fills defaults', () => {
    expect(agreementInput.parse({ ...valid, signedOn: '' })).toMatchObject({
      signedOn: null,
      autoRenew: false,
      renewalTermMonths: null,
      partners: [{ partnerId: 1, contactId: null }],
    })
  })

  it('refuses impossible dates and an end before the start', () => {
    expect(errorsOf(agreementInput, { ...valid, startsOn: '2026-02-30' })).toEqual({
      startsOn: 'invalid_date',
    })
    expect(errorsOf(agreementInput, { ...valid, endsOn: '31.08.2031' })).toEqual({
      endsOn: 'invalid_date',
    })
    expect(errorsOf(agreementInput, { ...valid, endsOn: '2026-08-31' })).toEqual({
      endsOn: 'ends_before_start',
    })
  })

  it('accepts an agreement without an end date', () => {
    expect(agreementInput.parse({ ...valid, endsOn: null }).endsOn).toBeNull()
  })

  it('needs a partner, once each', () => {
    expect(errorsOf(agreementInput, { ...valid, partners: [] })).toEqual({
      partners: 'partners_required',
    })
    expect(
      errorsOf(agreementInput, { ...valid, partners: [{ partnerId: 1 }, { partnerId: 1 }] }),
    ).toEqual({ 'partners.1.partnerId': 'duplicate_partner' })
  })

  it('needs an end date and a term to renew itself', () => {
    expect(errorsOf(agreementInput, { ...valid, autoRenew: true })).toEqual({
      renewalTermMonths: 'renewal_term_required',
    })
    expect(
      errorsOf(agreementInput, { ...valid, autoRenew: true, endsOn: null, renewalTermMonths: 12 }),
    ).toEqual({ endsOn: 'renewal_term_required' })
  })

  it('refuses a negative or fractional notice period', () => {
    expect(errorsOf(agreementInput, { ...valid, noticeDays: -1 })).toEqual({
      noticeDays: 'negative',
    })
    expect(errorsOf(agreementInput, { ...valid, noticeDays: 1.5 })).toEqual({
      noticeDays: 'whole_number',
    })
  })
})

describe('conditions, counts and actions', () => {
  const condition = {
    direction: 'outgoing',
    mobilityType: 'student_studies',
    level: 'bachelor',
    placesPerYear: 2,
  }

  it('refuses negative places and years out of order', () => {
    expect(errorsOf(conditionFields, { ...condition, placesPerYear: -2 })).toEqual({
      placesPerYear: 'negative',
    })
    expect(errorsOf(conditionFields, { ...condition, firstYear: 2026, lastYear: 2025 })).toEqual({
      lastYear: 'years_out_of_order',
    })
    expect(errorsOf(conditionFields, { ...condition, iscedCodes: '0588, 06x' })).toEqual({
      iscedCodes: 'invalid_isced',
    })
  })

  it('refuses negative counts and the same row twice', () => {
    const row = { direction: 'incoming', mobilityType: 'staff_teaching', people: 1 }
    expect(
      errorsOf(countsSaveInput, {
        id: 1,
        version: 0,
        academicYear: 2025,
        rows: [{ ...row, people: -1 }],
      }),
    ).toEqual({ 'rows.0.people': 'negative' })
    expect(
      errorsOf(countsSaveInput, { id: 1, version: 0, academicYear: 2025, rows: [row, row] }),
    ).toEqual({ 'rows.1.people': 'duplicate_row' })
  })

  it('needs the new end date to renew or extend', () => {
    expect(
      errorsOf(agreementActionInput, { id: 1, version: 0, action: 'renew', date: '2026-11-27' }),
    ).toEqual({ newEndsOn: 'required' })
    expect(
      errorsOf(agreementActionInput, { id: 1, version: 0, action: 'suspend', date: '2026-11-27' }),
    ).toEqual({})
  })
})
