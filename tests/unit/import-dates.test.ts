import {
  dateFromExcelSerial,
  detectDateOrder,
  readDateCell,
  type DateCell,
} from '../../shared/import/import-dates.ts'

const date = (iso: string): DateCell => ({ kind: 'date', date: iso })
const invalid = (text: string, reason: 'unreadable' | 'impossible' | 'ambiguous'): DateCell => ({
  kind: 'invalid',
  text,
  reason,
})

describe('readDateCell: cell types', () => {
  it('reads an empty cell as empty', () => {
    expect(readDateCell(null, null)).toEqual({ kind: 'empty' })
    expect(readDateCell('', null)).toEqual({ kind: 'empty' })
    expect(readDateCell(' \u00a0 ', null)).toEqual({ kind: 'empty' })
  })

  it('reads whole numbers 1900..2100 as years, in a number cell or as text', () => {
    expect(readDateCell(2023, null)).toEqual({ kind: 'year', year: 2023 })
    expect(readDateCell('2023', null)).toEqual({ kind: 'year', year: 2023 })
    expect(readDateCell(1900, null)).toEqual({ kind: 'year', year: 1900 })
    expect(readDateCell(2100, null)).toEqual({ kind: 'year', year: 2100 })
    expect(readDateCell('2023 г.', null)).toEqual({ kind: 'year', year: 2023 })
  })

  it('reads numbers 10000..80000 as Excel serial dates, dropping the time of day', () => {
    expect(readDateCell(45292, null)).toEqual(date('2024-01-01'))
    expect(readDateCell(45292.75, null)).toEqual(date('2024-01-01'))
    expect(readDateCell('45292', null)).toEqual(date('2024-01-01'))
    expect(readDateCell(45351, null)).toEqual(date('2024-02-29'))
    expect(readDateCell(10000, null)).toEqual(date('1927-05-18'))
  })

  it('refuses other numbers and booleans', () => {
    expect(readDateCell(12, null)).toEqual(invalid('12', 'unreadable'))
    expect(readDateCell(1899, null)).toEqual(invalid('1899', 'unreadable'))
    expect(readDateCell(2023.5, null)).toEqual(invalid('2023.5', 'unreadable'))
    expect(readDateCell(80001, null)).toEqual(invalid('80001', 'unreadable'))
    expect(readDateCell(-45292, null)).toEqual(invalid('-45292', 'unreadable'))
    expect(readDateCell(true, null)).toEqual(invalid('true', 'unreadable'))
  })
})

describe('dateFromExcelSerial', () => {
  it("counts from 1900-01-01 and skips Excel's fake 1900-02-29 (serial 60)", () => {
    expect(dateFromExcelSerial(1)).toBe('1900-01-01')
    expect(dateFromExcelSerial(59)).toBe('1900-02-28')
    expect(dateFromExcelSerial(60)).toBeNull()
    expect(dateFromExcelSerial(61)).toBe('1900-03-01')
    expect(dateFromExcelSerial(45292)).toBe('2024-01-01')
    expect(dateFromExcelSerial(0)).toBeNull()
    expect(dateFromExcelSerial(Number.NaN)).toBeNull()
  })
})

