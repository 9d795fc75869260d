import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type { KyselyPlugin } from 'kysely'
import { openAppDatabase } from '../../electron/services/app-database.ts'
import { createBackupService } from '../../electron/services/backups/backup-service.ts'
import { createDocumentStore } from '../../electron/services/document-store.ts'
import { createImportService } from '../../electron/services/import/import-service.ts'
import type { IsoDate } from '../../shared/dates.ts'
import { importSettingsInput, type ImportJob } from '../../shared/import/import.ts'

/**
 * The victim of tests/services/crash-safety.test.ts: a stand-in for the app doing one large
 * write on the office's database file, with the app's own code, until the test kills it.
 *
 * Run as `node tests/support/crash-child.ts`. It loads the app's modules first and says
 * `{"event":"loaded"}`, then waits for one JSON line on stdin naming its work (so the test can
 * start the next victim while the current one writes), and reports what it does as JSON lines on
 * stdout (pipes are synchronous on Linux, so a line is out before the next step starts). When
 * the write is done it keeps the database open and waits to be killed, as a running app would:
 * nothing is closed or checkpointed. Stdin closing (the test gone) ends it quietly.
 */

export type CrashWork =
  | { mode: 'import'; dataDir: string; file: string; today: IsoDate }
  | { mode: 'undo'; dataDir: string }
  /** `name`: a backup in the data folder's backup folder, as the Backups screen names it. */
  | { mode: 'restore'; dataDir: string; name: string }

export type CrashMessage =
  | { event: 'loaded' }
  | { event: 'ready' }
  | { event: 'progress'; done: number; total: number }
  | { event: 'done'; agreements: number; partners: number; contacts: number; linked: number }
  | { event: 'undo-started'; batchId: number }
  | { event: 'undone'; agreements: number; partners: number; contacts: number }
  | { event: 'restore-started' }
  /**
   * The restore is about to run its `n`th statement on the app's connection: `verb` is a raw
   * statement's first word (ATTACH, PRAGMA, DELETE, INSERT, DETACH), or the kind of a built
   * query (SELECT, INSERT for the settings).
   */
  | { event: 'statement'; n: number; verb: string }
  | { event: 'restored'; safetyBackup: string }

const tell = (message: CrashMessage) => process.stdout.write(`${JSON.stringify(message)}\n`)

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(2)
}

/**
 * Keeps the process and its open database alive until the test kills it. The database is held
 * on purpose: unreachable, better-sqlite3 closes it when collected, and SQLite would then fold
 * the WAL into the file and remove it, which is not what a killed app leaves.
 */
const held: unknown[] = []
const waitForKill = (opened: unknown) => {
  held.push(opened)
  setInterval(() => held.length, 60_000)
}

/** Opens, checks and commits the file as the import wizard does, reporting every chunk written. */
async function runImport(dataDir: string, file: string, today: IsoDate): Promise<void> {
  const opened = await openAppDatabase(dataDir)
  const service = createImportService(opened.db, () => today)
  const register = await service.open('register.xlsx', readFileSync(file).toString('base64'))
  const settings = importSettingsInput.parse({
    importId: register.importId,
    sheet: register.layout.sheet,
    headerRow: register.layout.headerRow,
    mapping: register.layout.mapping,
    dateOrder: null,
  })
  await service.preview(settings)
  tell({ event: 'ready' })
  const { jobId } = await service.commit(settings)
  // The commit yields to the event loop (setImmediate) after every chunk it has written; this
  // poll runs in between, as the screen's progress polls do, and reports each new state.
  let reported = -1
  const poll = () => {
    const job: ImportJob = service.job(jobId)
    if (job.state === 'running') {
      if (job.total > 0 && job.done !== reported) {
        reported = job.done
        tell({ event: 'progress', done: job.done, total: job.total })
      }
      setImmediate(poll)
    } else if (job.state === 'done') {
      tell({
        event: 'done',
        agreements: job.report.createdAgreements,
        partners: job.report.createdPartners,
        contacts: job.report.createdContacts,
        linked: job.report.linkedPartners,
      })
      waitForKill(opened)
    } else fail(job.message)
  }
  setImmediate(poll)
}

/** Takes the newest import back, as the import screen's "Undo" does. */
async function runUndo(dataDir: string): Promise<void> {
  const opened = await openAppDatabase(dataDir)
  const service = createImportService(opened.db, () => '2000-01-01')
  const newest = await service.newest()
  if (!newest || newest.blockedBy) fail(`No import to undo: ${JSON.stringify(newest)}`)
  tell({ event: 'undo-started', batchId: newest.batchId })
  const undone = await service.undo(newest.batchId)
  tell({
    event: 'undone',
    agreements: undone.removedAgreements,
    partners: undone.removedPartners,
    contacts: undone.removedContacts,
  })
  waitForKill(opened)
}

/**
 * Says each statement before it runs (a plugin sees every query as it is compiled, just before
 * it is executed), so that the test can tell when the restore is inside its transaction: it
 * only looks, and changes nothing.
 */
function statementReporter(): KyselyPlugin {
  let n = 0
  return {
    transformQuery({ node }) {
      const verb =
        node.kind === 'RawNode'
          ? (node.sqlFragments[0]?.trim().split(/\s+/)[0]?.toUpperCase() ?? '')
          : node.kind.replace(/QueryNode$/, '').toUpperCase()
      tell({ event: 'statement', n: ++n, verb })
      return node
    },
    transformResult: ({ result }) => Promise.resolve(result),
  }
}

/**
 * Restores a backup from the backup folder as the Backups screen does: the service takes the
 * before-restore backup first, then replaces the records in one transaction.
 */
async function runRestore(dataDir: string, name: string): Promise<void> {
  const opened = await openAppDatabase(dataDir)
  const watched = { db: opened.db.withPlugin(statementReporter()), sqlite: opened.sqlite }
  const service = createBackupService(watched, dataDir, 'crash-test', createDocumentStore(dataDir))
  tell({ event: 'restore-started' })
  const { safetyBackup } = await service.restore(name)
  tell({ event: 'restored', safetyBackup })
  waitForKill(opened)
}

function nextLine(): Promise<string | null> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin })
    lines.once('line', (line) => {
      resolve(line)
      lines.close()
    })
    lines.once('close', () => resolve(null))
  })
}

// A victim only ever ends by the test's SIGKILL (or by stdin closing before it has work); say so
// if it ends any other way, since then SQLite would have closed the file and folded its WAL in.
process.on('exit', (code) => {
  if (code !== 0) process.stderr.write(`crash-child exited by itself (${code})\n`)
})
tell({ event: 'loaded' })
const line = await nextLine()
if (line === null) process.exit(0)
// The test holds stdin open until it kills the victim; if it goes away instead (a timeout),
// stdin ends and the victim goes too, rather than wait for a kill that will not come.
process.stdin.on('end', () => process.exit(0)).resume()
try {
  const work = JSON.parse(line) as CrashWork
  if (work.mode === 'import') await runImport(work.dataDir, work.file, work.today)
  else if (work.mode === 'undo') await runUndo(work.dataDir)
  else await runRestore(work.dataDir, work.name)
} catch (error) {
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error))
}
