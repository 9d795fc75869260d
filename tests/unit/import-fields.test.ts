import type { Cell } from '../../shared/import/cell.ts'
import { findHeaderRow } from '../../shared/import/header-row.ts'
import {
  fieldForHeader,
  importFields,
  suggestMapping,
  type ImportField,
} from '../../shared/import/import-fields.ts'

describe('fieldForHeader', () => {
  const headers: Record<ImportField, string[]> = {
    reference: ['№ договора', 'Номер соглашения', 'Reference', 'Ref. No', 'Agreement No.'],
    title: ['Название', 'Предмет договора', 'Title', 'Subject', 'Атауы', 'Adı'],
    kind: ['Вид соглашения', 'Тип договора', 'Type', 'Agreement type', 'Müqavilənin növü'],
    state: ['Статус', 'Status', 'Күйі', 'Состояние'],
    partner: ['Университет-партнер', 'Вуз-партнер', 'Партнер', 'Partner university'],
    partnerNative: ['Name in native language', 'Название на языке оригинала'],
    country: ['Страна', 'Country', 'Ел', 'Мемлекет', 'Ölkə'],
    city: ['Город', 'City', 'Қала', 'Şəhər'],
    signedOn: ['Дата подписания', 'Date signed', 'Signed', 'Қол қойылған күні'],
    startsOn: ['Дата начала', 'Start date', 'Valid from', 'Действует с', 'Başlama tarixi'],
    endsOn: ['Срок действия', 'Действует до', 'Valid until', 'Expiry date', 'Аяқталу күні'],
    noticeDays: ['Notice period', 'Срок уведомления', 'Ескерту мерзімі'],
    autoRenew: ['Автопролонгация', 'Auto-renewal', 'Автоматическое продление'],
    unit: ['Ответственное подразделение', 'Faculty', 'Факультет', 'Жауапты бөлім'],
    coordinator: ['Координатор', 'Ответственный', 'Coordinator'],
    contactName: ['Контактное лицо', 'Contact person', 'Байланыс тұлғасы', 'Əlaqə şəxsi'],
    contactEmail: ['E-mail', 'Email', 'Эл. почта', 'Электронная почта'],
    notes: ['Примечание', 'Notes', 'Comments', 'Ескерту', 'Qeyd'],
  }

  it.each(importFields)('reads the usual headers of %s', (field) => {
    expect(headers[field].map(fieldForHeader)).toEqual(headers[field].map(() => field))
  })

  it('reads Kazakh and Azerbaijani headers', () => {
    expect(fieldForHeader('Шарт нөмірі')).toBe('reference')
    expect(fieldForHeader('Müqavilə №')).toBe('reference')
    expect(fieldForHeader('Серіктес университет')).toBe('partner')
    expect(fieldForHeader('Tərəfdaş universitet')).toBe('partner')
    expect(fieldForHeader('İmzalanma tarixi')).toBe('signedOn')
    expect(fieldForHeader('Қолданылу мерзімі')).toBe('endsOn')
    expect(fieldForHeader('Etibarlılıq müddəti')).toBe('endsOn')
  })

  it('ignores case, punctuation, stars, colons and notes in parentheses', () => {
    expect(fieldForHeader('Дата подписания (дд.мм.гггг)')).toBe('signedOn')
    expect(fieldForHeader('  СТРАНА*: ')).toBe('country')
    expect(fieldForHeader('E-MAIL')).toBe('contactEmail')
    expect(fieldForHeader('Дата\u00a0начала')).toBe('startsOn')
  })

  it('takes the end date from "Срок действия договора", the longer name winning', () => {
    expect(fieldForHeader('Срок действия договора')).toBe('endsOn')
    expect(fieldForHeader('Срок уведомления о расторжении')).toBe('noticeDays')
  })

  it('takes what a header describes over what it names, in either word order', () => {
    expect(fieldForHeader('Страна партнера')).toBe('country')
    expect(fieldForHeader('Страна вуза-партнера')).toBe('country')
    expect(fieldForHeader('Partner country')).toBe('country')
    expect(fieldForHeader('Coordinator e-mail')).toBe('contactEmail')
    expect(fieldForHeader('Статус договора')).toBe('state')
    expect(fieldForHeader('Müqavilənin bitmə tarixi')).toBe('endsOn')
  })

  it('reads "Дата" alone as the signing date', () => {
    expect(fieldForHeader('Дата')).toBe('signedOn')
    expect(fieldForHeader('Дата договора')).toBe('signedOn')
  })

  it('tells the partner name from the title in "Наименование вуза-партнера"', () => {
    expect(fieldForHeader('Наименование')).toBe('title')
    expect(fieldForHeader('Наименование вуза-партнера')).toBe('partner')
  })

  it('matches whole words only, so short names are not found inside longer words', () => {
    // "ел" (country) is inside "подразделение"; "договора" (reference) only counts alone.
    expect(fieldForHeader('Подразделение')).toBe('unit')
    expect(fieldForHeader('Переделка')).toBeNull()
  })

  it('leaves unknown and empty headers and the row number column unmapped', () => {
    expect(fieldForHeader('№')).toBeNull()
    expect(fieldForHeader('№ п/п')).toBeNull()
    expect(fieldForHeader('Телефон')).toBeNull()
    expect(fieldForHeader('')).toBeNull()
    expect(fieldForHeader('***')).toBeNull()
  })
})

