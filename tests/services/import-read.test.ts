import { strToU8, zipSync } from 'fflate'
import { AppFailure } from '../../shared/contract/failure.ts'
import {
  maxImportBytes,
  maxImportRows,
  readSpreadsheet,
  type ImportFileProblem,
  type SpreadsheetFile,
} from '../../electron/services/import/read-spreadsheet.ts'
import {
  corruptXlsx,
  csvText,
  emptySheetXlsx,
  encodeText,
  largeAgreementsXlsx,
  messyAgreementsCsv,
  messyAgreementsCsvExpectedRows,
  messyAgreementsCsvRows,
  messyAgreementsExpected,
  messyAgreementsXlsx,
  oldExcelXls,
  pictureRenamedXlsx,
  truncatedXlsx,
  wordDocx,
  type CsvDelimiterChoice,
  type CsvEncoding,
} from '../support/import-fixtures.ts'

/** The refusal a read ends in: always an AppFailure naming the file's problem, nothing else. */
async function refusal(read: Promise<unknown>): Promise<{ key: string; message: string }> {
  let caught: unknown
  try {
    await read
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(AppFailure)
  const failure = caught as AppFailure
  expect(failure.code).toBe('validation')
  expect(Object.keys(failure.details?.fields ?? {})).toEqual(['file'])
  return { key: failure.details!.fields!.file!, message: failure.message }
}

async function refusalKey(read: Promise<unknown>): Promise<string> {
  return (await refusal(read)).key
}

const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A hand-written minimal XLSX: sheets as `<sheetData>` inner XML, optional merges. */
function minimalXlsx(
  sheets: Array<{ name: string; rows: string; merges?: string[] }>,
  options: { date1904?: boolean; styles?: string } = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${xml}<workbook xmlns="${mainNs}" xmlns:r="${relNs}">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets
        .map(
          (sheet, index) =>
            `<sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, index) =>
            `<Relationship Id="rId${index + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rIdS" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      options.styles ??
        `${xml}<styleSheet xmlns="${mainNs}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  }
  sheets.forEach((sheet, index) => {
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
      : ''
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(
      `${xml}<worksheet xmlns="${mainNs}" xmlns:r="${relNs}"><sheetData>${sheet.rows}</sheetData>${merges}</worksheet>`,
    )
  })
  return zipSync(files)
}

describe('readSpreadsheet: the messy XLSX registry', () => {
  let file: SpreadsheetFile
  let rows: SpreadsheetFile['sheets'][number]['rows']
  const cell = (row: number, column: string) => rows[row - 1]![column.charCodeAt(0) - 65]

  beforeAll(async () => {
    file = await readSpreadsheet(messyAgreementsExpected.fileName, await messyAgreementsXlsx())
    rows = file.sheets[1]!.rows
  })

  it('is read as XLSX with every sheet in workbook order, names as in the file', () => {
    expect(file.format).toBe('xlsx')
    expect(file.encoding).toBeUndefined()
    expect(file.delimiter).toBeUndefined()
    expect(file.sheets.map((sheet) => sheet.name)).toEqual(['Инструкция', 'Договоры'])
    expect(file.sheets[0]!.rows).toEqual(messyAgreementsExpected.instructions.map((line) => [line]))
  })

  it('gives every row of the agreements sheet exactly as expected', () => {
    expect(rows).toHaveLength(messyAgreementsExpected.rowCount)
    for (const expected of messyAgreementsExpected.rows) {
      expect({ row: expected.row, cells: rows[expected.row - 1] }).toEqual({
        row: expected.row,
        cells: expected.cells,
      })
    }
  })

  it('keeps the title above a blank row and the header in row 3, in Cyrillic', () => {
    expect(rows[0]).toEqual(['Реестр международных договоров КазНУ, 2024', ...Array(7).fill(null)])
    expect(rows[1]).toEqual(Array(8).fill(null))
    expect(rows[messyAgreementsExpected.headerRow - 1]).toEqual([
      '№',
      'Университет-партнер',
      'Страна',
      'Вид соглашения',
      'Дата подписания',
      'Срок действия',
      'Координатор',
      'Примечание',
    ])
  })

  it('turns date cells into ISO dates and leaves numbers and text dates alone', () => {
    expect(cell(5, 'E')).toBe('2019-03-15') // a date cell
    expect(cell(6, 'E')).toBe(43910) // a serial number in a plain number cell
    expect(cell(7, 'E')).toBe('15.03.2019') // text
    expect(cell(8, 'E')).toBe(2021) // a year alone
    expect(cell(10, 'E')).toBe('12.03.2019; 15.04.2024')
    expect(cell(11, 'E')).toBe('2022-05-10') // a date with a time keeps its date
    expect(cell(12, 'E')).toBe('2020-03-16') // a serial a hair short of midnight
    expect(cell(14, 'E')).toBe('31.02.2020') // impossible, left for the app to fix
    expect(cell(16, 'F')).toBe('2023-11-04')
    expect(cell(6, 'F')).toBe('01.09.2020 - 31.08.2025')
    expect(cell(7, 'F')).toBe('5 лет')
    expect(cell(8, 'F')).toBe('pending renewal')
  })

  it('copies a partner name merged down over two rows into the second row', () => {
    const name = 'Казахский национальный университет им. аль-Фараби'
    expect(cell(10, 'B')).toBe(name)
    expect(cell(11, 'B')).toBe(name)
    expect(cell(11, 'D')).toBe('Договор о студенческой мобильности')
  })

  it('leaves a merge across columns as one cell: the title and the group rows', () => {
    for (const row of [1, 4, 9]) {
      expect(rows[row - 1]!.slice(1)).toEqual(Array(7).fill(null))
    }
    expect(cell(4, 'A')).toBe('Азербайджан')
    expect(cell(9, 'A')).toBe('Казахстан / Kazakhstan')
  })

  it('trims spaces, no-break spaces included, and reads rich text and formula results', () => {
    expect(cell(12, 'B')).toBe('Satbayev University')
    expect(cell(16, 'B')).toBe('Университет Нархоз')
    expect(cell(16, 'C')).toBe('KZ')
    expect(cell(18, 'C')).toBe('Türkiye')
    expect(cell(17, 'B')).toBe('Қорқыт Ата атындағы Қызылорда университеті')
    expect(cell(19, 'B')).toBe('Ankara Üniversitesi')
    expect(cell(19, 'A')).toBe(13)
  })

  it('keeps the blank row in the middle and the row without a partner', () => {
    expect(rows[12]).toEqual(Array(8).fill(null))
    expect(cell(15, 'B')).toBeNull()
    expect(cell(15, 'H')).toBe('партнёр не указан')
  })

  it('drops trailing empty rows and columns (a spaces-only cell, a styled empty cell)', () => {
    expect(rows).toHaveLength(19)
    for (const row of rows) expect(row).toHaveLength(messyAgreementsExpected.columnCount)
  })

  it('describes its agreement rows consistently', () => {
    const agreements = messyAgreementsExpected.rows.filter((row) => row.kind === 'agreement')
    expect(agreements.length).toBeGreaterThanOrEqual(12)
    for (const row of agreements) expect(row.cells[1]).toBe(row.partner)
  })
})

describe('readSpreadsheet: XLSX details', () => {
  it('reads bytes that are a view into a larger buffer (a Node Buffer from a pool)', async () => {
    const bytes = await messyAgreementsXlsx()
    const view = Buffer.concat([
      Buffer.from('junk before'),
      Buffer.from(bytes),
      Buffer.from('after'),
    ])
    const file = await readSpreadsheet('a.xlsx', view.subarray(11, 11 + bytes.length))
    expect(file.sheets[1]!.rows).toEqual(messyAgreementsExpected.rows.map((row) => row.cells))
  })

  it('gives an empty sheet as no rows', async () => {
    const file = await readSpreadsheet('empty.xlsx', await emptySheetXlsx())
    expect(file).toEqual({ format: 'xlsx', sheets: [{ name: 'Лист1', rows: [] }] })
  })

  it('keeps booleans, reads inline strings and ISO date cells, and empties error cells', async () => {
    const bytes = minimalXlsx([
      {
        name: 'R&amp;D',
        rows:
          '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="inlineStr"><is><t> Inline\u00A0</t></is></c>' +
          '<c r="D1" t="d"><v>2024-02-29T00:00:00Z</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="str"><f>A1</f></c><c r="G1"><v>1.5</v></c></row>',
      },
    ])
    const file = await readSpreadsheet('x.xlsx', bytes)
    expect(file.sheets).toEqual([
      { name: 'R&D', rows: [[true, false, 'Inline', '2024-02-29', null, null, 1.5]] },
    ])
  })

  it('reads date cells of a 1904-date workbook as the same days', async () => {
    const bytes = minimalXlsx(
      [
        {
          name: 'Mac',
          rows: '<row r="1"><c r="A1" s="1"><v>42443</v></c><c r="B1"><v>42443</v></c></row>',
        },
      ],
      { date1904: true },
    )
    const file = await readSpreadsheet('mac.xlsx', bytes)
    // 42443 days after 1904-01-01 is 2020-03-15; a plain number cell stays the number.
    expect(file.sheets[0]!.rows).toEqual([['2020-03-15', 42443]])
  })

  it('fills a merge over rows and columns in its first column only, within the rows read', async () => {
    const bytes = minimalXlsx([
      {
        name: 'Лист1',
        rows:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>Партнёр</t></is></c><c r="B1" t="inlineStr"><is><t>Вид</t></is></c><c r="C1" t="inlineStr"><is><t>x</t></is></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>ADA University</t></is></c><c r="C2" t="inlineStr"><is><t>a</t></is></c></row>' +
          '<row r="3"><c r="C3" t="inlineStr"><is><t>b</t></is></c></row>' +
          '<row r="4"><c r="B4" t="inlineStr"><is><t>Satbayev</t></is></c></row>',
        merges: ['A2:B3', 'B4:B9'],
      },
    ])
    const file = await readSpreadsheet('merges.xlsx', bytes)
    expect(file.sheets[0]!.rows).toEqual([
      ['Партнёр', 'Вид', 'x'],
      ['ADA University', null, 'a'],
      ['ADA University', null, 'b'],
      [null, 'Satbayev', null],
    ])
  })

  it('refuses a sheet of more than the row limit', async () => {
    const count = maxImportRows + 1
    const parts: string[] = []
    for (let row = 1; row <= count; row += 1)
      parts.push(`<row r="${row}"><c r="A${row}"><v>${row}</v></c></row>`)
    const bytes = minimalXlsx([{ name: 'Big', rows: parts.join('') }])
    const { key, message } = await refusal(readSpreadsheet('big.xlsx', bytes))
    expect(key).toBe('import_file_too_many_rows')
    expect(message).toContain('100,001 rows')
  }, 60_000)

  it('reads a 50,000-row registry to its header and 50,000 rows', async () => {
    const bytes = await largeAgreementsXlsx(50_000)
    const file = await readSpreadsheet('Реестр.xlsx', bytes)
    const rows = file.sheets[0]!.rows
    expect(rows).toHaveLength(50_001)
    expect(rows[0]![0]).toBe('№')
    expect(rows[1]).toHaveLength(8)
    expect(rows[1]![0]).toBe(1)
    expect(rows[1]![4]).toMatch(/^\d\d\.\d\d\.\d{4}$/) // odd rows: text dates
    expect(rows[2]![4]).toMatch(/^\d{4}-\d\d-\d\d$/) // even rows: date cells
    expect(rows[3]![5]).toBe('бессрочно')
    expect(rows[50_000]![0]).toBe(50_000)
  }, 120_000)
})

describe('readSpreadsheet: CSV', () => {
  const encodings: CsvEncoding[] = ['utf-8-bom', 'utf-8', 'utf-16le', 'windows-1251']
  const delimiters: CsvDelimiterChoice[] = [',', ';', '\t']
  const reportedEncoding = (encoding: CsvEncoding) =>
    encoding === 'utf-8-bom' ? 'utf-8' : encoding

  for (const encoding of encodings) {
    for (const delimiter of delimiters) {
      it(`reads the registry in ${encoding} split by ${JSON.stringify(delimiter)}`, async () => {
        const file = await readSpreadsheet(
          'Реестр договоров.csv',
          messyAgreementsCsv(encoding, delimiter),
        )
        expect(file).toEqual({
          format: 'csv',
          encoding: reportedEncoding(encoding),
          delimiter,
          sheets: [{ name: 'Реестр договоров', rows: messyAgreementsCsvExpectedRows }],
        })
      })
    }
  }

  it('handles quoted line breaks, doubled quotes, delimiters inside fields and trimming', async () => {
    const rows = (await readSpreadsheet('r.csv', messyAgreementsCsv('windows-1251', ';')))
      .sheets[0]!.rows
    expect(rows).toHaveLength(messyAgreementsCsvRows.length - 1)
    expect(rows[0]).toEqual(['Реестр международных договоров КазНУ, 2024', ...Array(7).fill(null)])
    expect(rows[4]![1]).toBe('Университет, г. Баку')
    expect(rows[4]![7]).toBe('Erasmus+; KA171')
    expect(rows[5]![7]).toBe('Оригинал:\nпапка 12, полка 3')
    expect(rows[6]).toEqual(Array(8).fill(null))
    expect(rows[8]![1]).toBe('Satbayev University')
    expect(rows[8]![3]).toBe('Меморандум "о намерениях"')
    expect(rows[8]![7]).toBe('Сканы:\tдоговор.pdf')
    expect(rows[9]![1]).toBe('Евразийский национальный университет им. Л. Н. Гумилёва')
    expect(rows[4]![4]).toBe('43910') // CSV cells are text
  })

  it('tells UTF-16 without a byte-order mark, little- and big-endian', async () => {
    const withMark = messyAgreementsCsv('utf-16le', ';')
    const little = withMark.slice(2)
    const big = new Uint8Array(little.length)
    for (let index = 0; index < little.length; index += 2) {
      big[index] = little[index + 1]!
      big[index + 1] = little[index]!
    }
    const bigWithMark = new Uint8Array([0xfe, 0xff, ...big])
    for (const [bytes, encoding] of [
      [little, 'utf-16le'],
      [big, 'utf-16be'],
      [bigWithMark, 'utf-16be'],
    ] as const) {
      const file = await readSpreadsheet('r.txt', bytes)
      expect(file.encoding).toBe(encoding)
      expect(file.delimiter).toBe(';')
      expect(file.sheets[0]!.rows).toEqual(messyAgreementsCsvExpectedRows)
    }
  })

  it('reads a Russian Excel CSV: Windows-1251, semicolons, commas inside names', async () => {
    const text = csvText(
      [
        ['№', 'Университет-партнер', 'Страна'],
        ['1', 'Университет, г. Баку', 'Азербайджан'],
        ['2', 'Университет Хазар, г. Баку, кампус 2', 'Азербайджан'],
        ['3', 'Ёлкинский институт', 'Россия'],
      ],
      ';',
    )
    const file = await readSpreadsheet('Книга1.csv', encodeText(text, 'windows-1251'))
    expect(file.encoding).toBe('windows-1251')
    expect(file.delimiter).toBe(';')
    expect(file.sheets[0]!.rows[2]).toEqual([
      '2',
      'Университет Хазар, г. Баку, кампус 2',
      'Азербайджан',
    ])
    expect(file.sheets[0]!.rows[3]![1]).toBe('Ёлкинский институт')
  })

  it('reads LF-only line ends and a file without a final line end', async () => {
    const text = 'a,b\n"x\ny",2\nlast,3'
    const file = await readSpreadsheet('lf.csv', encodeText(text, 'utf-8'))
    expect(file.sheets[0]!.rows).toEqual([
      ['a', 'b'],
      ['x\ny', '2'],
      ['last', '3'],
    ])
  })

  it('splits a one-line file, and follows Excel’s "sep=" line without keeping it as a row', async () => {
    const one = await readSpreadsheet('one.csv', encodeText('№;Партнёр;Страна', 'utf-8'))
    expect(one.delimiter).toBe(';')
    expect(one.sheets[0]!.rows).toEqual([['№', 'Партнёр', 'Страна']])
    const hinted = await readSpreadsheet(
      'sep.csv',
      encodeText('sep=;\r\nПартнёр;Дата, подпись\r\nADA University;15.03.2019\r\n', 'utf-8'),
    )
    expect(hinted.delimiter).toBe(';')
    expect(hinted.sheets[0]!.rows).toEqual([
      ['Партнёр', 'Дата, подпись'],
      ['ADA University', '15.03.2019'],
    ])
  })

  it('refuses a quoted field that is never closed', async () => {
    const bytes = encodeText('a;b\r\n1;"open\r\n2;3\r\n', 'utf-8')
    expect(await refusalKey(readSpreadsheet('q.csv', bytes))).toBe('import_file_corrupt')
  })

  it('refuses text with nothing in it as empty, and a web page as unsupported', async () => {
    expect(await refusalKey(readSpreadsheet('e.csv', encodeText(' \r\n', 'utf-8-bom')))).toBe(
      'import_file_empty',
    )
    const html = encodeText('<html><body><table><tr><td>1</td></tr></table></body></html>', 'utf-8')
    expect(await refusalKey(readSpreadsheet('report.xls', html))).toBe('import_file_unsupported')
  })

  it('refuses a CSV of more than the row limit', async () => {
    const bytes = encodeText(
      '№;Партнёр\r\n' + '1;ADA University\r\n'.repeat(maxImportRows),
      'utf-8',
    )
    expect(await refusalKey(readSpreadsheet('big.csv', bytes))).toBe('import_file_too_many_rows')
  })
})

describe('readSpreadsheet: files it refuses', () => {
  const cases: Array<[string, () => Uint8Array | Promise<Uint8Array>, ImportFileProblem, string?]> =
    [
      ['an empty file', () => new Uint8Array(), 'import_file_empty'],
      [
        'a file over the size limit',
        () => new Uint8Array(maxImportBytes + 1),
        'import_file_too_large',
      ],
      [
        'an old .xls',
        oldExcelXls,
        'import_file_xls',
        'Old Excel files (.xls) cannot be read. Open it in Excel or LibreOffice and save it as .xlsx.',
      ],
      [
        'a PNG renamed .xlsx',
        pictureRenamedXlsx,
        'import_file_unsupported',
        'This file is a PNG picture, not a spreadsheet.',
      ],
      [
        'a JPEG',
        () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
        'import_file_unsupported',
        'This file is a JPEG picture, not a spreadsheet.',
      ],
      [
        'a GIF',
        () => strToU8('GIF89a\x01\x00\x01\x00'),
        'import_file_unsupported',
        'This file is a GIF picture, not a spreadsheet.',
      ],
      [
        'a PDF',
        () => strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'),
        'import_file_unsupported',
        'This file is a PDF document, not a spreadsheet.',
      ],
      [
        'other binary data',
        () => new Uint8Array(Array.from({ length: 600 }, (_, index) => (index * 89) % 256)),
        'import_file_unsupported',
      ],
      ['a damaged workbook', corruptXlsx, 'import_file_corrupt'],
      ['a workbook cut off halfway', truncatedXlsx, 'import_file_corrupt'],
      ['a Word document', wordDocx, 'import_file_unsupported'],
    ]

  for (const [what, bytes, key, message] of cases) {
    it(`refuses ${what} with ${key}`, async () => {
      const refused = await refusal(readSpreadsheet('Реестр.xlsx', await bytes()))
      expect(refused.key).toBe(key)
      if (message) expect(refused.message).toBe(message)
      expect(refused.message).toMatch(/^[A-Z].*[.)]$/)
    })
  }

  it('names a Word document and a password-protected workbook for what they are', async () => {
    expect((await refusal(readSpreadsheet('a.xlsx', wordDocx()))).message).toContain(
      'a Word document',
    )
    const encrypted = oldExcelXls()
    const stream = 'EncryptedPackage'
    for (let index = 0; index < stream.length; index += 1) {
      encrypted[1024 + index * 2] = stream.charCodeAt(index)
    }
    expect(await refusalKey(readSpreadsheet('a.xlsx', encrypted))).toBe('import_file_encrypted')
  })

  it('names the library’s own message when a workbook’s data is damaged', async () => {
    const { message } = await refusal(readSpreadsheet('a.xlsx', await truncatedXlsx()))
    expect(message).toMatch(/damaged or incomplete.*\(.+\)$/)
  })

  it('never lets a damaged byte through: each flip is refused or changes nothing', async () => {
    const good = await messyAgreementsXlsx()
    const expected = await readSpreadsheet('a.xlsx', good)
    const outcomes = new Set<string>()
    for (let at = 0; at < good.length; at += 23) {
      const bytes = good.slice()
      bytes[at] = bytes[at]! ^ 0x24
      try {
        const file = await readSpreadsheet('a.xlsx', bytes)
        expect(file).toEqual(expected)
        outcomes.add('unchanged')
      } catch (error) {
        expect(error).toBeInstanceOf(AppFailure)
        outcomes.add((error as AppFailure).details!.fields!.file!)
      }
    }
    expect(outcomes).toContain('import_file_corrupt')
    expect(outcomes).toContain('unchanged') // bytes in parts that are not read (theme, docProps)
  }, 60_000)
})