describe('readDateCell: written dates', () => {
  it('reads ISO dates, with or without a time', () => {
    expect(readDateCell('2020-09-01', null)).toEqual(date('2020-09-01'))
    expect(readDateCell('2020-09-01T10:30:00Z', null)).toEqual(date('2020-09-01'))
    expect(readDateCell('2020-09-01 10:30', 'mdy')).toEqual(date('2020-09-01'))
  })

  it('reads dotted dates day-first whatever the order', () => {
    expect(readDateCell('01.09.2020', null)).toEqual(date('2020-09-01'))
    expect(readDateCell('01.09.2020', 'mdy')).toEqual(date('2020-09-01'))
    expect(readDateCell('1.9.2020', null)).toEqual(date('2020-09-01'))
    expect(readDateCell('\u00a031.08.2025 г.\u00a0', null)).toEqual(date('2025-08-31'))
    expect(readDateCell('31.08.2025 ж.', null)).toEqual(date('2025-08-31'))
    expect(readDateCell('31.08.2025 года', null)).toEqual(date('2025-08-31'))
  })

  it('reads two-digit years 00-69 as 2000s and 70-99 as 1900s', () => {
    expect(readDateCell('1.9.20', null)).toEqual(date('2020-09-01'))
    expect(readDateCell('1.9.69', null)).toEqual(date('2069-09-01'))
    expect(readDateCell('1.9.70', null)).toEqual(date('1970-09-01'))
    expect(readDateCell('31.12.99', null)).toEqual(date('1999-12-31'))
  })

  it('needs the order for a slashed or dashed date that could be either', () => {
    expect(readDateCell('03/04/2020', null)).toEqual(invalid('03/04/2020', 'ambiguous'))
    expect(readDateCell('03/04/2020', 'dmy')).toEqual(date('2020-04-03'))
    expect(readDateCell('03/04/2020', 'mdy')).toEqual(date('2020-03-04'))
    expect(readDateCell('03-04-2020', null)).toEqual(invalid('03-04-2020', 'ambiguous'))
    expect(readDateCell('03-04-2020', 'dmy')).toEqual(date('2020-04-03'))
  })

  it('reads an unambiguous slashed date without an order', () => {
    expect(readDateCell('25/04/2020', null)).toEqual(date('2020-04-25'))
    expect(readDateCell('04/25/2020', null)).toEqual(date('2020-04-25'))
    expect(readDateCell('05/05/2020', null)).toEqual(date('2020-05-05'))
  })

  it('holds a forced order even where the value does not fit it', () => {
    expect(readDateCell('25/04/2020', 'mdy')).toEqual(invalid('25/04/2020', 'impossible'))
    expect(readDateCell('04/25/2020', 'dmy')).toEqual(invalid('04/25/2020', 'impossible'))
  })

  it('reads month names in English and Russian', () => {
    expect(readDateCell('15 March 2020', null)).toEqual(date('2020-03-15'))
    expect(readDateCell('15 марта 2020 г.', null)).toEqual(date('2020-03-15'))
    expect(readDateCell('15 МАРТА 2020', null)).toEqual(date('2020-03-15'))
    expect(readDateCell('March 15, 2020', null)).toEqual(date('2020-03-15'))
    expect(readDateCell('15-Mar-20', null)).toEqual(date('2020-03-15'))
  })

  it('reads a date after "до" or "с"', () => {
    expect(readDateCell('до 31.08.2025', null)).toEqual(date('2025-08-31'))
    expect(readDateCell('с 01.09.2020', null)).toEqual(date('2020-09-01'))
  })

  it('tells leap days from impossible dates', () => {
    expect(readDateCell('29.02.2024', null)).toEqual(date('2024-02-29'))
    expect(readDateCell('2025-02-29', null)).toEqual(invalid('2025-02-29', 'impossible'))
    expect(readDateCell('29.02.1900', null)).toEqual(invalid('29.02.1900', 'impossible'))
    expect(readDateCell('31.02.2020', null)).toEqual(invalid('31.02.2020', 'impossible'))
    expect(readDateCell('2020-13-01', null)).toEqual(invalid('2020-13-01', 'impossible'))
    expect(readDateCell('13/13/2020', null)).toEqual(invalid('13/13/2020', 'impossible'))
    expect(readDateCell('31 April 2020', null)).toEqual(invalid('31 April 2020', 'impossible'))
  })

  it('refuses years no agreement has, rather than guessing a typing slip', () => {
    expect(readDateCell('01.01.0202', null)).toEqual(invalid('01.01.0202', 'impossible'))
    expect(readDateCell('1850 г.', null)).toEqual(invalid('1850 г.', 'unreadable'))
  })
})

