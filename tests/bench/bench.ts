import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openAppDatabase } from '../../electron/services/app-database.ts'
import { measureAnnualReport } from './annual-report.ts'
import { measureBrowser } from './browser.ts'
import { measureImport } from './import.ts'
import { parseArgs } from 'node:util'
import { openDatabase } from '../../db/connection.ts'
import { listAgreements } from '../../db/agreements-list.ts'
import { migrateToLatest } from '../../db/migrate.ts'
import {
  dashboardTiles,
  figuresByCountry,
  flowsByYear,
  mobilityAgainstQuotas,
  recentActivity,
} from '../../db/dashboard.ts'
import { listPartners } from '../../db/partners.ts'
import { listRenewals, pendingReminders } from '../../db/renewals.ts'
import { academicYearBounds, academicYearOf } from '../../shared/agreements/academic-year.ts'
import { flowYears } from '../../shared/dashboard/dashboard.ts'
import { agreementListInput, type AgreementListInput } from '../../shared/agreements/agreement.ts'
import { todayIso } from '../../shared/dates.ts'
import { partnerListInput } from '../../shared/partners/partner.ts'
import { toCsv } from '../../shared/export/csv.ts'
import { measure, printTable, type Figure } from './measure.ts'
import { fillScaleData } from './scale-data.ts'

