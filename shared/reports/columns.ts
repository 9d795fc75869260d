/**
 * The columns each list sheet of the annual report can show. A report layout picks some of them
 * in an order; the workbook writer knows how to fill each one.
 */
export const listSheets = ['inForce', 'byCountry', 'mobility', 'changes', 'renewals'] as const
export type ListSheet = (typeof listSheets)[number]

/** The summary comes first and has a fixed shape; the list sheets follow. */
export const reportSheets = ['summary', ...listSheets] as const
export type ReportSheet = (typeof reportSheets)[number]

export type CellKind = 'text' | 'date' | 'number' | 'percent'

const agreementColumns = {
  reference: 'text',
  title: 'text',
  kind: 'text',
  status: 'text',
  partners: 'text',
  countries: 'text',
  unit: 'text',
  coordinator: 'text',
  signedOn: 'date',
  startsOn: 'date',
  endsOn: 'date',
  autoRenew: 'text',
  noticeOn: 'date',
  places: 'number',
  outgoing: 'number',
  incoming: 'number',
} as const satisfies Record<string, CellKind>

export const sheetColumns = {
  inForce: agreementColumns,
  byCountry: {
    country: 'text',
    partners: 'number',
    agreements: 'number',
    newAgreements: 'number',
    places: 'number',
    outgoing: 'number',
    incoming: 'number',
  },
  mobility: {
    reference: 'text',
    partners: 'text',
    countries: 'text',
    direction: 'text',
    mobilityType: 'text',
    level: 'text',
    places: 'number',
    people: 'number',
    filled: 'percent',
  },
  changes: { change: 'text', ...agreementColumns },
  renewals: { ...agreementColumns, daysLeft: 'number', lapseDecided: 'text' },
} as const satisfies Record<ListSheet, Record<string, CellKind>>

export type SheetColumn<S extends ListSheet> = keyof (typeof sheetColumns)[S] & string
export type ColumnId = { [S in ListSheet]: SheetColumn<S> }[ListSheet]

export function columnsOf(sheet: ListSheet): string[] {
  return Object.keys(sheetColumns[sheet])
}

export function cellKindOf(sheet: ListSheet, column: string): CellKind {
  return (sheetColumns[sheet] as Record<string, CellKind>)[column] ?? 'text'
}

/** Numeric columns get a total row that sums them (the percentage is recomputed from totals). */
export function isSummed(sheet: ListSheet, column: string): boolean {
  return cellKindOf(sheet, column) === 'number' && column !== 'daysLeft'
}
