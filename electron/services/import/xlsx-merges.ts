import { strFromU8 } from 'fflate'
import type { Cell } from '../../../shared/import/cell.ts'

/**
 * Merged cells of an XLSX workbook. read-excel-file gives a merged range's value in its
 * top-left cell only; these helpers read each sheet's `<mergeCells>` from the package so that a
 * partner name merged down over the rows of its agreements can be copied into each of them.
 */

/** A merged range, 0-based and inclusive (`B5:C7` is rows 4–6, columns 1–2). */
export interface MergeRange {
  top: number
  left: number
  bottom: number
  right: number
}

const workbookPath = 'xl/workbook.xml'
const workbookRelsPath = 'xl/_rels/workbook.xml.rels'

/** One attribute's value from an element's attribute text (`name="value"` or `name='value'`). */
function attribute(attributes: string, pattern: string): string | undefined {
  const match = new RegExp(`\\s${pattern}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes)
  return match ? (match[1] ?? match[2]) : undefined
}

/** The element's attribute text for every `<prefix:name ...>` in the XML. */
function elements(xml: string, name: string): string[] {
  const found: string[] = []
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${name}\\b([^>]*)>`, 'g')
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) found.push(match[1] ?? '')
  return found
}

/** A relationship target as a path inside the package, relative to `xl/` unless absolute. */
function packagePath(target: string): string {
  const parts = target.startsWith('/') ? [] : ['xl']
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return parts.join('/')
}

/**
 * The sheet XML path of every sheet, in workbook order (`undefined` for a sheet that has none
 * we can read, e.g. a chart sheet, whose relationship is not a worksheet).
 */
function sheetPaths(files: Record<string, Uint8Array>): Array<string | undefined> {
  const workbook = files[workbookPath]
  const rels = files[workbookRelsPath]
  if (!workbook || !rels) return []
  const targets = new Map<string, string>()
  for (const relationship of elements(strFromU8(rels), 'Relationship')) {
    const id = attribute(relationship, 'Id')
    const target = attribute(relationship, 'Target')
    const type = attribute(relationship, 'Type') ?? ''
    if (id && target && type.endsWith('/worksheet')) targets.set(id, packagePath(target))
  }
  return elements(strFromU8(workbook), 'sheet').map((sheet) => {
    // The relationship id is a namespaced attribute (`r:id`), never the plain `sheetId`.
    const id = attribute(sheet, '[\\w.-]+:id')
    return id === undefined ? undefined : targets.get(id)
  })
}

/** Column letters ("A", "AB") and row number of a cell reference, 0-based; null if malformed. */
function cellAddress(reference: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(reference.trim())
  if (!match) return null
  let column = 0
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64
  const row = Number(match[2])
  return row >= 1 ? { row: row - 1, column: column - 1 } : null
}

/** The `<mergeCell ref="B5:C7"/>` ranges of one sheet's XML. */
export function parseMergeRanges(sheetXml: string): MergeRange[] {
  // `<mergeCells>` follows `<sheetData>`: skip the (possibly large) cell data.
  const end = sheetXml.lastIndexOf('sheetData>')
  const tail = end < 0 ? sheetXml : sheetXml.slice(end)
  const ranges: MergeRange[] = []
  for (const merge of elements(tail, 'mergeCell')) {
    const [from, to] = (attribute(merge, 'ref') ?? '').split(':')
    const start = from ? cellAddress(from) : null
    const stop = to ? cellAddress(to) : start
    if (!start || !stop) continue
    ranges.push({
      top: Math.min(start.row, stop.row),
      left: Math.min(start.column, stop.column),
      bottom: Math.max(start.row, stop.row),
      right: Math.max(start.column, stop.column),
    })
  }
  return ranges
}

/**
 * The merged ranges of every sheet, in workbook order (the order read-excel-file returns the
 * sheets in), from the package's inflated XML entries (`xl/workbook.xml`, its relationships and
 * the worksheets).
 */
export function workbookMerges(files: Record<string, Uint8Array>): MergeRange[][] {
  return sheetPaths(files).map((path) => {
    const xml = path === undefined ? undefined : files[path]
    return xml ? parseMergeRanges(strFromU8(xml)) : []
  })
}

/**
 * Copies the value of each merge that spans several rows down into the first column of its
 * lower rows (a partner name merged over its agreements). A merge across columns only is left
 * as read: its value in the first cell and nulls after it, like a one-cell title or group row.
 * Only cells that are empty and inside the rows read are filled.
 */
export function fillVerticalMerges(rows: Cell[][], merges: readonly MergeRange[]): void {
  for (const merge of merges) {
    if (merge.bottom <= merge.top) continue
    const value = rows[merge.top]?.[merge.left] ?? null
    if (value === null) continue
    const last = Math.min(merge.bottom, rows.length - 1)
    for (let index = merge.top + 1; index <= last; index += 1) {
      const row = rows[index]
      if (row && merge.left < row.length && row[merge.left] === null) row[merge.left] = value
    }
  }
}
