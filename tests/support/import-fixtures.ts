import ExcelJS from 'exceljs'
import { zipSync, zlibSync, strToU8 } from 'fflate'
import { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import type { Cell } from '../../shared/import/cell.ts'

/**
 * Spreadsheets as an international office really keeps them, for the importer's tests, its
 * end-to-end test and the benchmark: a title above the header, country group rows, merged
 * partner names, dates in every shape, stray spaces, blank rows. Everything is built in code,
 * deterministically, and handed over as the file's bytes.
 */

// ---------------------------------------------------------------------------------------------
// The messy workbook

/** What the fixture wrote into one cell (A–H). */
export type WrittenValue =
  | string
  | number
  | null
  /** A real date cell (midnight UTC of this day), shown as dd.mm.yyyy. */
  | { date: string }
  /** A real date cell with a time of day (ISO instant, UTC). */
  | { dateTime: string }
  /** A number in a date-formatted cell, e.g. a serial with float error. */
  | { serial: number; numFmt: string }
  /** A rich-text string written in runs (the read value is the runs joined). */
  | { richText: string[] }
  /** A formula with its cached result. */
  | { formula: string; result: number }

export interface MessyRow {
  /** 1-based row number in the sheet. */
  row: number
  kind: 'title' | 'blank' | 'header' | 'group' | 'agreement'
  /** The values written into columns A–H. */
  written: WrittenValue[]
  /** What the file reader gives for the row (8 cells: trimmed, dates as ISO, merges filled). */
  cells: Cell[]
  /** Agreement rows: the partner as a person reads it (the merged name over its rows). */
  partner?: string | null
  /** Agreement rows: the country cell as written, or the group's when it is empty. */
  country?: string
}

const header = [
  '№',
  'Университет-партнер',
  'Страна',
  'Вид соглашения',
  'Дата подписания',
  'Срок действия',
  'Координатор',
  'Примечание',
]

const title = 'Реестр международных договоров КазНУ, 2024'
const blank = (): WrittenValue[] => Array.from({ length: 8 }, () => null)
const nulls = (count: number): null[] => Array.from({ length: count }, () => null)

const kaznu = 'Казахский национальный университет им. аль-Фараби'

const messyRows: MessyRow[] = [
  { row: 1, kind: 'title', written: [title, ...nulls(7)], cells: [title, ...nulls(7)] },
  { row: 2, kind: 'blank', written: blank(), cells: nulls(8) },
  { row: 3, kind: 'header', written: header, cells: header },
  {
    row: 4,
    kind: 'group',
    written: ['Азербайджан', ...nulls(7)],
    cells: ['Азербайджан', ...nulls(7)],
  },
  {
    row: 5,
    kind: 'agreement',
    written: [
      1,
      'Бакинский государственный университет / Baku State University',
      null,
      'Меморандум о сотрудничестве',
      { date: '2019-03-15' },
      'бессрочно',
      'Алиева Н.',
      null,
    ],
    cells: [
      1,
      'Бакинский государственный университет / Baku State University',
      null,
      'Меморандум о сотрудничестве',
      '2019-03-15',
      'бессрочно',
      'Алиева Н.',
      null,
    ],
    partner: 'Бакинский государственный университет / Baku State University',
    country: 'Азербайджан',
  },
  {
    row: 6,
    kind: 'agreement',
    written: [
      2,
      'ADA University',
      null,
      'Договор об академической мобильности',
      43910,
      '01.09.2020 - 31.08.2025',
      'Мамедов Р.',
      'Erasmus+ KA171',
    ],
    cells: [
      2,
      'ADA University',
      null,
      'Договор об академической мобильности',
      43910,
      '01.09.2020 - 31.08.2025',
      'Мамедов Р.',
      'Erasmus+ KA171',
    ],
    partner: 'ADA University',
    country: 'Азербайджан',
  },
  {
    row: 7,
    kind: 'agreement',
    written: [
      3,
      'Azerbaijan State Oil and Industry University',
      null,
      'Соглашение о двойном дипломе',
      '15.03.2019',
      '5 лет',
      null,
      'оригинал в папке 12',
    ],
    cells: [
      3,
      'Azerbaijan State Oil and Industry University',
      null,
      'Соглашение о двойном дипломе',
      '15.03.2019',
      '5 лет',
      null,
      'оригинал в папке 12',
    ],
    partner: 'Azerbaijan State Oil and Industry University',
    country: 'Азербайджан',
  },
  {
    row: 8,
    kind: 'agreement',
    written: [
      4,
      'Университет Хазар, г. Баку',
      null,
      'Меморандум',
      2021,
      'pending renewal',
      'Мамедов Р.',
      null,
    ],
    cells: [
      4,
      'Университет Хазар, г. Баку',
      null,
      'Меморандум',
      2021,
      'pending renewal',
      'Мамедов Р.',
      null,
    ],
    partner: 'Университет Хазар, г. Баку',
    country: 'Азербайджан',
  },
  {
    row: 9,
    kind: 'group',
    written: ['Казахстан / Kazakhstan', ...nulls(7)],
    cells: ['Казахстан / Kazakhstan', ...nulls(7)],
  },
  {
    row: 10,
    kind: 'agreement',
    written: [
      5,
      kaznu,
      null,
      'Меморандум о взаимопонимании',
      '12.03.2019; 15.04.2024',
      'бессрочно',
      'Сейткали А.',
      null,
    ],
    cells: [
      5,
      kaznu,
      null,
      'Меморандум о взаимопонимании',
      '12.03.2019; 15.04.2024',
      'бессрочно',
      'Сейткали А.',
      null,
    ],
    partner: kaznu,
    country: 'Казахстан / Kazakhstan',
  },
  {
    // B10:B11 is merged: the partner name is written once, in B10.
    row: 11,
    kind: 'agreement',
    written: [
      6,
      null,
      null,
      'Договор о студенческой мобильности',
      { dateTime: '2022-05-10T14:30:00.000Z' },
      { date: '2027-05-09' },
      'Сейткали А.',
      'дата с временем',
    ],
    cells: [
      6,
      kaznu,
      null,
      'Договор о студенческой мобильности',
      '2022-05-10',
      '2027-05-09',
      'Сейткали А.',
      'дата с временем',
    ],
    partner: kaznu,
    country: 'Казахстан / Kazakhstan',
  },
  {
    row: 12,
    kind: 'agreement',
    written: [
      7,
      '  Satbayev University  ',
      null,
      'Меморандум',
      // 2020-03-16 as a serial a hair too small, as float arithmetic leaves it.
      { serial: 43906 - 1e-9, numFmt: 'dd.mm.yyyy' },
      '01.09.2020 - 31.08.2025',
      null,
      null,
    ],
    cells: [
      7,
      'Satbayev University',
      null,
      'Меморандум',
      '2020-03-16',
      '01.09.2020 - 31.08.2025',
      null,
      null,
    ],
    partner: 'Satbayev University',
    country: 'Казахстан / Kazakhstan',
  },
  { row: 13, kind: 'blank', written: blank(), cells: nulls(8) },
  {
    row: 14,
    kind: 'agreement',
    written: [
      8,
      'Евразийский национальный университет им. Л. Н. Гумилёва',
      null,
      'Договор о сотрудничестве',
      '31.02.2020',
      '3 года',
      'Сейткали А.',
      null,
    ],
    cells: [
      8,
      'Евразийский национальный университет им. Л. Н. Гумилёва',
      null,
      'Договор о сотрудничестве',
      '31.02.2020',
      '3 года',
      'Сейткали А.',
      null,
    ],
    partner: 'Евразийский национальный университет им. Л. Н. Гумилёва',
    country: 'Казахстан / Kazakhstan',
  },
  {
    row: 15,
    kind: 'agreement',
    written: [
      9,
      null,
      null,
      'Договор о мобильности преподавателей',
      { date: '2023-01-20' },
      'бессрочно',
      null,
      'партнёр не указан',
    ],
    cells: [
      9,
      null,
      null,
      'Договор о мобильности преподавателей',
      '2023-01-20',
      'бессрочно',
      null,
      'партнёр не указан',
    ],
    partner: null,
    country: 'Казахстан / Kazakhstan',
  },
  {
    row: 16,
    kind: 'agreement',
    written: [
      10,
      '\u00A0Университет Нархоз\u00A0',
      'KZ',
      'Меморандум',
      { date: '2018-11-05' },
      { date: '2023-11-04' },
      'Омарова Д.',
      null,
    ],
    cells: [
      10,
      'Университет Нархоз',
      'KZ',
      'Меморандум',
      '2018-11-05',
      '2023-11-04',
      'Омарова Д.',
      null,
    ],
    partner: 'Университет Нархоз',
    country: 'KZ',
  },
  {
    row: 17,
    kind: 'agreement',
    written: [
      11,
      'Қорқыт Ата атындағы Қызылорда университеті',
      null,
      'Меморандум',
      '01.02.2022',
      'бессрочно',
      'Омарова Д.',
      null,
    ],
    cells: [
      11,
      'Қорқыт Ата атындағы Қызылорда университеті',
      null,
      'Меморандум',
      '01.02.2022',
      'бессрочно',
      'Омарова Д.',
      null,
    ],
    partner: 'Қорқыт Ата атындағы Қызылорда университеті',
    country: 'Казахстан / Kazakhstan',
  },
  {
    row: 18,
    kind: 'agreement',
    written: [
      12,
      'Orta Doğu Teknik Üniversitesi (METU)',
      'Türkiye',
      'Erasmus+ межинституциональное соглашение',
      { date: '2021-11-01' },
      { date: '2027-10-31' },
      'Омарова Д.',
      null,
    ],
    cells: [
      12,
      'Orta Doğu Teknik Üniversitesi (METU)',
      'Türkiye',
      'Erasmus+ межинституциональное соглашение',
      '2021-11-01',
      '2027-10-31',
      'Омарова Д.',
      null,
    ],
    partner: 'Orta Doğu Teknik Üniversitesi (METU)',
    country: 'Türkiye',
  },
  {
    row: 19,
    kind: 'agreement',
    written: [
      { formula: 'A18+1', result: 13 },
      { richText: ['Ankara ', 'Üniversitesi'] },
      'Türkiye',
      'Меморандум',
      '2019',
      '5 лет',
      null,
      null,
    ],
    cells: [13, 'Ankara Üniversitesi', 'Türkiye', 'Меморандум', '2019', '5 лет', null, null],
    partner: 'Ankara Üniversitesi',
    country: 'Türkiye',
  },
]

/** The messy workbook, row by row, as written and as it should be read. */
export const messyAgreementsExpected = {
  fileName: 'Реестр договоров 2024.xlsx',
  sheetNames: ['Инструкция', 'Договоры'],
  /** The sheet holding the agreements (index 1). */
  sheetName: 'Договоры',
  titleRow: 1,
  headerRow: 3,
  header,
  /** Every row of the agreements sheet, in order; the sheet has no other rows. */
  rows: messyRows,
  /** Merged ranges as written. */
  merges: ['A1:H1', 'A4:H4', 'A9:H9', 'B10:B11'],
  /** Rows 1–19, 8 columns: what lies beyond (a spaces-only cell, a styled empty cell) is dropped. */
  rowCount: 19,
  columnCount: 8,
  /** The note on the first sheet, one line a row. */
  instructions: [
    'Реестр ведётся отделом международного сотрудничества.',
    'Одна строка — один договор. Даты — ДД.ММ.ГГГГ.',
    'Обновлено: 01.02.2024',
  ],
}

function isoToDate(iso: string): Date {
  return new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso)
}

