import SqliteDatabase from 'better-sqlite3'
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { quickCheck, type Sqlite } from '../../db/connection.ts'
import { databaseFileName, openAppDatabase } from '../../electron/services/app-database.ts'
import { documentsTable, manifestTable } from '../../electron/services/backups/backup-file.ts'
import { createBackupService } from '../../electron/services/backups/backup-service.ts'
import { clearLeftovers, restoreWorkFolder } from '../../electron/services/backups/leftovers.ts'
import { fillDemoData } from '../../electron/services/demo-data.ts'
import { createDocumentStore } from '../../electron/services/document-store.ts'
import type { CrashMessage, CrashWork } from '../support/crash-child.ts'
import { dumpDatabase } from '../support/db-dump.ts'
import { largeAgreementsXlsx } from '../support/import-fixtures.ts'

/**
 * Crash safety: a process writing a large import (or taking one back, or restoring a backup) is
 * killed with SIGKILL at a random moment, many times over, and every time the database must open
 * clean with the app's own opening path and hold either all of that work or none of it.
 *
 * One database file goes from run to run: the demo office's data, then either nothing of the
 * import or all of it. An import victim writes the 3,000-row register into the file just as the
 * previous kill and the check left it (not reset: it is the recovered file that takes the next
 * import). Every fourth run undoes the import instead (a second large write: thousands of
 * agreements deleted with their links and history, and the partners the import created). And
 * every fourth, two after each undo, restores a backup taken of the first finished import onto
 * the demo office's data, through the backup service as the Backups screen does (a third large
 * write: every app table emptied and refilled from the backup, the import's agreements and its
 * audit trail with them, in one transaction, after a before-restore backup of the file). Only
 * to start a write on the state it needs is the file reset, from a copy taken with the check's
 * connection closed: to the demo office's data before an import or a restore if the last run
 * left all of one, to the first finished import before an undo if the last run left none.
 */

const rows = 3000
const runs = 36
const today = '2026-12-02'
const seed = Number(process.env.ACCORD_CRASH_SEED ?? 20261202)
const childScript = fileURLToPath(new URL('../support/crash-child.ts', import.meta.url))

/** A small seeded generator (mulberry32), so that a run's kill points can be replayed. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Heard {
  message: CrashMessage
  /** When the test read it (performance.now()). */
  at: number
}

interface Victim {
  child: ChildProcessByStdio<Writable, Readable, Readable>
  heard: Heard[]
  stderr: () => string
  closed: Promise<void>
  /** The first message that matches, once the victim has said it. */
  waitFor(what: string, matches: (message: CrashMessage) => boolean): Promise<Heard>
}

const living = new Set<Victim['child']>()
/** Set once a test has ended: a test body still running after a timeout starts no victims. */
let stopped = false

function killAll(): void {
  for (const child of living) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  living.clear()
}

/** Starts a victim: it loads the app's modules and then waits to be told its work. */
function spawnVictim(): Victim {
  if (stopped) throw new Error('The test has ended.')
  const { NODE_OPTIONS: _ignored, ...env } = process.env
  const child = spawn(process.execPath, [childScript], { env, stdio: ['pipe', 'pipe', 'pipe'] })
  living.add(child)
  const heard: Heard[] = []
  const waiting = new Set<() => void>()
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (text: string) => (stderr += text))
  child.stdin.on('error', () => {}) // a killed victim's stdin may be gone already
  createInterface({ input: child.stdout }).on('line', (line) => {
    heard.push({ message: JSON.parse(line) as CrashMessage, at: performance.now() })
    for (const check of waiting) check()
  })
  const closed = new Promise<void>((resolve) =>
    child.once('close', () => {
      living.delete(child)
      resolve()
    }),
  )
  return {
    child,
    heard,
    stderr: () => stderr,
    closed,
    waitFor: (what, matches) =>
      new Promise<Heard>((resolve, reject) => {
        const check = () => {
          const found = heard.find((entry) => matches(entry.message))
          if (found) {
            waiting.delete(check)
            resolve(found)
          }
        }
        waiting.add(check)
        check()
        void closed.then(() => {
          waiting.delete(check)
          const how = child.exitCode ?? child.signalCode
          reject(new Error(`The victim ended (${how}) before ${what}: ${stderr}`))
        })
      }),
  }
}