/**
 * `npm run bench [-- --quick] [-- --json FILE] [-- --no-browser]`: speed at a large university's
 * scale, measured on a database file filled by the seeded generator (scale-data.ts). Figures, not
 * verdicts: CI runs --quick only to keep this working. --no-browser leaves out the Chromium
 * figures, which need a built renderer (npm run build).
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
  },
})
const size = values.quick
  ? { partners: 200, agreements: 500 }
  : { partners: 2000, agreements: 10000 }
const today = todayIso()

// A file in a temporary folder, so that the preview host can serve the same data to Chromium.
const dataDir = mkdtempSync(join(tmpdir(), 'accord-bench-'))
const opened = await openAppDatabase(dataDir)
const figures: Figure[] = []
figures.push(
  await measure(
    'open and migrate an empty database',
    async () => {
      const fresh = openDatabase(':memory:')
      await migrateToLatest(fresh.db)
      await fresh.close()
    },
    5,
  ),
)
const filling = performance.now()
await fillScaleData(opened, size, today, dataDir)
const counts = opened.sqlite
  .prepare(
    `SELECT (SELECT count(*) FROM partners) AS partners, (SELECT count(*) FROM contacts) AS contacts,
  (SELECT count(*) FROM agreements) AS agreements,
  (SELECT count(*) FROM agreement_conditions) AS quotas, (SELECT count(*) FROM exchange_counts) AS exchangeCounts,
  (SELECT count(*) FROM agreement_events) AS events, (SELECT count(*) FROM documents) AS documents`,
  )
  .get()
console.log(
  `data: ${JSON.stringify(counts)} generated in ${((performance.now() - filling) / 1000).toFixed(1)} s`,
)
// The generator's hundreds of thousands of statements leave native clean-up that runs on the
// next turns of the event loop (seen: 3 s at full size); it is not any figure's work.
const settling = performance.now()
for (let turn = performance.now(), last = Infinity; last > 5; turn = performance.now()) {
  await new Promise((resolve) => setImmediate(resolve))
  last = performance.now() - turn
}
console.log(`settled in ${((performance.now() - settling) / 1000).toFixed(1)} s\n`)

const list = (input: AgreementListInput) => () =>
  listAgreements(opened.db, agreementListInput.parse(input), today)
const cases: Array<[string, AgreementListInput]> = [
  ['agreements list, all, by end date', {}],
  ['agreements list, by reference', { sort: 'reference' }],
  ['agreements list, by partners', { sort: 'partners' }],
  ['agreements list, by status', { sort: 'status' }],
  ['agreements list, status = due', { status: 'due' }],
  ['agreements list, kind = framework', { kind: 'framework' }],
  ['agreements list, country = KZ', { country: 'KZ' }],
  ['agreements list, ends within 90 days', { endsWithinDays: 90 }],
  ['agreements search, Latin "techn"', { query: 'techn' }],
  ['agreements search, Cyrillic "педагог"', { query: 'педагог' }],
]
const plain = opened.sqlite.prepare(
  'SELECT id, reference, title, kind, state, ends_on FROM agreements ORDER BY ends_on',
)
const baseline = await measure('plain indexed query, all agreements', () => plain.all())
for (const [name, input] of cases)
  figures.push({
    ...(await measure(name, list(input))),
    baseline: { name: 'plain query', median: baseline.median },
  })
figures.push(
  await measure('partners search, Cyrillic "университет № 1"', () =>
    listPartners(opened.db, partnerListInput.parse({ query: 'университет № 1' })),
  ),
)
figures.push(
  await measure('partners search, Latin "polytechnic"', () =>
    listPartners(opened.db, partnerListInput.parse({ query: 'polytechnic' })),
  ),
)

// The dashboard handler's work (electron/services/handlers/dashboard.ts): its five queries, for
// the current academic year with September starts (the handler reads the start month from settings).
const academicYear = academicYearOf(today, 9)
const year = { academicYear, ...academicYearBounds(academicYear, 9) }
const dashboardParts: Array<[string, () => Promise<unknown>]> = [
  ['dashboard: tiles', () => dashboardTiles(opened.db, today, year)],
  ['dashboard: mobility against quotas', () => mobilityAgainstQuotas(opened.db, year)],
  [
    `dashboard: flows by year (${flowYears} years)`,
    () => flowsByYear(opened.db, academicYear - flowYears + 1, academicYear),
  ],
  ['dashboard: figures by country', () => figuresByCountry(opened.db, today, academicYear)],
  ['dashboard: recent activity (8)', () => recentActivity(opened.db, today, 8)],
]
figures.push(
  await measure('dashboard figures (all five queries)', async () => {
    for (const [, part] of dashboardParts) await part()
  }),
)
for (const [name, part] of dashboardParts) figures.push(await measure(name, part))
figures.push(
  await measure('renewals due (90-day horizon)', () => listRenewals(opened.db, today, 90)),
)
figures.push(await measure('renewal reminders pending', () => pendingReminders(opened.db, today)))
// What "Export CSV" does with the whole list: the list query, then the file's text (the renderer
// adds only translated words for kind and status).
figures.push(
  await measure('CSV of all agreements (list query + file text)', async () => {
    const rows = await listAgreements(opened.db, agreementListInput.parse({}), today)
    const header = ['Reference', 'Partners', 'Country', 'Kind', 'Status', 'Ends', 'Days left']
    const cells = rows.map((row) => [
      row.reference,
      row.partnerNames,
      row.countries,
      row.kind,
      row.status,
      row.endsOn,
      row.daysLeft,
    ])
    return toCsv(header, cells, ';').length
  }),
)
figures.push(baseline)
const report = await measureAnnualReport(opened.db, today, academicYear)
figures.push(...report.figures)

const imported = await measureImport(values.quick ? 500 : 10_000, today)
figures.push(...imported.figures)

if (!values['no-browser']) figures.push(...(await measureBrowser(dataDir, values.quick ? 2 : 5)))

printTable(figures)
const { footprint } = report
console.log(
  `\nannual report workbook: ${footprint.rows} rows, ${footprint.cells} cells, ` +
    `${(footprint.bytes / 1024).toFixed(0)} KB; peak memory +${footprint.peakRssGrowthMb.toFixed(0)} MB ` +
    `above the process before it; longest event-loop wait ${footprint.maxEventLoopDelayMs.toFixed(0)} ms`,
)
const importFootprint = imported.footprint
console.log(
  `import: ${importFootprint.rows} rows (${(importFootprint.bytes / 1024).toFixed(0)} KB of XLSX) -> ` +
    `${importFootprint.created} agreements; peak memory +${importFootprint.peakRssGrowthMb.toFixed(0)} MB ` +
    `above the process before it; longest event-loop wait ${importFootprint.maxEventLoopDelayMs.toFixed(0)} ms`,
)
if (values.json)
  writeFileSync(
    values.json,
    JSON.stringify({ size, counts, figures, footprint, importFootprint }, null, 2),
  )
await opened.close()
rmSync(dataDir, { recursive: true, force: true })
