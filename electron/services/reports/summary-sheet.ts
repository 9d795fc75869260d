import type { Row, Workbook, Worksheet } from 'exceljs'
import { directions } from '../../../shared/agreements/vocabulary.ts'
import { periodLabel } from '../../../shared/reports/period.ts'
import { peopleGroups, type AnnualReportData } from '../../../shared/reports/report-data.ts'
import type { CellContext } from './cell-values.ts'
import { setCell, styleHeader } from './sheet-style.ts'

interface SummaryOptions {
  data: AnnualReportData
  context: CellContext
  dateFormat: string
  firstMonth: number
}

const sumOf = (values: number[]) => values.reduce((total, value) => total + value, 0)
/** The streaming sheet has no row count: the next row's number from the last one written. */
const nextRow = (sheet: Worksheet) => (sheet.lastRow?.number ?? 0) + 1

function labelled(sheet: Worksheet, label: string, value: number | string): Row {
  const row = sheet.addRow([label, value])
  row.getCell(1).alignment = { indent: 1 }
  return row
}

function section(sheet: Worksheet, titles: string[]): Row {
  sheet.addRow([])
  const row = sheet.addRow(titles)
  styleHeader(row)
  return row
}

/** A total row: each number column summed by formula over `from`..`to`, with its value. */
function totalRow(sheet: Worksheet, label: string, from: number, to: number, results: number[]) {
  const row = sheet.addRow([label])
  results.forEach((result, index) => {
    const letter = String.fromCharCode(66 + index)
    row.getCell(index + 2).value = { formula: `SUM(${letter}${from}:${letter}${to})`, result }
  })
  row.font = { bold: true }
  return row
}

/** Who was exchanged: students by level, staff, in and out, with totals that are formulas. */
function writePeople(sheet: Worksheet, { data, context }: SummaryOptions): void {
  const { summary } = context.words
  const vocabulary = context.vocabulary
  section(sheet, [
    summary.people,
    vocabulary.directions.outgoing,
    vocabulary.directions.incoming,
    summary.total,
  ])
  const count = (direction: string, group: string) =>
    sumOf(
      data.summary.people
        .filter((entry) => entry.direction === direction && entry.group === group)
        .map((entry) => entry.people),
    )
  const first = nextRow(sheet)
  const studentGroups = peopleGroups.filter((group) => group !== 'staff')
  const groupRows = peopleGroups.map((group) => {
    const figures = directions.map((direction) => count(direction, group))
    const row = sheet.addRow([summary.groups[group], ...figures])
    const rowNumber = row.number
    row.getCell(4).value = { formula: `B${rowNumber}+C${rowNumber}`, result: sumOf(figures) }
    return figures
  })
  const studentFigures = directions.map((_, index) =>
    sumOf(groupRows.slice(0, studentGroups.length).map((figures) => figures[index]!)),
  )
  const lastStudent = first + studentGroups.length - 1
  const students = totalRow(sheet, summary.students, first, lastStudent, [
    ...studentFigures,
    sumOf(studentFigures),
  ])
  students.font = { italic: true }
  const all = directions.map((_, index) => sumOf(groupRows.map((figures) => figures[index]!)))
  totalRow(sheet, summary.total, first, first + peopleGroups.length - 1, [...all, sumOf(all)])
}

function writeFunding(sheet: Worksheet, { data, context }: SummaryOptions): void {
  const { summary } = context.words
  section(sheet, [summary.funded, summary.placesPerYear])
  const first = nextRow(sheet)
  for (const entry of data.summary.funded) {
    const name = entry.funding
      ? context.vocabulary.fundings[entry.funding]
      : summary.fundingNotRecorded
    labelled(sheet, name, entry.places)
  }
  const places = data.summary.funded.map((entry) => entry.places)
  totalRow(sheet, summary.total, first, Math.max(first, nextRow(sheet) - 1), [sumOf(places)])
}

/** The first sheet: what the period was and its headline figures. */
export function writeSummarySheet(workbook: Workbook, name: string, options: SummaryOptions) {
  const { data, context, dateFormat } = options
  const { summary } = context.words
  const sheet = workbook.addWorksheet(name)
  sheet.columns = [{ width: 46 }, { width: 16 }, { width: 16 }, { width: 16 }]
  const title = sheet.addRow([summary.title])
  title.font = { bold: true, size: 14 }
  const label = periodLabel(data.period, options.firstMonth)
  const template = data.period.kind === 'academic' ? summary.academicYear : summary.calendarYear
  sheet.addRow([template.replace('{year}', label)]).font = { bold: true }
  const dates = labelled(sheet, summary.dates, '')
  setCell(dates.getCell(2), { date: data.bounds.from }, dateFormat)
  setCell(dates.getCell(3), { date: data.bounds.to }, dateFormat)
  if (data.through < data.bounds.to) {
    setCell(labelled(sheet, summary.through, '').getCell(2), { date: data.through }, dateFormat)
  }
  const mobilityYear = { kind: 'academic', year: data.bounds.mobilityYear } as const
  labelled(sheet, summary.mobilityYear, periodLabel(mobilityYear, options.firstMonth))
  setCell(labelled(sheet, summary.made, '').getCell(2), { date: data.today }, dateFormat)

  section(sheet, [summary.agreements, ''])
  labelled(sheet, summary.inForce, data.summary.inForce)
  labelled(sheet, summary.newAgreements, data.summary.newAgreements)
  labelled(sheet, summary.ended, data.summary.ended)
  labelled(sheet, summary.partners, data.summary.partners)
  labelled(sheet, summary.countries, data.summary.countries)
  writePeople(sheet, options)
  writeFunding(sheet, options)
  sheet.commit()
}