const is = (event: CrashMessage['event']) => (message: CrashMessage) => message.event === event
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const times = new Set(['created_at', 'updated_at'])

/** JSON without the write's clock: two imports of the same file then write the same. */
function withoutTimes(value: unknown): string {
  return JSON.stringify(value, (key, field: unknown) => (times.has(key) ? undefined : field))
}

interface AuditRow {
  id: number
  table_name: string
  record_id: number | null
  action: string
  before: string | null
  after: string | null
}

/** What the file holds: its records, and (apart) its audit trail, if it keeps one. */
interface Snapshot {
  records: Record<string, unknown[]>
  /** The records without times, to compare. */
  text: string
  audit: AuditRow[]
}

/**
 * Settings written after a write's commit, each in a statement of its own, are left out: the
 * import's remembered column mappings (a preference), and the backup folder the restore puts
 * back as it was (this PC's choice, not part of what is restored; not audited). A kill between
 * the commit and that statement loses nothing: the folder comes back as null where it was
 * unset, and both mean the default folder.
 */
const afterCommit = new Set(['import.mappings', 'backupFolder'])
const isMappings = (value: string | null) => value?.includes('"key":"import.mappings"') ?? false

function snapshotOf(sqlite: Sqlite): Snapshot {
  const {
    audit_log: audit = [],
    // A backup file's own tables (what it is, the documents' bytes): the restore takes neither.
    [manifestTable]: _manifest,
    [documentsTable]: _documents,
    ...records
  } = dumpDatabase(sqlite)
  records.settings = (records.settings as Array<{ key: string }>).filter(
    (row) => !afterCommit.has(row.key),
  )
  return { records, text: withoutTimes(records), audit: audit as AuditRow[] }
}

/** What a backup file holds, read without writing to it (the app's opening would make it WAL). */
function backupSnapshot(file: string): Snapshot {
  const sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true })
  try {
    return snapshotOf(sqlite)
  } finally {
    sqlite.close()
  }
}

/**
 * The audit rows a write added to the trail (the rows before it must be untouched), without
 * when and by whom, the times inside the JSON, or the remembered mappings.
 */
function auditAdded(before: Snapshot, after: Snapshot): string {
  const kept = after.audit.slice(0, before.audit.length)
  if (JSON.stringify(kept) !== JSON.stringify(before.audit)) {
    throw new Error('The audit trail from before the write has changed.')
  }
  const values = (json: string | null) => (json === null ? null : withoutTimes(JSON.parse(json)))
  return JSON.stringify(
    after.audit
      .slice(before.audit.length)
      .filter(
        (row) =>
          !(row.table_name === 'settings' && (isMappings(row.after) || isMappings(row.before))),
      )
      .map((row) => [
        row.table_name,
        row.record_id,
        row.action,
        values(row.before),
        values(row.after),
      ]),
  )
}

/** The first table, and row in it, where two snapshots differ (times left out), for a failure. */
function firstDifference(actual: Snapshot, expected: Snapshot): string {
  const tables = [...new Set([...Object.keys(actual.records), ...Object.keys(expected.records)])]
  for (const table of tables) {
    const [mine, theirs] = [actual.records[table] ?? [], expected.records[table] ?? []]
    for (let index = 0; index < Math.max(mine.length, theirs.length); index++) {
      const [row, wanted] = [withoutTimes([mine[index]]), withoutTimes([theirs[index]])]
      if (row !== wanted) return `${table} (row ${index + 1}: ${row} where ${wanted} was expected)`
    }
  }
  return 'nothing'
}

