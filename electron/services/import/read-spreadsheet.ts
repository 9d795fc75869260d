import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/universal'
import { strFromU8, unzipSync } from 'fflate'
import type { Cell, SheetRows } from '../../../shared/import/cell.ts'
import { AppFailure } from '../../../shared/contract/failure.ts'
import { maxImportFileBytes } from '../../../shared/import/import.ts'
import { decodeText, looksLikeUtf16, type TextEncodingName } from './decode-text.ts'
import { fillVerticalMerges, workbookMerges, type MergeRange } from './xlsx-merges.ts'
import { checkEntries, entryChecksums, storedZip } from './xlsx-package.ts'

/**
 * The first step of an import: the bytes of an office's spreadsheet (XLSX or CSV) as sheets of
 * trimmed cells. The format is told by the bytes, not the name; every refusal is an
 * `AppFailure('validation', ...)` with `details.fields.file` set to one of the keys below, and
 * no parser's own error gets out.
 */

export interface SpreadsheetFile {
  format: 'xlsx' | 'csv'
  /** CSV only: how the bytes were decoded and split. */
  encoding?: TextEncodingName
  delimiter?: CsvDelimiter
  sheets: Array<{ name: string; rows: SheetRows }>
}

export type CsvDelimiter = ',' | ';' | '\t'

/** The message keys a refused file is reported with (`details.fields.file`). */
export type ImportFileProblem =
  | 'import_file_empty'
  | 'import_file_too_large'
  | 'import_file_too_many_rows'
  | 'import_file_xls'
  | 'import_file_encrypted'
  | 'import_file_unsupported'
  | 'import_file_corrupt'

/** The contract's limit, here too for callers that read files without it. */
export const maxImportBytes = maxImportFileBytes
export const maxImportRows = 100_000
/** The XML inside an XLSX may unpack to this much; more is refused as too large. */
const maxUnpackedBytes = 300 * 1024 * 1024

const candidateDelimiters: readonly CsvDelimiter[] = [',', ';', '\t']

function refuse(problem: ImportFileProblem, message: string): AppFailure {
  return new AppFailure('validation', message, { fields: { file: problem } })
}

function corrupt(message: string, cause?: unknown): AppFailure {
  const detail = cause === undefined ? '' : ` (${causeText(cause)})`
  return refuse('import_file_corrupt', `${message}${detail}`)
}

function causeText(cause: unknown): string {
  const text = cause instanceof Error ? cause.message || cause.name : String(cause)
  return text.replace(/\s+/g, ' ').trim().slice(0, 300) || 'unknown error'
}

const saveAsXlsx = 'Open it in Excel or LibreOffice and save it as .xlsx.'

/** Reads an XLSX or CSV file; see the module comment. */
export async function readSpreadsheet(
  fileName: string,
  bytes: Uint8Array,
): Promise<SpreadsheetFile> {
  if (bytes.length === 0) {
    throw refuse('import_file_empty', 'The file is empty (0 bytes). Choose the spreadsheet again.')
  }
  if (bytes.length > maxImportBytes) {
    throw refuse(
      'import_file_too_large',
      `The file is ${megabytes(bytes.length)} MB; at most ${megabytes(maxImportBytes)} MB can be imported.`,
    )
  }
  try {
    if (isZip(bytes)) return await readXlsx(bytes)
    refuseKnownBinary(bytes)
    return readCsv(fileName, bytes)
  } catch (error) {
    if (error instanceof AppFailure) throw error
    throw corrupt('The file could not be read: it may be damaged.', error)
  }
}

function megabytes(size: number): string {
  return String(Math.round((size / (1024 * 1024)) * 10) / 10)
}

// ---------------------------------------------------------------------------------------------
// Telling the format

function startsWith(bytes: Uint8Array, ...signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte)
}

function startsWithText(bytes: Uint8Array, text: string): boolean {
  return startsWith(bytes, ...Array.from(text, (char) => char.charCodeAt(0)))
}

function isZip(bytes: Uint8Array): boolean {
  // Local file header, or the end record of an empty archive.
  return startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)
}