describe('suggestMapping', () => {
  it('maps each column to its field and leaves unknown columns null', () => {
    expect(suggestMapping(['№', 'Партнер', 'Страна', 'Дата подписания', 'Телефон'])).toEqual([
      null,
      'partner',
      'country',
      'signedOn',
      null,
    ])
  })

  it('gives a field to its best-matching column only', () => {
    // "Дата подписания" names the signing date better than "Дата" alone.
    expect(suggestMapping(['Дата', 'Дата подписания'])).toEqual([null, 'signedOn'])
    expect(suggestMapping(['Дата подписания', 'Дата'])).toEqual(['signedOn', null])
  })

  it('lets the first of two equally good columns keep the field', () => {
    expect(suggestMapping(['Страна', 'Телефон', 'страна'])).toEqual(['country', null, null])
  })

  it('returns one entry per header', () => {
    expect(suggestMapping([])).toEqual([])
    expect(suggestMapping(['', ''])).toEqual([null, null])
  })
})

describe('findHeaderRow', () => {
  const header: Cell[] = ['№', 'Партнер', 'Страна', 'Дата подписания', 'Срок действия']
  const data: Cell[] = [1, 'Baku State University', 'Азербайджан', '12.03.2019', '5 лет']

  it('skips a merged title row and blank rows above the header', () => {
    expect(findHeaderRow([['Реестр договоров 2024'], [], [null, null], header, data])).toBe(3)
  })

  it('takes the row naming the most fields', () => {
    const weaker: Cell[] = ['Партнер', 'Страна', null, null]
    expect(findHeaderRow([weaker, header, data])).toBe(1)
  })

  it('falls back to the first row with two text cells when no row names two fields', () => {
    expect(findHeaderRow([['Реестр'], [1, 2, 3], ['Foo', null, 'Bar'], ['x', 'y']])).toBe(2)
  })

  it('does not count one known header as a header row', () => {
    expect(findHeaderRow([['Партнер'], ['Foo', 'Bar']])).toBe(1)
  })

  it('looks only at the first 30 rows', () => {
    const filler: Cell[][] = Array.from({ length: 30 }, () => [null])
    expect(findHeaderRow([...filler, header])).toBe(0)
    expect(findHeaderRow([...filler.slice(1), header])).toBe(29)
  })

  it('returns 0 for an empty sheet', () => {
    expect(findHeaderRow([])).toBe(0)
    expect(findHeaderRow([[], [null]])).toBe(0)
  })
})
