import { randomBytes } from 'node:crypto'
import type { Db } from '../../../db/connection.ts'
import { commitImport, importContext, newestImport, undoImport } from '../../../db/imports.ts'
import { readSetting, writeValue } from '../../../db/settings.ts'
import { AppFailure } from '../../../shared/contract/failure.ts'
import type { IsoDate } from '../../../shared/dates.ts'
import { importFields, type ImportField } from '../../../shared/import/import-fields.ts'
import type {
  ImportBatchSummary,
  ImportJob,
  ImportLayout,
  ImportLayoutInput,
  ImportOpened,
  ImportPreview,
  ImportSettings,
  ImportUndone,
} from '../../../shared/import/import.ts'
import { cleanFileName } from '../document-store.ts'
import { commitOf, reportOf } from './import-commit.ts'
import { layoutOf, layoutSignature, columnsOf } from './import-layout.ts'
import { planImport, type ImportPlan } from './import-plan.ts'
import { previewOf } from './import-preview.ts'
import { readSpreadsheet, type SpreadsheetFile } from './read-spreadsheet.ts'

interface Session {
  fileName: string
  file: SpreadsheetFile
}

export interface ImportService {
  open(fileName: string, contentBase64: string): Promise<ImportOpened>
  layout(input: ImportLayoutInput): Promise<ImportLayout>
  preview(settings: ImportSettings): Promise<ImportPreview>
  commit(settings: ImportSettings): Promise<{ jobId: string }>
  job(jobId: string): ImportJob
  newest(): Promise<ImportBatchSummary | null>
  undo(batchId: number): Promise<ImportUndone>
}

/** Files open in the wizard are kept in memory; a few at most (one per window is the rule). */
const maxSessions = 3
const mappingsKey = 'import.mappings'
const maxRememberedMappings = 50

/**
 * The import wizard's work in the main process: a file is read once when opened, and every
 * later step (sheet and header choice, mapping, preview, commit) works on that copy.
 */
export function createImportService(db: Db, today: () => IsoDate): ImportService {
  const sessions = new Map<string, Session>()
  const jobs = new Map<string, ImportJob>()

  function session(importId: string): Session {
    const found = sessions.get(importId)
    if (!found) {
      throw new AppFailure(
        'not_found',
        'This import is no longer open (the app may have restarted). Choose the file again.',
      )
    }
    return found
  }

  function sheetOf(found: Session, sheet: number) {
    const chosen = found.file.sheets[sheet]
    if (!chosen)
      throw new AppFailure('validation', 'The file has no such sheet.', {
        fields: { sheet: 'invalid_value' },
      })
    return chosen
  }

  async function rememberedMappings(): Promise<Record<string, Array<ImportField | null>>> {
    const stored = await readSetting(db, mappingsKey)
    if (typeof stored !== 'object' || stored === null) return {}
    const known = new Set<string>(importFields)
    const result: Record<string, Array<ImportField | null>> = {}
    for (const [signature, mapping] of Object.entries(stored)) {
      if (Array.isArray(mapping) && mapping.every((field) => field === null || known.has(field))) {
        result[signature] = mapping as Array<ImportField | null>
      }
    }
    return result
  }

  async function layout(found: Session, sheet: number, headerRow?: number): Promise<ImportLayout> {
    const mappings = await rememberedMappings()
    return layoutOf(
      sheetOf(found, sheet).rows,
      sheet,
      headerRow,
      (signature) => mappings[signature] ?? null,
    )
  }

  async function plan(settings: ImportSettings): Promise<{ found: Session; plan: ImportPlan }> {
    const found = session(settings.importId)
    const rows = sheetOf(found, settings.sheet).rows
    const context = await importContext(db)
    return { found, plan: planImport(rows, settings, context) }
  }

  async function runCommit(jobId: string, settings: ImportSettings): Promise<void> {
    const { found, plan: planned } = await plan(settings)
    const sheet = sheetOf(found, settings.sheet)
    const commit = commitOf(planned, {
      fileName: found.fileName,
      sheetName: sheet.name,
      mapping: settings.mapping,
    })
    const total = commit.agreements.length
    const result = await commitImport(db, commit, today(), async (done) => {
      jobs.set(jobId, { jobId, state: 'running', done, total })
      // Lets the host answer progress polls between rows.
      await new Promise((resolve) => setImmediate(resolve))
    })
    // The import is in; a mapping that cannot be remembered must not report it as failed.
    await rememberMapping(
      layoutSignature(columnsOf(sheet.rows, settings.headerRow)),
      settings.mapping,
    ).catch((error: unknown) => console.error('The column mapping could not be remembered:', error))
    jobs.set(jobId, {
      jobId,
      state: 'done',
      report: reportOf(planned, result, found.fileName, sheet.name),
    })
  }

  async function rememberMapping(signature: string, mapping: Array<ImportField | null>) {
    const mappings = await rememberedMappings()
    delete mappings[signature]
    const kept = Object.entries(mappings).slice(-(maxRememberedMappings - 1))
    await writeValue(db, mappingsKey, Object.fromEntries([...kept, [signature, mapping]]))
  }

  return {
    async open(givenName, contentBase64) {
      // Only the name's last part is shown and kept, without control characters.
      const fileName = cleanFileName(givenName)
      const bytes = Buffer.from(contentBase64, 'base64')
      const file = await readSpreadsheet(
        fileName,
        new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      )
      const importId = randomBytes(12).toString('hex')
      if (sessions.size >= maxSessions) sessions.delete(sessions.keys().next().value as string)
      const found = { fileName, file }
      sessions.set(importId, found)
      // The sheet with the most rows is the register; notes and instructions are short.
      const sheet = file.sheets.reduce(
        (best, candidate, index) =>
          candidate.rows.length > (file.sheets[best]?.rows.length ?? -1) ? index : best,
        0,
      )
      return {
        importId,
        fileName,
        format: file.format,
        encoding: file.encoding ?? null,
        delimiter: file.delimiter ?? null,
        sheets: file.sheets.map((candidate) => ({
          name: candidate.name,
          rows: candidate.rows.length,
        })),
        layout: await layout(found, sheet),
      }
    },
    layout: (input) => layout(session(input.importId), input.sheet, input.headerRow),
    async preview(settings) {
      return previewOf((await plan(settings)).plan, settings)
    },
    async commit(settings) {
      session(settings.importId)
      if ([...jobs.values()].some((job) => job.state === 'running')) {
        throw new AppFailure(
          'conflict',
          'Another import is being written. Wait until it has finished.',
        )
      }
      const jobId = randomBytes(12).toString('hex')
      jobs.set(jobId, { jobId, state: 'running', done: 0, total: 0 })
      runCommit(jobId, settings).catch((error: unknown) => {
        if (!(error instanceof AppFailure)) console.error(error)
        const reason = error instanceof Error ? error.message : String(error)
        jobs.set(jobId, {
          jobId,
          state: 'failed',
          message: `Nothing was imported: ${reason}`,
        })
      })
      return { jobId }
    },
    job(jobId) {
      const job = jobs.get(jobId)
      if (!job)
        throw new AppFailure('not_found', 'This import is not known (the app may have restarted).')
      return job
    },
    newest: () => newestImport(db),
    undo: (batchId) => undoImport(db, batchId),
  }
}