function writeCell(cell: ExcelJS.Cell, value: WrittenValue): void {
  if (value === null) return
  if (typeof value === 'string' || typeof value === 'number') {
    cell.value = value
  } else if ('date' in value) {
    cell.value = isoToDate(value.date)
    cell.numFmt = 'dd.mm.yyyy'
  } else if ('dateTime' in value) {
    cell.value = isoToDate(value.dateTime)
    // Left with exceljs's default date format (the built-in mm-dd-yy).
  } else if ('serial' in value) {
    cell.value = value.serial
    cell.numFmt = value.numFmt
  } else if ('richText' in value) {
    cell.value = {
      richText: value.richText.map((text, index) =>
        index % 2 === 1 ? { text, font: { bold: true } } : { text },
      ),
    }
  } else {
    cell.value = { formula: value.formula, result: value.result }
  }
}

async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** The messy registry: a note sheet, then the agreements sheet of `messyAgreementsExpected`. */
export async function messyAgreementsXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Отдел международного сотрудничества'
  workbook.created = new Date('2024-02-01T09:00:00Z')
  workbook.modified = workbook.created
  const note = workbook.addWorksheet('Инструкция')
  messyAgreementsExpected.instructions.forEach((line, index) => {
    note.getCell(index + 1, 1).value = line
  })
  const sheet = workbook.addWorksheet('Договоры')
  for (const row of messyRows) {
    row.written.forEach((value, column) => writeCell(sheet.getCell(row.row, column + 1), value))
  }
  sheet.getRow(3).font = { bold: true }
  for (const range of messyAgreementsExpected.merges) sheet.mergeCells(range)
  // Beyond the data: a cell of spaces only and a styled empty cell, both to be dropped.
  sheet.getCell('I5').value = '   '
  sheet.getCell('J25').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }
  return workbookBytes(workbook)
}

