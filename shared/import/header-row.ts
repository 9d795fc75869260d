import { cellText, type Cell } from './cell.ts'
import { fieldForHeader } from './import-fields.ts'

/** Office registers keep their header near the top; a header further down is not looked for. */
const searchedRows = 30

function isText(cell: Cell): boolean {
  return typeof cell === 'string' && cell.trim() !== ''
}

/** How many different fields a row's cells name. */
function knownFieldCount(row: ReadonlyArray<Cell>): number {
  const fields = new Set(row.filter(isText).map((cell) => fieldForHeader(cellText(cell))))
  fields.delete(null)
  return fields.size
}

/**
 * The index of the header row: within the first 30 rows, the row that names the most known
 * fields (at least 2; the first such row on a tie); failing that, the first row with at least
 * two non-empty text cells; 0 for an empty sheet. Title rows ("Реестр договоров 2024", which a
 * merged title leaves in one cell) and blank rows above the header are thereby skipped.
 */
export function findHeaderRow(rows: ReadonlyArray<ReadonlyArray<Cell>>): number {
  const top = rows.slice(0, searchedRows)
  let best = -1
  let bestCount = 1
  top.forEach((row, index) => {
    const count = knownFieldCount(row)
    if (count > bestCount) {
      best = index
      bestCount = count
    }
  })
  if (best >= 0) return best
  const firstWithText = top.findIndex((row) => row.filter(isText).length >= 2)
  return firstWithText >= 0 ? firstWithText : 0
}