/** The backup the restore victims restore, and what it holds. */
interface Restorable {
  name: string
  snapshot: Snapshot
}

const sameAudit = (mine: AuditRow[], theirs: AuditRow[]) =>
  JSON.stringify(mine) === JSON.stringify(theirs)

/**
 * All or none of a restore. None is the file exactly as before: the same records and the same
 * audit trail, row for row. All is exactly the backup's state: its records, and its own audit
 * trail, row for row (the restore copies the trail back rather than logging the copying),
 * followed by exactly one row, the restore's own, naming the backup. Anything else (some tables
 * replaced and others not, the records without the trail, the trail without its entry) is
 * neither, and fails the test.
 */
function restoreOutcome(before: Snapshot, after: Snapshot, backup: Restorable): Outcome {
  if (after.text === before.text && sameAudit(after.audit, before.audit)) return 'none'
  if (after.text !== backup.snapshot.text) {
    throw new Error(
      `Neither none nor all of the restore: ${firstDifference(after, backup.snapshot)} differs from the backup.`,
    )
  }
  if (!sameAudit(after.audit.slice(0, backup.snapshot.audit.length), backup.snapshot.audit)) {
    throw new Error("All of the restore, but not the backup's audit trail as it was.")
  }
  const added = after.audit
    .slice(backup.snapshot.audit.length)
    .map(({ table_name, record_id, action, before, after }) => ({
      table_name,
      record_id,
      action,
      before,
      after,
    }))
  expect(added).toEqual([
    {
      table_name: 'restore',
      record_id: null,
      action: 'update',
      before: null,
      after: JSON.stringify({ backup: backup.name }),
    },
  ])
  return 'all'
}

type Phase = 'import' | 'undo' | 'restore'
type Outcome = 'none' | 'all'

/** Where in its work a restore victim is killed; see `killFor`. */
type RestoreMoment = 'start' | 'within' | 'last write' | 'after commit' | 'called'

const statement = (verb: string) => (message: CrashMessage) =>
  message.event === 'statement' && message.verb === verb
/** The restore's first delete: its transaction has begun (it deletes nowhere else). */
const restoreBegun = statement('DELETE')
/** The restore detaches the backup's copy only once its transaction has committed. */
const restoreCommitted = statement('DETACH')

interface Counts {
  agreements: number
  batches: number
  partners: number
  contacts: number
}

interface Run {
  phase: Phase
  /** The victim had done and reported all of its work before it died. */
  finishedFirst: boolean
  /** The victim had begun its write (said its start signal) before it died. */
  started: boolean
  /** For a restore killed on purpose, where. */
  moment: RestoreMoment | null
  /** Agreements the import had reported written when it died. */
  rowsWritten: number
  /** Whether the write's work is in the file afterwards. */
  outcome: Outcome
  /** The WAL file's size after the kill, before the check opened the file (null: none). */
  walBytes: number | null
}

