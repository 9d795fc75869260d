import { fieldErrorsOf } from '../../shared/contract/field-errors.ts'
import { contactCreateInput } from '../../shared/partners/contact.ts'
import { partnerInput, partnerListInput } from '../../shared/partners/partner.ts'

const valid = { name: 'Baku State University', kind: 'university', country: 'AZ' }

function errorsOf(
  schema: { safeParse: (input: unknown) => { success: boolean; error?: unknown } },
  input: unknown,
) {
  const result = schema.safeParse(input)
  if (result.success) return {}
  return fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0])
}

describe('partner input', () => {
  it('accepts a minimal partner and turns empty optional text into null', () => {
    const parsed = partnerInput.parse({ ...valid, nameNative: '  ', city: '', website: null })
    expect(parsed).toMatchObject({
      name: 'Baku State University',
      nameNative: null,
      city: null,
      website: null,
    })
  })

  it('trims text and upper-cases the country code', () => {
    expect(
      partnerInput.parse({ ...valid, name: '  ADA University ', country: 'az' }),
    ).toMatchObject({
      name: 'ADA University',
      country: 'AZ',
    })
  })

  it('names each bad field with its message key', () => {
    expect(
      errorsOf(partnerInput, {
        name: '   ',
        kind: 'castle',
        country: 'XX',
        website: 'ftp://x',
        schacCode: 'Not A Domain',
      }),
    ).toEqual({
      name: 'required',
      kind: 'invalid_value',
      country: 'invalid_country',
      website: 'invalid_url',
      schacCode: 'invalid_schac',
    })
  })

  it('asks for a country when none is given', () => {
    expect(errorsOf(partnerInput, { name: 'X', kind: 'university', country: '' })).toEqual({
      country: 'required',
    })
  })

  it('refuses fields that are not part of the operation', () => {
    expect(errorsOf(partnerInput, { ...valid, archived_at: '2020-01-01' })).toEqual({
      archived_at: 'unknown_field',
    })
  })

  it('refuses names longer than 300 characters', () => {
    expect(errorsOf(partnerInput, { ...valid, name: 'x'.repeat(301) })).toEqual({
      name: 'too_long',
    })
  })

  it('reports a wrong type as an invalid value, not a crash', () => {
    expect(errorsOf(partnerInput, { ...valid, name: 42 })).toEqual({ name: 'required' })
    expect(errorsOf(partnerInput, 'not an object')).toEqual({ '(input)': 'invalid_value' })
  })
})

describe('contact input', () => {
  it('checks the e-mail address only when one is given', () => {
    expect(
      contactCreateInput.parse({ partnerId: 1, fullName: 'Leyla Mammadova', email: '' }).email,
    ).toBeNull()
    expect(
      errorsOf(contactCreateInput, { partnerId: 1, fullName: 'Leyla', email: 'leyla@' }),
    ).toEqual({ email: 'invalid_email' })
  })

  it('requires a name', () => {
    expect(errorsOf(contactCreateInput, { partnerId: 1, fullName: '' })).toEqual({
      fullName: 'required',
    })
  })
})

describe('partner list input', () => {
  it('defaults to active partners sorted by name', () => {
    expect(partnerListInput.parse({})).toEqual({
      archived: 'active',
      sort: 'name',
      direction: 'asc',
    })
  })
})