// ---------------------------------------------------------------------------------------------
// The messy CSV

/**
 * The CSV's rows as written (every field text). Only ASCII and Russian letters (with Ё/ё and №),
 * so that the Windows-1251 variant can hold it. Fields hold commas, semicolons, a tab, doubled
 * quotes and line breaks; the last line is an empty Excel row.
 */
export const messyAgreementsCsvRows: string[][] = [
  [title, '', '', '', '', '', '', ''],
  header,
  ['Азербайджан', '', '', '', '', '', '', ''],
  [
    '1',
    'Бакинский государственный университет',
    '',
    'Меморандум о сотрудничестве',
    '15.03.2019',
    'бессрочно',
    'Алиева Н.',
    '',
  ],
  [
    '2',
    'Университет, г. Баку',
    '',
    'Договор об академической мобильности',
    '43910',
    '01.09.2020 - 31.08.2025',
    'Мамедов Р.',
    'Erasmus+; KA171',
  ],
  [
    '3',
    'ADA University',
    '',
    'Соглашение о двойном дипломе',
    '12.03.2019; 15.04.2024',
    '5 лет',
    '',
    'Оригинал:\nпапка 12, полка 3',
  ],
  ['', '', '', '', '', '', '', ''],
  ['Казахстан', '', '', '', '', '', '', ''],
  [
    '4',
    '  Satbayev University  ',
    'KZ',
    'Меморандум "о намерениях"',
    '2021',
    'pending renewal',
    '',
    'Сканы:\tдоговор.pdf',
  ],
  [
    '5',
    'Евразийский национальный университет им. Л. Н. Гумилёва',
    '',
    'Договор о сотрудничестве',
    '31.02.2020',
    'бессрочно',
    'Сейткали А.',
    '',
  ],
  ['6', '', '', 'Договор о мобильности', '20.01.2023', '3 года', '', 'партнёр не указан'],
  ['7', 'Ankara University', 'Турция', 'Меморандум', '01.11.2021', '31.10.2026', '', ''],
  ['', '', '', '', '', '', '', ''],
]