describe('crash safety', () => {
  let folder: string

  beforeEach(() => {
    stopped = false
    folder = mkdtempSync(join(tmpdir(), 'accord-crash-'))
  })
  afterEach(() => {
    stopped = true
    killAll()
    rmSync(folder, { recursive: true, force: true })
  })

  it(`keeps all or none of a large import, its undo, or a restore, over ${runs} SIGKILLs`, async () => {
    const dataDir = join(folder, 'data')
    const file = join(folder, 'register.xlsx')
    const databaseFile = join(dataDir, databaseFileName)
    const walFile = `${databaseFile}-wal`
    // The backup service's default folder (the demo office sets none).
    const backupsDir = join(dataDir, 'backups')
    writeFileSync(file, await largeAgreementsXlsx(rows))
    const first = await openAppDatabase(dataDir)
    await fillDemoData(first.db, today)
    const baseline = snapshotOf(first.sqlite)
    await first.close()
    const baselineCopy = join(folder, 'baseline.sqlite')
    copyFileSync(databaseFile, baselineCopy)

    /** The file as the run before left it (or as a reset put it back). */
    let current = baseline
    /**
     * What all of each write looks like, from its first finished run (checked against the
     * victim's own report): the records with all of the import, and the audit rows each adds.
     */
    const reference: {
      imported?: Snapshot
      counts?: Counts
      importAudit?: string
      undoAudit?: string
    } = {}

    /**
     * Opens the file as the app does after a kill, and decides whether it holds all of the write
     * or none of it: none is the file exactly as before; all is the same records, and the same
     * audit rows added, as every other time the write was done (for a restore, see
     * `restoreOutcome`).
     */
    async function inspect(
      phase: Phase,
      writes: number,
    ): Promise<{
      outcome: Outcome
      walBytes: number | null
      counts: Counts
    }> {
      const walBytes = existsSync(walFile) ? statSync(walFile).size : null
      // The app's own path: it runs quick_check and refuses a damaged file.
      const opened = await openAppDatabase(dataDir)
      try {
        const { sqlite } = opened
        expect(quickCheck(sqlite)).toEqual([])
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
        expect(sqlite.pragma('foreign_key_check')).toEqual([])
        const count = (sql: string) => sqlite.prepare(sql).pluck().get() as number
        const counts: Counts = {
          agreements: count('SELECT count(*) FROM agreements WHERE import_batch_id IS NOT NULL'),
          batches: count('SELECT count(*) FROM import_batches'),
          partners: count('SELECT count(*) FROM partners WHERE import_batch_id IS NOT NULL'),
          contacts: count('SELECT count(*) FROM contacts WHERE import_batch_id IS NOT NULL'),
        }
        const before = current
        const after = snapshotOf(sqlite)
        current = after
        if (phase === 'restore') {
          return { outcome: restoreOutcome(before, after, restorable!), walBytes, counts }
        }
        const added = auditAdded(before, after)
        const unchanged = after.text === before.text && added === '[]'
        if (counts.agreements === 0) {
          expect(counts).toEqual({ agreements: 0, batches: 0, partners: 0, contacts: 0 })
          if (phase === 'import') {
            // None of the import: the file exactly as it was.
            if (!unchanged) {
              throw new Error(`None of the import, but ${firstDifference(after, before)} changed.`)
            }
          } else {
            // All of the undo: the demo office's records, and the same trail of deletes.
            if (after.text !== baseline.text) {
              throw new Error(`All of the undo, but ${firstDifference(after, baseline)} differs.`)
            }
            reference.undoAudit ??= added
            if (added !== reference.undoAudit) {
              throw new Error('All of the undo, but not the same audit rows as the first time.')
            }
          }
          return { outcome: 'none', walBytes, counts }
        }
        // All of the import: every agreement, one batch that says so, the same records every time.
        expect(counts.agreements).toBe(writes)
        expect(counts.batches).toBe(1)
        expect(
          sqlite.prepare('SELECT created_agreements, created_partners FROM import_batches').get(),
        ).toEqual({ created_agreements: writes, created_partners: counts.partners })
        reference.counts ??= counts
        expect(counts).toEqual(reference.counts)
        reference.imported ??= after
        if (after.text !== reference.imported.text) {
          throw new Error(
            `All of the import, but ${firstDifference(after, reference.imported)} differs.`,
          )
        }
        if (phase === 'import') {
          reference.importAudit ??= added
          if (added !== reference.importAudit) {
            throw new Error('All of the import, but not the same audit rows as the first time.')
          }
        } else if (!unchanged) {
          // None of the undo: the file exactly as it was.
          throw new Error(`None of the undo, but ${firstDifference(after, before)} changed.`)
        }
        return { outcome: 'all', walBytes, counts }
      } finally {
        await opened.close()
      }
    }

    /**
     * The backup the restores restore: taken by the backup service, as the Backups screen does,
     * of the first finished import (so it holds 3,000 agreements, their partners and the import's
     * audit trail more than the demo office's data it is restored onto). Taking it only reads
     * the file.
     */
    async function takeBackup(): Promise<Restorable> {
      const opened = await openAppDatabase(dataDir)
      try {
        const service = createBackupService(
          opened,
          dataDir,
          'crash-test',
          createDocumentStore(dataDir),
        )
        const { name } = await service.create('manual')
        const snapshot = backupSnapshot(join(backupsDir, name))
        expect(snapshot.text).toBe(current.text)
        expect(snapshot.text).not.toBe(baseline.text)
        return { name, snapshot }
      } finally {
        await opened.close()
      }
    }

    /**
     * The before-restore backup the victim took first, in case the restore was a mistake: it
     * must be there, whole, with the state before, whenever the restore took effect; after a
     * kill that kept none it may be there (then whole too: it is renamed into place only when
     * written) or not. It is removed afterwards, so that the next restore's is the only one.
     */
    function checkSafetyBackup(before: Snapshot, outcome: Outcome): void {
      const safety = readdirSync(backupsDir).filter((name) =>
        name.endsWith('-before-restore.accord-backup'),
      )
      expect(safety.length).toBeLessThanOrEqual(1)
      if (outcome === 'all') expect(safety).toHaveLength(1)
      for (const name of safety) {
        const kept = backupSnapshot(join(backupsDir, name))
        if (kept.text !== before.text || !sameAudit(kept.audit, before.audit)) {
          throw new Error(`The safety backup ${name} is not the state before the restore.`)
        }
        rmSync(join(backupsDir, name))
      }
    }

    /**
     * What a killed restore leaves beside the data: the checked copy of the backup it restores
     * from, a half-written before-restore backup. The app's own clearing (run when its backup
     * service starts) removes them; counted for the summary, and checked to be gone.
     */
    const leftovers = { copies: 0, partials: 0 }
    async function clearLeftoversOfKill(): Promise<void> {
      const cleared = await clearLeftovers(dataDir, backupsDir)
      leftovers.copies += cleared.copies
      leftovers.partials += cleared.partials
      expect(existsSync(join(dataDir, restoreWorkFolder))).toBe(false)
      expect(readdirSync(backupsDir).filter((name) => name.endsWith('.partial'))).toEqual([])
    }

    const next = random(seed)
    /**
     * Timed on runs whose end the test heard before the kill, from the write's start signal; the
     * restore's steps (its call to its first delete, its transaction, its last write to its
     * commit) on every run that said them before the kill.
     */
    const timings = {
      import: [] as number[],
      undo: [] as number[],
      restore: [] as number[],
      commit: [] as number[],
      restoreCalled: [] as number[],
      restoreTransaction: [] as number[],
      restoreCommit: [] as number[],
    }
    const typical = (of: keyof typeof timings) => {
      const sorted = [...timings[of]].sort((a, b) => a - b)
      return sorted[Math.floor(sorted.length / 2)] ?? 0
    }
    /** The restore's last write before its commit (its own audit row), by its statement number. */
    let restoreLastWrite: number | null = null
    type Signal = 'start' | 'last chunk' | 'called' | 'last write' | 'commit'
    type Kill = { after: 'finish' } | { after: Signal; ms: number; moment?: RestoreMoment }
    /**
     * A restore's moments, in turn rather than by draw, so that every seed kills it on both sides
     * of its commit (the time within each is drawn): at its first delete; anywhere in its
     * transaction; after its last write, while SQLite commits; right after the
     * commit (the victim has said its DETACH), before it has put the backup folder back and
     * removed the backup's copy; and once in eight between its call and its first delete, in
     * the safety backup or the check of the backup's copy (or, drawn late, in the transaction).
     */
    const restoreMoments: RestoreMoment[] = [
      'within',
      'after commit',
      'last write',
      'start',
      'within',
      'called',
      'after commit',
      'last write',
    ]
    let restoreKills = 0
    /**
     * When to kill. The start signal is the import's first chunk written (inside its
     * transaction), the undo called, or the restore's first delete (inside its transaction).
     * The first run of each kind is let finish, to time it; after that, for the import and the
     * undo, a fifth die right at the signal, and the rest at a seeded random moment within the
     * write: anywhere in it, or (a third) near its end, for the import after its last chunk,
     * while it refreshes the list columns and SQLite commits. The whole transaction fits in the
     * page cache (better-sqlite3 builds SQLite with 16 MB), so it reaches the WAL only then, at
     * the commit. A kill after the commit but before the victim reports the end leaves all of
     * it; one after the report (the timing varies) is counted apart, not as a kill mid-write.
     */
    const killFor = (phase: Phase): Kill => {
      if (timings[phase].length === 0) return { after: 'finish' }
      if (phase === 'restore') {
        const moment = restoreMoments[restoreKills++ % restoreMoments.length]!
        switch (moment) {
          case 'start':
            return { after: 'start', ms: 0, moment }
          case 'within':
            return { after: 'start', ms: next() * typical('restoreTransaction') * 0.9, moment }
          case 'last write':
            return { after: 'last write', ms: next() * typical('restoreCommit') * 0.9, moment }
          case 'after commit':
            return { after: 'commit', ms: 0, moment }
          case 'called':
            return { after: 'called', ms: next() * typical('restoreCalled') * 0.95, moment }
        }
      }
      const span = typical(phase)
      const draw = next()
      if (draw < 0.2) return { after: 'start', ms: 0 }
      if (draw < 0.65) return { after: 'start', ms: next() * span * 0.9 }
      return phase === 'import'
        ? { after: 'last chunk', ms: next() * typical('commit') * 0.9 }
        : { after: 'start', ms: span * (0.7 + next() * 0.3) }
    }

    const lastChunk = (message: CrashMessage) =>
      message.event === 'progress' && message.done === message.total
    const startOf = { import: is('progress'), undo: is('undo-started'), restore: restoreBegun }
    const endOf = { import: is('done'), undo: is('undone'), restore: is('restored') }
    /** What the victim must have said before the kill's wait (if any) begins. */
    const signalOf = (phase: Phase, kill: Kill) => {
      switch (kill.after) {
        case 'finish':
          return endOf[phase]
        case 'start':
          return startOf[phase]
        case 'last chunk':
          return lastChunk
        case 'called':
          return is('restore-started')
        case 'last write':
          return (message: CrashMessage) =>
            message.event === 'statement' && message.n === restoreLastWrite
        case 'commit':
          return restoreCommitted
      }
    }

    let resets = 0
    let total = 0
    let importedCopy: { file: string; snapshot: Snapshot } | null = null
    let restorable: Restorable | null = null
    /** Puts a kept copy in place of the file (closed by the check, so there is no WAL). */
    const resetTo = (copy: string, snapshot: Snapshot) => {
      expect(existsSync(walFile)).toBe(false)
      copyFileSync(copy, databaseFile)
      current = snapshot
      resets++
    }
    const done: Run[] = []
    const began = performance.now()
    let spare = spawnVictim()
    try {
      let state: Outcome = 'none'
      for (let run = 0; run < runs; run++) {
        // The next victim loads the app while this one writes.
        const victim = spare
        spare = spawnVictim()
        await victim.waitFor('loading', is('loaded'))
        // Every fourth run (from the second) undoes the import, every fourth (from the fourth)
        // restores the backup, the others import.
        const phase: Phase =
          importedCopy && run % 4 === 1
            ? 'undo'
            : restorable && run % 4 === 3
              ? 'restore'
              : 'import'
        if (phase !== 'undo' && state === 'all') resetTo(baselineCopy, baseline)
        if (phase === 'undo' && state === 'none' && importedCopy) {
          resetTo(importedCopy.file, importedCopy.snapshot)
        }
        const work: CrashWork =
          phase === 'import'
            ? { mode: 'import', dataDir, file, today }
            : phase === 'undo'
              ? { mode: 'undo', dataDir }
              : { mode: 'restore', dataDir, name: restorable!.name }
        victim.child.stdin.write(`${JSON.stringify(work)}\n`)
        const kill = killFor(phase)
        await victim.waitFor(`its ${kill.after}`, signalOf(phase, kill))
        if (kill.after !== 'finish' && kill.ms > 0) await sleep(kill.ms)
        const killedAt = performance.now()
        victim.child.kill('SIGKILL')
        await victim.closed
        expect(victim.child.signalCode).toBe('SIGKILL')
        expect(victim.stderr()).toBe('')

        // Everything it wrote before dying has been read now.
        const said = (matches: (message: CrashMessage) => boolean) =>
          victim.heard.find((entry) => matches(entry.message))
        const start = said(startOf[phase])
        const end = said(endOf[phase])
        const last = said(lastChunk)
        if (end && start && end.at <= killedAt) {
          timings[phase].push(end.at - start.at)
          if (last) timings.commit.push(end.at - last.at)
        }
        if (phase === 'restore') timeRestore(victim.heard.filter((entry) => entry.at <= killedAt))
        const rowsWritten = Math.max(
          0,
          ...victim.heard.map(({ message }) => (message.event === 'progress' ? message.done : 0)),
        )
        // The agreements the import writes (the job's total), or those the undo takes back.
        const writes =
          start?.message.event === 'progress'
            ? start.message.total
            : (reference.counts?.agreements ?? 0)
        if (phase !== 'restore') {
          // Every import or undo kill waits for the start signal at least.
          expect(start).toBeDefined()
          expect(writes).toBeGreaterThan(rows / 2)
          total = writes
        }
        const before = current
        const { outcome, walBytes, counts } = await inspect(phase, writes)
        // A finished write must be there, all of it, as it said; an unfinished one may be either.
        if (end?.message.event === 'done') {
          expect(outcome).toBe('all')
          expect(counts).toMatchObject({
            agreements: end.message.agreements,
            partners: end.message.partners,
            contacts: end.message.contacts,
          })
        }
        if (end?.message.event === 'undone') expect(outcome).toBe('none')
        if (phase === 'restore') {
          // Committed (it was about to detach the backup) means all of it; not begun, none.
          if (said(restoreCommitted)) expect(outcome).toBe('all')
          if (!start) expect(outcome).toBe('none')
          checkSafetyBackup(before, outcome)
          await clearLeftoversOfKill()
        }
        done.push({
          phase,
          finishedFirst: end !== undefined,
          started: start !== undefined,
          moment: kill.after === 'finish' ? null : (kill.moment ?? null),
          rowsWritten,
          outcome,
          walBytes,
        })
        // A restore that took effect leaves the import's records too (with another audit trail).
        state = outcome
        if (phase === 'import' && outcome === 'all' && !importedCopy) {
          importedCopy = { file: join(folder, 'imported.sqlite'), snapshot: current }
          copyFileSync(databaseFile, importedCopy.file)
          restorable = await takeBackup()
        }
      }
    } finally {
      killAll()
    }

    /** Times a restore's steps from what it said before the kill (what it said, it had done). */
    function timeRestore(heard: Heard[]): void {
      const called = heard.find((entry) => entry.message.event === 'restore-started')
      const start = heard.find((entry) => restoreBegun(entry.message))
      if (!called || !start) return
      timings.restoreCalled.push(start.at - called.at)
      const committed = heard.findIndex((entry) => restoreCommitted(entry.message))
      if (committed < 0) return
      const lastWrite = heard[committed - 1]!
      if (lastWrite.message.event !== 'statement') {
        throw new Error('The restore did not say its last write before its commit.')
      }
      timings.restoreTransaction.push(heard[committed]!.at - start.at)
      timings.restoreCommit.push(heard[committed]!.at - lastWrite.at)
      restoreLastWrite ??= lastWrite.message.n
    }

    const runsOf = (phase: Phase, finishedFirst: boolean) =>
      done.filter((run) => run.phase === phase && run.finishedFirst === finishedFirst)
    const midImport = runsOf('import', false)
    const midUndo = runsOf('undo', false)
    // Killed inside the restore's transaction (or after it, before it said so), and before it.
    const midRestore = runsOf('restore', false).filter((run) => run.started)
    const beforeRestore = runsOf('restore', false).filter((run) => !run.started)
    const leftNone = midImport.filter((run) => run.outcome === 'none')
    const undidNothing = midUndo.filter((run) => run.outcome === 'all')
    const restoredNothing = midRestore.filter((run) => run.outcome === 'none')
    const restoredAll = midRestore.filter((run) => run.outcome === 'all')
    /** Where the restores were killed, and what each kill left: `2× within → none, …`. */
    const byMoment = new Map<string, number>()
    for (const run of runsOf('restore', false)) {
      const key = `${run.moment} → ${run.outcome}`
      byMoment.set(key, (byMoment.get(key) ?? 0) + 1)
    }
    const moments = [...byMoment].map(([key, count]) => `${count}× ${key}`).join(', ')
    // A WAL with anything in it (its 32-byte header, or frames) after a kill that kept none of the
    // write: SQLite had begun writing the transaction into it, and opening the file left it out.
    const begun = [...leftNone, ...undidNothing, ...restoredNothing].filter(
      (run) => (run.walBytes ?? 0) > 0,
    )
    const written = midImport.map((run) => run.rowsWritten)
    const finishedImports = runsOf('import', true).length
    const finishedUndos = runsOf('undo', true).length
    const finishedRestores = runsOf('restore', true).length

    // Kills inside the import's transaction must have happened, and must have left nothing.
    expect(leftNone.length).toBeGreaterThan(0)
    // At least half the imports must have died before they said they were done: later kills
    // test nothing.
    const imports = done.filter((run) => run.phase === 'import').length
    expect(midImport.length).toBeGreaterThanOrEqual(imports / 2)
    expect(done.some((run) => run.outcome === 'all')).toBe(true)
    // Kills of the restore must have landed on both sides of its commit: inside its
    // transaction, leaving none, and after it, leaving all.
    expect(restoredNothing.length).toBeGreaterThan(0)
    expect(restoredAll.length).toBeGreaterThan(0)

    console.info(
      `crash safety: ${midImport.length} kills mid-import survived ` +
        `(${leftNone.length} left none, ${midImport.length - leftNone.length} all; ` +
        `after ${Math.min(...written)}–${Math.max(...written)} of ${total} rows written), ` +
        `${midUndo.length} kills mid-undo survived ` +
        `(${undidNothing.length} undid nothing, ${midUndo.length - undidNothing.length} all), ` +
        `${midRestore.length} kills mid-restore survived ` +
        `(${restoredNothing.length} restored nothing, ${restoredAll.length} all) and ` +
        `${beforeRestore.length} before its transaction (restore kills by moment: ${moments}), ` +
        `${begun.length} of those that kept none with the commit begun in the WAL; ` +
        `${finishedImports + finishedUndos + finishedRestores} runs finished before the kill ` +
        `(import ${finishedImports}, undo ${finishedUndos}, restore ${finishedRestores}); ` +
        `killed restores left ${leftovers.copies} copies of the backup and ` +
        `${leftovers.partials} half-written safety backups, all removed by the app's start-up ` +
        `clearing; ${resets} resets, ` +
        `${Math.round((performance.now() - began) / 1000)} s (seed ${seed})`,
    )
  }, 300_000)
})
