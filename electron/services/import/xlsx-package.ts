import * as zlib from 'node:zlib'

/**
 * The ZIP side of an XLSX, below what fflate offers:
 *
 * - Checksums. fflate (and so read-excel-file) inflates without checking the CRC-32 the
 *   archive records, so a damaged byte inside a deflate stream can decode into different text
 *   with no error: a bit flipped in a copy would silently change a date or a name. Each
 *   inflated entry is compared with the checksum in the central directory.
 * - A stored repack. The XML is inflated once, here; read-excel-file is then handed the same,
 *   checked bytes in an uncompressed ZIP, which it unpacks at once (its own unpacking inflates
 *   large entries in worker threads, a third of its time on a 50,000-row sheet).
 */

export interface ZipEntryChecksum {
  crc: number
  size: number
}

const localFileHeader = 0x04034b50
const centralDirectoryHeader = 0x02014b50
const endOfCentralDirectory = 0x06054b50
const zip64Marker = 0xffffffff

/**
 * The recorded checksum and size of each entry, by name, from the central directory; `null` if
 * the archive uses ZIP64 records (then not checked). Throws if the directory is missing or cut.
 */
export function entryChecksums(bytes: Uint8Array): Map<string, ZipEntryChecksum> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const lowest = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === endOfCentralDirectory) {
      end = at
      break
    }
  }
  if (end < 0) throw new Error('the ZIP end record is missing')
  const count = view.getUint16(end + 10, true)
  const offset = view.getUint32(end + 16, true)
  if (count === 0xffff || offset === zip64Marker) return null
  const decoder = new TextDecoder()
  const entries = new Map<string, ZipEntryChecksum>()
  let at = offset
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== centralDirectoryHeader) {
      throw new Error('the ZIP central directory is damaged')
    }
    const crc = view.getUint32(at + 16, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    if (size !== zip64Marker) entries.set(name, { crc, size })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

let crcTable: Uint32Array | undefined

function javascriptCrc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let byte = 0; byte < 256; byte += 1) {
      let crc = byte
      for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
      crcTable[byte] = crc >>> 0
    }
  }
  let crc = 0xffffffff
  for (let index = 0; index < bytes.length; index += 1) {
    crc = crcTable[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8)
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** CRC-32 as ZIP uses it: Node's native one (Node 22.2+), else a table-driven one. */
export function crc32(bytes: Uint8Array): number {
  return typeof zlib.crc32 === 'function' ? zlib.crc32(bytes) >>> 0 : javascriptCrc32(bytes)
}

/**
 * Each inflated entry's CRC-32, after checking it (and the size) against the recorded one when
 * there is one; returns the name of the first damaged entry instead if any differs.
 */
export function checkEntries(
  files: Record<string, Uint8Array>,
  recorded: Map<string, ZipEntryChecksum> | null,
): { crcs: Map<string, number>; damaged?: string } {
  const crcs = new Map<string, number>()
  for (const [name, data] of Object.entries(files)) {
    const crc = crc32(data)
    const expected = recorded?.get(name)
    if (expected && (expected.size !== data.length || expected.crc !== crc)) {
      return { crcs, damaged: name }
    }
    crcs.set(name, crc)
  }
  return { crcs }
}

/** An uncompressed ZIP of the given entries (UTF-8 names, no timestamps). */
export function storedZip(
  files: Record<string, Uint8Array>,
  crcs: Map<string, number>,
): Uint8Array {
  const encoder = new TextEncoder()
  const entries = Object.entries(files).map(([name, data]) => ({
    name: encoder.encode(name),
    data,
    crc: crcs.get(name) ?? crc32(data),
  }))
  const localSize = entries.reduce(
    (sum, entry) => sum + 30 + entry.name.length + entry.data.length,
    0,
  )
  const directorySize = entries.reduce((sum, entry) => sum + 46 + entry.name.length, 0)
  const zip = new Uint8Array(localSize + directorySize + 22)
  const view = new DataView(zip.buffer)
  const offsets: number[] = []
  let at = 0
  for (const entry of entries) {
    offsets.push(at)
    view.setUint32(at, localFileHeader, true)
    view.setUint16(at + 4, 20, true) // version needed: 2.0
    view.setUint16(at + 6, 0x0800, true) // names are UTF-8
    view.setUint16(at + 8, 0, true) // stored
    view.setUint16(at + 12, 0x21, true) // 1980-01-01
    view.setUint32(at + 14, entry.crc, true)
    view.setUint32(at + 18, entry.data.length, true)
    view.setUint32(at + 22, entry.data.length, true)
    view.setUint16(at + 26, entry.name.length, true)
    zip.set(entry.name, at + 30)
    zip.set(entry.data, at + 30 + entry.name.length)
    at += 30 + entry.name.length + entry.data.length
  }
  const directory = at
  entries.forEach((entry, index) => {
    view.setUint32(at, centralDirectoryHeader, true)
    view.setUint16(at + 4, 20, true) // made by: 2.0
    view.setUint16(at + 6, 20, true)
    view.setUint16(at + 8, 0x0800, true)
    view.setUint16(at + 10, 0, true)
    view.setUint16(at + 14, 0x21, true)
    view.setUint32(at + 16, entry.crc, true)
    view.setUint32(at + 20, entry.data.length, true)
    view.setUint32(at + 24, entry.data.length, true)
    view.setUint16(at + 28, entry.name.length, true)
    view.setUint32(at + 42, offsets[index]!, true)
    zip.set(entry.name, at + 46)
    at += 46 + entry.name.length
  })
  view.setUint32(at, endOfCentralDirectory, true)
  view.setUint16(at + 8, entries.length, true)
  view.setUint16(at + 10, entries.length, true)
  view.setUint32(at + 12, at - directory, true)
  view.setUint32(at + 16, directory, true)
  return zip
}