const binaryKinds: Array<{ signature: number[] | string; what: string }> = [
  { signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG picture' },
  { signature: [0xff, 0xd8, 0xff], what: 'a JPEG picture' },
  { signature: 'GIF87a', what: 'a GIF picture' },
  { signature: 'GIF89a', what: 'a GIF picture' },
  { signature: '%PDF-', what: 'a PDF document' },
  { signature: 'Rar!', what: 'a RAR archive' },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { signature: [0x1f, 0x8b], what: 'a gzip archive' },
  { signature: '{\\rtf', what: 'an RTF document' },
]

/** Refuses old Excel, pictures, PDFs, archives and other binary data before reading text. */
function refuseKnownBinary(bytes: Uint8Array): void {
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    // An OLE compound file: an old .xls, or an .xlsx saved with a password (Excel encrypts it
    // into an OLE container holding an "EncryptedPackage" stream).
    if (containsUtf16Text(bytes, 'EncryptedPackage')) {
      throw refuse(
        'import_file_encrypted',
        'This workbook is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password), save it and import it again.',
      )
    }
    throw refuse(
      'import_file_xls',
      'Old Excel files (.xls) cannot be read. Open it in Excel or LibreOffice and save it as .xlsx.',
    )
  }
  for (const kind of binaryKinds) {
    const matches =
      typeof kind.signature === 'string'
        ? startsWithText(bytes, kind.signature)
        : startsWith(bytes, ...kind.signature)
    if (matches) {
      throw refuse('import_file_unsupported', `This file is ${kind.what}, not a spreadsheet.`)
    }
  }
  if (startsWithText(bytes, 'RIFF') && startsWithText(bytes.subarray(8), 'WEBP')) {
    throw refuse('import_file_unsupported', 'This file is a WebP picture, not a spreadsheet.')
  }
  if (bytes.indexOf(0) >= 0 && !looksLikeUtf16WithOrWithoutMark(bytes)) {
    throw refuse(
      'import_file_unsupported',
      'This file is not a spreadsheet: it holds binary data, not text. Choose an .xlsx or .csv file.',
    )
  }
}

function looksLikeUtf16WithOrWithoutMark(bytes: Uint8Array): boolean {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return true
  return looksLikeUtf16(bytes) !== null
}

function containsUtf16Text(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2)
  for (let index = 0; index < text.length; index += 1) needle[index * 2] = text.charCodeAt(index)
  const first = needle[0]!
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (needle.every((byte, offset) => bytes[at + offset] === byte)) return true
  }
  return false
}

// ---------------------------------------------------------------------------------------------
// Cells

/**
 * Trims every kind of Unicode space (`String.prototype.trim` covers the Zs spaces such as the
 * no-break space, and line ends) plus the zero-width ones it leaves; line ends inside are `\n`.
 */
function cleanText(text: string): string | null {
  let cleaned = text.trim()
  if (/^[\u200B-\u200D\u2060\uFEFF]|[\u200B-\u200D\u2060\uFEFF]$/.test(cleaned)) {
    cleaned = cleaned.replace(
      /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g,
      '',
    )
  }
  if (cleaned.includes('\r')) cleaned = cleaned.replace(/\r\n?/g, '\n')
  return cleaned === '' ? null : cleaned
}

const dayMs = 24 * 60 * 60 * 1000

/**
 * A date cell as `YYYY-MM-DD` from its UTC parts. The serial number behind it is a float, so a
 * cell meant as midnight may arrive a millisecond early (23:59:59.999 of the day before): the
 * time is rounded to the nearest second first. A date with a real time of day keeps its date.
 */
function isoDate(date: Date): string | null {
  const time = date.getTime()
  if (!Number.isFinite(time)) return null
  const day = new Date(Math.floor(Math.round(time / 1000) / (dayMs / 1000)) * dayMs)
  if (!Number.isFinite(day.getTime())) return null
  const year = String(day.getUTCFullYear()).padStart(4, '0')
  const month = String(day.getUTCMonth() + 1).padStart(2, '0')
  const dayOfMonth = String(day.getUTCDate()).padStart(2, '0')
  return `${year}-${month}-${dayOfMonth}`
}

function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return cleanText(value)
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'boolean') return value
  if (value instanceof Date) return isoDate(value)
  return cleanText(String(value))
}

/**
 * Makes the rows rectangular and drops trailing empty rows and columns (a blank row in the
 * middle stays, as nulls, so that row numbers match the file).
 */
function tidyRows(rows: Cell[][]): SheetRows {
  let height = rows.length
  while (height > 0 && rows[height - 1]!.every((cell) => cell === null)) height -= 1
  let width = 0
  for (let index = 0; index < height; index += 1) {
    const row = rows[index]!
    for (let column = row.length - 1; column >= width; column -= 1) {
      if (row[column] !== null) {
        width = column + 1
        break
      }
    }
  }
  const tidy: SheetRows = new Array(height)
  for (let index = 0; index < height; index += 1) {
    const row = rows[index]!
    if (row.length === width) tidy[index] = row
    else if (row.length > width) tidy[index] = row.slice(0, width)
    else tidy[index] = row.concat(new Array<Cell>(width - row.length).fill(null))
  }
  return tidy
}