describe('readDateCell: ranges, several dates, terms', () => {
  it('reads date ranges in the usual spellings', () => {
    const range = { kind: 'range', from: '2020-09-01', to: '2025-08-31' }
    expect(readDateCell('01.09.2020 - 31.08.2025', null)).toEqual(range)
    expect(readDateCell('01.09.2020–31.08.2025', null)).toEqual(range)
    expect(readDateCell('с 01.09.2020 по 31.08.2025', null)).toEqual(range)
    expect(readDateCell('С 01.09.2020 г. ПО 31.08.2025 г.', null)).toEqual(range)
    expect(readDateCell('2020-09-01 - 2025-08-31', null)).toEqual(range)
    expect(readDateCell('01-09-2020 - 31-08-2025', 'dmy')).toEqual(range)
    expect(readDateCell('01.09.2020 ж. бастап 31.08.2025 ж. дейін', null)).toEqual(range)
  })

  it('reads a range of years from 1 January to 31 December', () => {
    const years = { kind: 'range', from: '2020-01-01', to: '2025-12-31' }
    expect(readDateCell('2020–2025', null)).toEqual(years)
    expect(readDateCell('2020-2025', null)).toEqual(years)
    expect(readDateCell('с 2020 по 2025 гг.', null)).toEqual(years)
  })

  it('refuses a range with an impossible, ambiguous or reversed end', () => {
    expect(readDateCell('01.09.2020 - 31.02.2025', null)).toMatchObject({ reason: 'impossible' })
    expect(readDateCell('03/04/2020 - 05/06/2021', null)).toMatchObject({ reason: 'ambiguous' })
    expect(readDateCell('31.08.2025 - 01.09.2020', null)).toMatchObject({ reason: 'impossible' })
  })

  it('reads several dates in one cell in the order written', () => {
    expect(readDateCell('12.03.2019; продлен 15.04.2024', null)).toEqual({
      kind: 'dates',
      dates: ['2019-03-12', '2024-04-15'],
    })
    expect(readDateCell('15.04.2024, продлён до 2019-03-12', null)).toEqual({
      kind: 'dates',
      dates: ['2024-04-15', '2019-03-12'],
    })
  })

  it('refuses several dates when a number outside them is not understood', () => {
    expect(readDateCell('12.03.2019; доп. соглашение №2 от 15.04.2024', null)).toEqual(
      invalid('12.03.2019; доп. соглашение №2 от 15.04.2024', 'unreadable'),
    )
    expect(readDateCell('12.03.2019; 31.02.2024', null)).toMatchObject({ reason: 'impossible' })
  })

  it.each([
    ['5 лет', 60],
    ['на 5 лет', 60],
    ['сроком на 3 года', 36],
    ['5 years', 60],
    ['24 months', 24],
    ['24 мес.', 24],
    ['5 жыл', 60],
    ['5 il', 60],
    ['6 ай', 6],
    ['18 ay', 18],
    ['1,5 года', 18],
    ['1 ГОД', 12],
  ])('reads the term %s as %i months', (text, months) => {
    expect(readDateCell(text, null)).toEqual({ kind: 'duration', months })
  })

  it('refuses terms that are not a whole number of months', () => {
    expect(readDateCell('2.3 года', null)).toEqual(invalid('2.3 года', 'unreadable'))
    expect(readDateCell('0 лет', null)).toEqual(invalid('0 лет', 'unreadable'))
  })

  it.each([
    'бессрочно',
    'БЕССРОЧНО',
    'Бессрочный',
    'без срока',
    'до расторжения',
    'Indefinite',
    'indefinitely',
    'unlimited',
    'open-ended',
    'no end date',
    'until terminated',
    'мерзімсіз',
    'ШЕКСІЗ',
    'müddətsiz',
    'Limitsiz.',
  ])('reads "%s" as open-ended', (text) => {
    expect(readDateCell(text, null)).toEqual({ kind: 'open' })
  })

  it.each([
    'pending renewal',
    'Renewal pending',
    'under renewal',
    'на продлении',
    'В процессе продления',
    'продлевается',
    'ұзартылуда',
  ])('reads "%s" as a pending renewal, keeping the text', (text) => {
    expect(readDateCell(text, null)).toEqual({ kind: 'pending', text })
  })
})

describe('readDateCell: what it does not understand', () => {
  it.each([
    'garbage',
    'скоро',
    '12.2020',
    'March 2020',
    '15 Foo 2020',
    '01.09.2020 (not signed)',
    '2020-9',
    '1/2',
    'бессрочно?? 2020',
  ])('reads "%s" as unreadable, never as a guess', (text) => {
    expect(readDateCell(text, null)).toEqual(invalid(text, 'unreadable'))
  })
})

describe('detectDateOrder', () => {
  it('finds day-first when some first number is above 12', () => {
    expect(detectDateOrder(['03/04/2020', '25/04/2020', null])).toBe('dmy')
  })

  it('finds month-first when some second number is above 12', () => {
    expect(detectDateOrder(['03/04/2020', '04/25/2020'])).toBe('mdy')
    expect(detectDateOrder(['с 04-25-2020 по 04-24-2025'])).toBe('mdy')
  })

  it('reports a conflict when both occur', () => {
    expect(detectDateOrder(['25/04/2020', '04/25/2020'])).toBe('conflict')
  })

  it('reports ambiguity when every slashed date could be either', () => {
    expect(detectDateOrder(['03/04/2020', '01.09.2020', '2020-09-01'])).toBe('ambiguous')
  })

  it('has nothing to decide for dotted, ISO, number or same-day-and-month dates', () => {
    expect(detectDateOrder(['01.09.2020', '31.12.2020', '2020-09-01', 45292, null])).toBe('none')
    expect(detectDateOrder(['05/05/2020'])).toBe('none')
    expect(detectDateOrder([])).toBe('none')
  })
})