/** The rows the reader should give for the CSV: trimmed, empty as null, trailing rows dropped. */
export const messyAgreementsCsvExpectedRows: Cell[][] = messyAgreementsCsvRows
  .slice(0, -1)
  .map((row) => row.map((field) => (field.trim() === '' ? null : field.trim())))

export type CsvEncoding = 'utf-8-bom' | 'utf-8' | 'utf-16le' | 'windows-1251'
export type CsvDelimiterChoice = ',' | ';' | '\t'

/** CSV text as Excel writes it: quotes only where needed, CRLF between records. */
export function csvText(rows: string[][], delimiter: string): string {
  const quote = (field: string) =>
    field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n'
}

/**
 * Windows-1251 for ASCII and Russian only: А–я are 0xC0–0xFF, Ё 0xA8, ё 0xB8, № 0xB9. Any other
 * character throws, so a fixture cannot silently lose a letter (keep Kazakh letters out).
 */
export function encodeWindows1251(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes[index] = code
    else if (code >= 0x410 && code <= 0x44f) bytes[index] = code - 0x410 + 0xc0
    else if (code === 0x401) bytes[index] = 0xa8
    else if (code === 0x451) bytes[index] = 0xb8
    else if (code === 0x2116) bytes[index] = 0xb9
    else
      throw new Error(
        `Windows-1251 fixture encoder: no byte for “${text[index]}” (U+${code.toString(16).toUpperCase().padStart(4, '0')})`,
      )
  }
  return bytes
}

