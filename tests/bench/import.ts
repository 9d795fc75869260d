import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase, type OpenedDatabase } from '../../db/connection.ts'
import { migrateToLatest } from '../../db/migrate.ts'
import {
  createImportService,
  type ImportService,
} from '../../electron/services/import/import-service.ts'
import { readSpreadsheet } from '../../electron/services/import/read-spreadsheet.ts'
import type { IsoDate } from '../../shared/dates.ts'
import {
  importSettingsInput,
  type ImportOpened,
  type ImportReport,
} from '../../shared/import/import.ts'
import { largeAgreementsXlsx } from '../support/import-fixtures.ts'
import { footprintOf, measure, type Figure } from './measure.ts'

export interface ImportFootprint {
  rows: number
  bytes: number
  created: number
  peakRssGrowthMb: number
  maxEventLoopDelayMs: number
}

/** A new, empty office database file: the first hour with Accord, when the register comes in. */
async function freshDatabase(folder: string, name: string): Promise<OpenedDatabase> {
  const opened = openDatabase(join(folder, `${name}.sqlite`))
  await migrateToLatest(opened.db)
  return opened
}

async function waitForCommit(service: ImportService, jobId: string): Promise<ImportReport> {
  for (;;) {
    const job = service.job(jobId)
    if (job.state === 'done') return job.report
    if (job.state === 'failed') throw new Error(job.message)
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

/** What the wizard does with a file, step by step, as the handlers call the service. */
async function importFile(service: ImportService, contentBase64: string) {
  const opened: ImportOpened = await service.open('register.xlsx', contentBase64)
  const settings = importSettingsInput.parse({
    importId: opened.importId,
    sheet: opened.layout.sheet,
    headerRow: opened.layout.headerRow,
    mapping: opened.layout.mapping,
    dateOrder: null,
  })
  await service.preview(settings)
  const { jobId } = await service.commit(settings)
  return waitForCommit(service, jobId)
}

/**
 * Raw better-sqlite3 writing what the import writes (its partners, agreements, partner links
 * and history events) from ready values in one transaction: the floor for the commit.
 */
function rawInserts(opened: OpenedDatabase, rows: number, now: string): void {
  const { sqlite } = opened
  const partner = sqlite.prepare(
    `INSERT INTO partners (name, kind, country, name_sort, search_text, created_at, updated_at)
     VALUES (?, 'university', ?, ?, ?, ?, ?)`,
  )
  const agreement = sqlite.prepare(
    `INSERT INTO agreements (reference, reference_key, title, kind, state, signed_on, ends_on, notice_days,
       search_text, partner_names, countries, partner_search, created_at, updated_at)
     VALUES (?, ?, ?, 'framework', 'active', '2020-01-01', '2025-12-31', 90, ?, ?, ?, ?, ?, ?)`,
  )
  const link = sqlite.prepare(
    'INSERT INTO agreement_partners (agreement_id, partner_id, position) VALUES (?, ?, 0)',
  )
  const event = sqlite.prepare(
    `INSERT INTO agreement_events (agreement_id, kind, occurred_on, note, created_at)
     VALUES (?, 'created', '2020-01-01', ?, ?)`,
  )
  sqlite.transaction(() => {
    const partnerIds: number[] = []
    for (let index = 0; index < 200; index++) {
      const name = `Partner university ${index}`
      partnerIds.push(
        Number(
          partner.run(name, 'KZ', name.toLowerCase(), name.toLowerCase(), now, now).lastInsertRowid,
        ),
      )
    }
    for (let index = 1; index <= rows; index++) {
      const reference = `IMP-${index}`
      const name = `Partner university ${index % 200}`
      const id = Number(
        agreement.run(
          reference,
          reference.toLowerCase(),
          name,
          reference.toLowerCase(),
          name,
          'KZ',
          name,
          now,
          now,
        ).lastInsertRowid,
      )
      link.run(id, partnerIds[index % 200])
      event.run(id, `Imported from register.xlsx, row ${index + 1}`, now)
    }
  })()
}

/**
 * Importing an office's register of `rows` agreements into an empty database, as the wizard
 * does it: the file read, every row checked (the preview), the commit in one transaction. Each
 * run gets a new database file. The baseline is raw better-sqlite3 inserting the same records.
 */
export async function measureImport(
  rows: number,
  today: IsoDate,
): Promise<{ figures: Figure[]; footprint: ImportFootprint }> {
  const folder = mkdtempSync(join(tmpdir(), 'accord-bench-import-'))
  const bytes = await largeAgreementsXlsx(rows)
  const contentBase64 = Buffer.from(bytes).toString('base64')
  let run = 0
  const fresh = () => freshDatabase(folder, `run-${run++}`)

  const read = await measure(
    `import: read the ${rows}-row XLSX`,
    () => readSpreadsheet('register.xlsx', bytes),
    5,
  )
  const checking = await fresh()
  const checker = createImportService(checking.db, () => today)
  const file = await checker.open('register.xlsx', contentBase64)
  const settings = importSettingsInput.parse({
    importId: file.importId,
    sheet: file.layout.sheet,
    headerRow: file.layout.headerRow,
    mapping: file.layout.mapping,
    dateOrder: null,
  })
  const preview = await measure(
    `import: check ${rows} rows (the preview)`,
    () => checker.preview(settings),
    5,
  )
  await checking.close()

  const raw = await measure(
    `raw better-sqlite3 inserting the same records`,
    async () => {
      const opened = await fresh()
      rawInserts(opened, rows, new Date().toISOString())
      await opened.close()
    },
    3,
  )
  let created = 0
  const whole = await measure(
    `import ${rows}-row XLSX, whole (read, check, commit)`,
    async () => {
      const opened = await fresh()
      const report = await importFile(
        createImportService(opened.db, () => today),
        contentBase64,
      )
      created = report.createdAgreements
      await opened.close()
    },
    3,
  )
  const footprintDb = await fresh()
  const footprint = await footprintOf(async () => {
    await importFile(
      createImportService(footprintDb.db, () => today),
      contentBase64,
    )
  })
  await footprintDb.close()
  rmSync(folder, { recursive: true, force: true })
  return {
    figures: [
      read,
      preview,
      { ...whole, baseline: { name: 'raw inserts', median: raw.median } },
      raw,
    ],
    footprint: { rows, bytes: bytes.length, created, ...footprint },
  }
}