function checkRowCount(sheet: string, rows: SheetRows): void {
  if (rows.length > maxImportRows) {
    throw refuse(
      'import_file_too_many_rows',
      `The sheet “${sheet}” has ${rows.length.toLocaleString('en-US')} rows; at most ${maxImportRows.toLocaleString('en-US')} can be imported. Split the file and import the parts one by one.`,
    )
  }
}

// ---------------------------------------------------------------------------------------------
// XLSX

interface PackageContents {
  /** Every entry's name. */
  names: Set<string>
  /** The inflated XML entries (`.xml`, `.rels`): all that read-excel-file reads. */
  files: Record<string, Uint8Array>
  /** Their CRC-32s, checked against the archive's. */
  crcs: Map<string, number>
  mimetype: string | undefined
}

const damagedWorkbook =
  'This file looks like an Excel workbook but it is damaged or incomplete (it may not have been copied or downloaded in full). Open it in Excel and save it again.'

/**
 * Unzips the package's XML once, refusing a damaged archive (including an entry whose checksum
 * does not match, which fflate alone would let through) or one that unpacks to too much.
 */
function packageContents(bytes: Uint8Array): PackageContents {
  const names = new Set<string>()
  let unpackedBytes = 0
  let impossibleSize = false
  let unzipped: Record<string, Uint8Array>
  let recorded: ReturnType<typeof entryChecksums>
  try {
    recorded = entryChecksums(bytes)
    unzipped = unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name)
        if (file.name === 'mimetype') return file.originalSize < 200
        if (!isXmlEntry(file.name)) return false
        // Deflate cannot shrink data more than about 1032 times: a larger claim is damage.
        if (file.compression === 8 && file.originalSize > file.size * 1100 + 4096) {
          impossibleSize = true
        }
        unpackedBytes += file.originalSize
        return !impossibleSize && unpackedBytes <= maxUnpackedBytes
      },
    })
  } catch (error) {
    throw corrupt(damagedWorkbook, error)
  }
  if (impossibleSize) throw corrupt(damagedWorkbook, 'the recorded size of an entry is impossible')
  if (unpackedBytes > maxUnpackedBytes) {
    throw refuse(
      'import_file_too_large',
      `This workbook unpacks to ${megabytes(unpackedBytes)} MB of data; at most ${megabytes(maxUnpackedBytes)} MB can be imported.`,
    )
  }
  const mimetype = unzipped['mimetype']
  delete unzipped['mimetype']
  const { crcs, damaged } = checkEntries(unzipped, recorded)
  if (damaged) throw corrupt(damagedWorkbook, `the checksum of ${damaged} does not match`)
  return {
    names,
    files: unzipped,
    crcs,
    mimetype: mimetype ? strFromU8(mimetype).trim() : undefined,
  }
}

function isXmlEntry(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.rels')
}

/** Refuses ZIP packages that are not XLSX workbooks, naming what they are. */
function refuseOtherPackages(contents: PackageContents): void {
  const { names, mimetype } = contents
  if (names.has('xl/workbook.xml')) return
  if (names.has('xl/workbook.bin')) {
    throw refuse(
      'import_file_unsupported',
      `This file is an Excel binary workbook (.xlsb), which cannot be read. ${saveAsXlsx}`,
    )
  }
  if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') {
    throw refuse(
      'import_file_unsupported',
      `This file is an OpenDocument spreadsheet (.ods), which cannot be read. ${saveAsXlsx}`,
    )
  }
  const what = names.has('word/document.xml')
    ? 'a Word document'
    : names.has('ppt/presentation.xml')
      ? 'a PowerPoint presentation'
      : mimetype?.startsWith('application/vnd.oasis.opendocument.')
        ? 'an OpenDocument file'
        : 'a ZIP archive'
  // Another kind of file, whole and sound: "not a spreadsheet", not "damaged".
  throw refuse(
    'import_file_unsupported',
    `This file is ${what}, not an Excel workbook, so it cannot be imported.`,
  )
}

async function readXlsx(bytes: Uint8Array): Promise<SpreadsheetFile> {
  const contents = packageContents(bytes)
  refuseOtherPackages(contents)
  let merges: MergeRange[][]
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>
  try {
    merges = workbookMerges(contents.files)
    const stored = storedZip(contents.files, contents.crcs)
    contents.files = {} // let the inflated copies go while read-excel-file works
    sheets = await readXlsxFile(stored.buffer as ArrayBuffer, { trim: false })
  } catch (error) {
    throw corrupt(
      'This Excel workbook cannot be read: it is damaged or was not written correctly. Open it in Excel and save it again.',
      error,
    )
  }
  return {
    format: 'xlsx',
    sheets: sheets.map((sheet, index) => {
      const data = (sheet.data ?? []) as unknown[][]
      const rows: Cell[][] = new Array(data.length)
      for (let row = 0; row < data.length; row += 1) {
        const source = data[row] ?? []
        const cells: Cell[] = new Array(source.length)
        for (let column = 0; column < source.length; column += 1) {
          cells[column] = xlsxCell(source[column])
        }
        rows[row] = cells
      }
      fillVerticalMerges(rows, merges[index] ?? [])
      const tidy = tidyRows(rows)
      checkRowCount(sheet.sheet, tidy)
      return { name: sheet.sheet, rows: tidy }
    }),
  }
}