export function encodeText(text: string, encoding: CsvEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text)
    case 'utf-8-bom': {
      const body = new TextEncoder().encode(text)
      const bytes = new Uint8Array(body.length + 3)
      bytes.set([0xef, 0xbb, 0xbf])
      bytes.set(body, 3)
      return bytes
    }
    case 'utf-16le': {
      const bytes = new Uint8Array(2 + text.length * 2)
      bytes.set([0xff, 0xfe])
      for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index)
        bytes[2 + index * 2] = code & 0xff
        bytes[3 + index * 2] = code >> 8
      }
      return bytes
    }
    case 'windows-1251':
      return encodeWindows1251(text)
  }
}

/** The messy registry as a CSV, as Excel (or a colleague) might have saved it. */
export function messyAgreementsCsv(
  encoding: CsvEncoding,
  delimiter: CsvDelimiterChoice,
): Uint8Array {
  return encodeText(csvText(messyAgreementsCsvRows, delimiter), encoding)
}

// ---------------------------------------------------------------------------------------------
// A large sheet

const cities: Array<{ city: string; country: string }> = [
  { city: 'Алматы', country: 'Казахстан' },
  { city: 'Астана', country: 'Казахстан' },
  { city: 'Караганда', country: 'Казахстан' },
  { city: 'Шымкент', country: 'Казахстан' },
  { city: 'Баку', country: 'Азербайджан' },
  { city: 'Гянджа', country: 'Азербайджан' },
  { city: 'Ташкент', country: 'Узбекистан' },
  { city: 'Самарканд', country: 'Узбекистан' },
  { city: 'Бишкек', country: 'Кыргызстан' },
  { city: 'Тбилиси', country: 'Грузия' },
  { city: 'Ankara', country: 'Türkiye' },
  { city: 'Istanbul', country: 'Türkiye' },
  { city: 'Berlin', country: 'Germany' },
  { city: 'München', country: 'Germany' },
  { city: 'Warszawa', country: 'Poland' },
  { city: 'Kraków', country: 'Poland' },
  { city: 'Praha', country: 'Czechia' },
  { city: 'Seoul', country: 'Korea' },
  { city: 'Beijing', country: 'China' },
  { city: 'Riga', country: 'Latvia' },
]
const institutionKinds = [
  'Государственный университет',
  'Технический университет',
  'Педагогический университет',
  'Медицинский университет',
  'Аграрный университет',
  'University of Economics',
  'Academy of Arts',
  'Institute of Technology',
  'Linguistic University',
  'National University',
]
const agreementKinds = [
  'Меморандум о сотрудничестве',
  'Договор об академической мобильности',
  'Соглашение о двойном дипломе',
  'Erasmus+ межинституциональное соглашение',
]
const coordinators = ['Алиева Н.', 'Мамедов Р.', 'Сейткали А.', 'Омарова Д.', 'Ким С.', null]

/** The ~200 partners of the large sheet (20 cities × 10 kinds), with their countries. */
export const largePartners = cities.flatMap(({ city, country }) =>
  institutionKinds.map((kind) => ({ name: `${kind}, ${city}`, country })),
)

/** A plain day from a day number (days since 2000-01-01), as a UTC Date. */
function dayDate(day: number): Date {
  return new Date(Date.UTC(2000, 0, 1) + day * 24 * 60 * 60 * 1000)
}

