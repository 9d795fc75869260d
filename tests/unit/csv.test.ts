import { toCsv } from '../../shared/export/csv.ts'
import { neutralizeFormula } from '../../shared/export/formula-injection.ts'

/** An RFC 4180 reader, written here so the test does not trust the writer's own rules. */
function readCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && char === delimiter) {
      row.push(cell)
      cell = ''
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else {
      cell += char
    }
  }
  return rows
}

const hostile = [
  '=HYPERLINK("http://evil","click")',
  '+7 701 555 0101',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  'Қазақ ұлттық университеті; "Әл-Фараби"',
  'two\nlines',
]

describe('CSV export', () => {
  it('starts with a BOM and round-trips every cell, hostile ones as text', () => {
    for (const delimiter of [',', ';'] as const) {
      const csv = toCsv(
        ['Name', 'Places'],
        [...hostile.map((text) => [text, 3]), ['x', null]],
        delimiter,
      )
      expect(csv.startsWith('\uFEFF')).toBe(true)
      const rows = readCsv(csv.slice(1), delimiter)
      expect(rows[0]).toEqual(['Name', 'Places'])
      expect(rows.slice(1).map((row) => row[0])).toEqual([
        ...hostile.map((text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)),
        'x',
      ])
      // Numbers stay numbers: no apostrophe, no quotes.
      expect(rows.slice(1).map((row) => row[1])).toEqual([...hostile.map(() => '3'), ''])
    }
  })

  it('leaves harmless text and negative numbers alone', () => {
    expect(neutralizeFormula('Baku State University')).toBe('Baku State University')
    expect(neutralizeFormula('=1+1')).toBe("'=1+1")
    expect(toCsv(['n'], [[-5]], ',')).toBe('\uFEFFn\r\n-5\r\n')
  })
})