// ---------------------------------------------------------------------------------------------
// CSV

/** The records' field counts when the text is split by `delimiter`, quotes respected. */
function fieldCounts(text: string, delimiter: string, maxRecords: number): number[] {
  const counts: number[] = []
  let fields = 1
  let inQuotes = false
  let fieldStart = true
  for (let index = 0; index < text.length && counts.length < maxRecords; index += 1) {
    const char = text[index]
    if (inQuotes) {
      if (char === '"') {
        if (text[index + 1] === '"') index += 1
        else inQuotes = false
      }
    } else if (char === '"' && fieldStart) {
      inQuotes = true
      fieldStart = false
    } else if (char === delimiter) {
      fields += 1
      fieldStart = true
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1
      counts.push(fields)
      fields = 1
      fieldStart = true
    } else {
      fieldStart = false
    }
  }
  // The last record, when the text does not end with a line end.
  const last = text[text.length - 1]
  if (counts.length < maxRecords && text.length > 0 && last !== '\n' && last !== '\r') {
    counts.push(fields)
  }
  return counts
}

/**
 * The delimiter that splits the most records into the same number of fields (more than one);
 * a tie goes to the one giving more fields. A title line above the header, or commas inside
 * names in a semicolon file ("Университет, г. Баку"), then do not mislead it.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 256 * 1024)
  let best: { delimiter: CsvDelimiter; agreeing: number; fields: number } | null = null
  for (const delimiter of candidateDelimiters) {
    const counts = fieldCounts(sample, delimiter, 200)
    // The last record of a cut sample may be incomplete; a whole short file has none cut.
    if (sample.length < text.length && counts.length > 1) counts.pop()
    const tally = new Map<number, number>()
    for (const count of counts) if (count > 1) tally.set(count, (tally.get(count) ?? 0) + 1)
    for (const [fields, agreeing] of tally) {
      if (
        !best ||
        agreeing > best.agreeing ||
        (agreeing === best.agreeing && fields > best.fields)
      ) {
        best = { delimiter, agreeing, fields }
      }
    }
  }
  return best?.delimiter ?? ','
}

function sheetNameFor(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? ''
  const name = base.replace(/\.[^.]*$/, '').trim()
  return name === '' ? 'CSV' : name
}

function readCsv(fileName: string, bytes: Uint8Array): SpreadsheetFile {
  const { encoding, text } = decodeText(bytes)
  if (text.trim() === '') {
    throw refuse('import_file_empty', 'The file holds no text. Choose the spreadsheet again.')
  }
  const trimmedStart = text.trimStart() // leading line ends and spaces do not count for <html
  if (/^<(?:!doctype\s+html|html|table)\b/i.test(trimmedStart)) {
    throw refuse(
      'import_file_unsupported',
      `This file is a web page (HTML), not a spreadsheet, even if its name ends in .xls or .csv. ${saveAsXlsx}`,
    )
  }
  if (/^<\?xml\b/i.test(trimmedStart)) {
    throw refuse(
      'import_file_unsupported',
      `This file is an XML document (perhaps an "XML Spreadsheet 2003"), which cannot be read. ${saveAsXlsx}`,
    )
  }
  // Excel's own hint on the first line ("sep=;"): it names the delimiter and is not a row.
  const hint = /^sep=([,;\t])[ ]*(?:\r\n|\n|\r|$)/i.exec(text)
  const body = hint ? text.slice(hint[0].length) : text
  const delimiter = hint ? (hint[1] as CsvDelimiter) : detectDelimiter(body)
  const parsed = Papa.parse<string[]>(body, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  })
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes')
  if (unclosed) {
    const row = typeof unclosed.row === 'number' ? ` on row ${unclosed.row + 1}` : ''
    throw corrupt(
      `This CSV file cannot be read: a quoted field${row} is never closed, so the rest of the file would run into it. Check the quotes in the file, or save it from Excel again.`,
    )
  }
  const rows: Cell[][] = parsed.data.map((record) =>
    record.map((field) => cleanText(String(field))),
  )
  const name = sheetNameFor(fileName)
  const tidy = tidyRows(rows)
  checkRowCount(name, tidy)
  return { format: 'csv', encoding, delimiter, sheets: [{ name, rows: tidy }] }
}
