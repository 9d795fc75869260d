import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openAppDatabase } from '../../electron/services/app-database.ts'
import { measureBrowser } from './browser.ts'
import { parseArgs } from 'node:util'
import { openDatabase } from '../../db/connection.ts'
import { listAgreements } from '../../db/agreements-list.ts'
import { migrateToLatest } from '../../db/migrate.ts'
import { listPartners } from '../../db/partners.ts'
import { agreementListInput, type AgreementListInput } from '../../shared/agreements/agreement.ts'
import { todayIso } from '../../shared/dates.ts'
import { partnerListInput } from '../../shared/partners/partner.ts'
import { measure, printTable, type Figure } from './measure.ts'
import { fillScaleData } from './scale-data.ts'

/**
 * `npm run bench [-- --quick] [-- --json FILE]`: speed at a large university's scale, measured
 * on an in-memory database filled by the seeded generator. Figures, not verdicts: CI runs --quick
 * only to keep this working.
 */
const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, json: { type: 'string' } },
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
await fillScaleData(opened.db, size, today)
const counts = opened.sqlite
  .prepare(
    `SELECT (SELECT count(*) FROM partners) AS partners, (SELECT count(*) FROM agreements) AS agreements,
  (SELECT count(*) FROM agreement_conditions) AS quotas, (SELECT count(*) FROM exchange_counts) AS exchangeCounts`,
  )
  .get()
console.log(
  `data: ${JSON.stringify(counts)} generated in ${((performance.now() - filling) / 1000).toFixed(1)} s\n`,
)

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
figures.push(baseline)

figures.push(...(await measureBrowser(dataDir, values.quick ? 2 : 5)))

printTable(figures)
if (values.json) writeFileSync(values.json, JSON.stringify({ size, counts, figures }, null, 2))
await opened.close()
rmSync(dataDir, { recursive: true, force: true })