function ddmmyyyy(date: Date): string {
  const day = String(date.getUTCDate()).padStart(2, '0')
  const month = String(date.getUTCMonth() + 1).padStart(2, '0')
  return `${day}.${month}.${date.getUTCFullYear()}`
}

/**
 * A plain but realistic big registry: a header and `rows` agreements over the ~200 partners,
 * signing dates alternating between date cells and dd.mm.yyyy text, end dates as date cells or
 * "бессрочно". Written with exceljs's streaming writer, with shared strings as Excel does.
 */
export async function largeAgreementsXlsx(rows: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk)
      done()
    },
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  })
  const sheet = workbook.addWorksheet('Договоры')
  sheet.addRow(header).commit()
  for (let index = 1; index <= rows; index += 1) {
    const partner = largePartners[(index * 7) % largePartners.length]!
    const signed = dayDate(((index * 37) % 8000) + 100)
    const years = 3 + (index % 3)
    const ends = new Date(signed.getTime())
    ends.setUTCFullYear(ends.getUTCFullYear() + years)
    const row = sheet.addRow([
      index,
      partner.name,
      partner.country,
      agreementKinds[index % agreementKinds.length],
      index % 2 === 0 ? signed : ddmmyyyy(signed),
      index % 3 === 0 ? 'бессрочно' : ends,
      coordinators[index % coordinators.length],
      index % 10 === 0 ? `Доп. соглашение № ${index % 97}` : null,
    ])
    if (index % 2 === 0) row.getCell(5).numFmt = 'dd.mm.yyyy'
    if (index % 3 !== 0) row.getCell(6).numFmt = 'dd.mm.yyyy'
    row.commit()
  }
  sheet.commit()
  await workbook.commit()
  await finished(sink)
  return new Uint8Array(Buffer.concat(chunks))
}

// ---------------------------------------------------------------------------------------------
// Files that are not spreadsheets, or broken ones

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length)
  const view = new DataView(chunk.buffer)
  view.setUint32(0, data.length)
  chunk.set(strToU8(type), 4)
  chunk.set(data, 8)
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)))
  return chunk
}

/** A real 16×16 PNG picture (a blue square), built in code: what a renamed "agreements.xlsx" holds. */
export function pictureRenamedXlsx(): Uint8Array {
  const size = 16
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, size)
  view.setUint32(4, size)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits a sample, RGB, deflate, no filter, no interlace
  const pixels = new Uint8Array(size * (1 + size * 3))
  for (let y = 0; y < size; y += 1) {
    const start = y * (1 + size * 3)
    for (let x = 0; x < size; x += 1) pixels.set([0x1f, 0x5f, 0xbf], start + 1 + x * 3)
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlibSync(pixels)),
    pngChunk('IEND', new Uint8Array()),
  ]
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    png.set(part, offset)
    offset += part.length
  }
  return png
}

/** The messy workbook with 512 bytes in the middle overwritten, as a bad disk or copy leaves it. */
export async function corruptXlsx(): Promise<Uint8Array> {
  const bytes = await messyAgreementsXlsx()
  const middle = Math.floor(bytes.length / 2)
  for (let index = 0; index < 512; index += 1) bytes[middle + index] = (index * 151 + 7) & 0xff
  return bytes
}

/** The messy workbook cut off halfway, as an interrupted download leaves it. */
export async function truncatedXlsx(): Promise<Uint8Array> {
  const bytes = await messyAgreementsXlsx()
  return bytes.slice(0, Math.floor(bytes.length / 2))
}

/** A workbook with one sheet and nothing in it. */
export async function emptySheetXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Лист1')
  return workbookBytes(workbook)
}

/** The start of an old Excel 97–2003 file: an OLE compound file header, then zeros. */
export function oldExcelXls(): Uint8Array {
  const bytes = new Uint8Array(4096)
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 0x18)
  const name = 'Workbook'
  for (let index = 0; index < name.length; index += 1)
    bytes[512 + index * 2] = name.charCodeAt(index)
  return bytes
}

/** A minimal Word document (.docx): a ZIP, but no workbook in it. */
export function wordDocx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Договор</w:t></w:r></w:p></w:body></w:document>',
    ),
  })
}
