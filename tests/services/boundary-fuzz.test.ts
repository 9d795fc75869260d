/**
 * Property-based tests of the contract's boundary (the project's data-safety issue): random and
 * hostile inputs go to every operation through the dispatcher, as the Electron IPC handler and the
 * preview's HTTP server hand them over. Every answer must be a result value (never a thrown
 * exception, never a hang); a refusal must be a clear error (a known code other than `internal`,
 * a message) and leave the database exactly as it was. The operations come from `operationNames`,
 * so a new operation is fuzzed as soon as it has a valid sample below (the type checker asks for one).
 */
import fc from 'fast-check'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { registerAuditFunctions, type OpenedDatabase } from '../../db/connection.ts'
import type { Database } from '../../db/schema.ts'
import { cleanFileName } from '../../electron/services/document-store.ts'
import { createDispatcher, type Dispatch } from '../../electron/services/dispatcher.ts'
import { createHandlerContext } from '../../electron/services/handler-context-factory.ts'
import { createHandlers } from '../../electron/services/handlers/index.ts'
import { contract, type OperationInput } from '../../shared/contract/contract.ts'
import { operationNames, type OperationName } from '../../shared/contract/operation-names.ts'
import type { ErrorCode, Result } from '../../shared/contract/result.ts'
import { defaultLayout } from '../../shared/reports/layout.ts'
import { dumpDatabase } from '../support/db-dump.ts'
import { testHostFiles } from '../support/host-files.ts'
import { csvText } from '../support/import-fixtures.ts'
import { migratedMemoryDb } from '../support/test-db.ts'

const seed = 20_260_514
const today = '2026-05-14'
const callTimeoutMs = 10_000
const testTimeoutMs = 120_000

// ---------------------------------------------------------------------------------------------
// The office: a small migrated database with a few records, behind a real dispatcher

interface Ids {
  baku: number
  bakuVersion: number
  ada: number
  contact: number
  contactVersion: number
  agreement: number
  agreementVersion: number
  document: number
  layout: number
  layoutVersion: number
  importId: string
}

interface Fixture {
  opened: OpenedDatabase
  dispatch: Dispatch
  dataDir: string
  ids: Ids
  /** Background jobs started by accepted calls, waited for before the database is closed. */
  jobs: Array<{ poll: 'reports.job' | 'imports.job'; jobId: string }>
  /** The last dump taken, and the change stamp it was taken at. */
  dumped?: { stamp: string; dump: Record<string, unknown[]> }
}

let root: string
let current: Fixture | undefined
let dirty = true
/** Errors the dispatcher logged (each one an exception that escaped a handler). */
const logged: unknown[] = []
/** Anything written to the console while the properties ran. */
const printed: unknown[][] = []

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64')
const registerCsv = csvText(
  [
    ['Reference', 'Partner', 'Country', 'Signed'],
    ['IMP-1', 'Baku State University', 'AZ', '15.03.2019'],
    ['IMP-2', 'ADA University', 'AZ', '20.03.2020'],
  ],
  ',',
)
const pdfBytes = '%PDF-1.4\n% a scanned agreement\n'

async function must<T>(dispatch: Dispatch, operation: string, input: unknown): Promise<T> {
  const result = await dispatch(operation, input)
  if (!result.ok) throw new Error(`fixture ${operation}: ${result.error.message}`)
  return result.value as T
}

function handlersOver(opened: OpenedDatabase, dataDir: string): Dispatch {
  const context = createHandlerContext(
    opened.db,
    { version: 'fuzz', host: 'preview', dataDir },
    testHostFiles({ openDocument: () => Promise.resolve({ url: '/documents/x' }) }),
  )
  return createDispatcher(createHandlers({ ...context, today: () => today }), (error) =>
    logged.push(error),
  )
}

interface Template {
  /** The seeded database, serialized: each office starts from a copy of it. */
  image: Buffer
  dataDir: string
  ids: Omit<Ids, 'importId'>
}
let template: Template | undefined

/** Sets the office up once, through the contract, and keeps the database's image. */
async function buildTemplate(): Promise<Template> {
  const opened = await migratedMemoryDb()
  const dataDir = join(root, 'data-template')
  const dispatch = handlersOver(opened, dataDir)
  type Versioned = { id: number; version: number }
  const baku = await must<Versioned>(dispatch, 'partners.create', {
    name: 'Baku State University',
    nameNative: 'Bakı Dövlət Universiteti',
    kind: 'university',
    country: 'AZ',
    city: 'Baku',
  })
  const ada = await must<Versioned>(dispatch, 'partners.create', {
    name: 'ADA University',
    kind: 'university',
    country: 'AZ',
  })
  const contact = await must<Versioned>(dispatch, 'contacts.create', {
    partnerId: baku.id,
    fullName: 'Leyla Mammadova',
    email: 'leyla@bsu.example.org',
    isPrimary: true,
  })
  const agreement = await must<Versioned>(dispatch, 'agreements.create', {
    reference: 'AZ-1',
    title: 'Memorandum of understanding',
    kind: 'framework',
    state: 'active',
    signedOn: '2024-01-15',
    startsOn: '2024-02-01',
    endsOn: '2027-01-31',
    noticeDays: 90,
    partners: [{ partnerId: baku.id, contactId: contact.id }],
  })
  const document = await must<{ id: number }>(dispatch, 'documents.add', {
    agreementId: agreement.id,
    name: 'memorandum.pdf',
    contentBase64: base64(pdfBytes),
  })
  const layout = await must<Versioned>(dispatch, 'reports.saveLayout', {
    language: defaultLayout.language,
    columns: defaultLayout.columns,
    name: 'Ministry 2026',
  })
  const versionOf = async (operation: string, id: number) =>
    (await must<Versioned>(dispatch, operation, { id })).version
  const ids = {
    baku: baku.id,
    bakuVersion: await versionOf('partners.get', baku.id),
    ada: ada.id,
    contact: contact.id,
    contactVersion: contact.version,
    agreement: agreement.id,
    agreementVersion: await versionOf('agreements.get', agreement.id),
    document: document.id,
    layout: layout.id,
    layoutVersion: layout.version,
  }
  const image = opened.sqlite.serialize()
  await opened.close()
  return { image, dataDir, ids }
}

/**
 * A fresh office: a copy of the template's database (in memory, with the pragma the app's
 * connection sets that matters here), its data folder, its own handlers and an open import.
 */
async function createFixture(): Promise<Fixture> {
  template ??= await buildTemplate()
  const sqlite = new SqliteDatabase(template.image)
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  registerAuditFunctions(sqlite, { user: 'fuzz' })
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  const opened: OpenedDatabase = { sqlite, db, close: () => db.destroy() }
  const dataDir = mkdtempSync(join(root, 'data-'))
  cpSync(template.dataDir, dataDir, { recursive: true })
  const dispatch = handlersOver(opened, dataDir)
  const opening = await must<{ importId: string }>(dispatch, 'imports.open', {
    fileName: 'register.csv',
    contentBase64: base64(registerCsv),
  })
  return {
    opened,
    dispatch,
    dataDir,
    jobs: [],
    ids: { ...template.ids, importId: opening.importId },
  }
}

/**
 * Row changes made on the connection and the schema's version: while both stay the same, no row
 * was inserted, updated or deleted and no table created or dropped, so the last dump still holds.
 * Every eighth call whose stamp stayed the same is dumped anyway, to check that it did.
 */
function stampOf(sqlite: OpenedDatabase['sqlite']): string {
  const changes = sqlite.prepare('SELECT total_changes() AS n').pluck().get() as number
  return `${changes}/${String(sqlite.pragma('schema_version', { simple: true }))}`
}

let auditCount = 0
function dumpOf(fixture: Fixture, audit = false): Record<string, unknown[]> {
  const stamp = stampOf(fixture.opened.sqlite)
  if (fixture.dumped?.stamp === stamp && !audit) return fixture.dumped.dump
  const dump = dumpDatabase(fixture.opened.sqlite)
  if (fixture.dumped?.stamp === stamp) {
    auditCount += 1
    expect(dump, 'a change that the change stamp did not show').toEqual(fixture.dumped.dump)
  }
  fixture.dumped = { stamp, dump }
  return dump
}

/** Waits for the background jobs an accepted call started, so none runs on a closed database. */
async function settle(fixture: Fixture): Promise<void> {
  for (const { poll, jobId } of fixture.jobs) {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const answer = await fixture.dispatch(poll, { jobId })
      if (!answer.ok || (answer.value as { state: string }).state !== 'running') break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
}

async function closeFixture(): Promise<void> {
  if (!current) return
  await settle(current)
  await current.opened.close()
  current = undefined
}

/** The office as it was set up: rebuilt after any call that was accepted and changed something. */
async function office(): Promise<Fixture> {
  if (dirty || !current) {
    await closeFixture()
    current = await createFixture()
    dirty = false
  }
  return current
}

// ---------------------------------------------------------------------------------------------
// Valid inputs: one per operation, over the office's records. The input classes below each
// break one of them in one way, so that a refusal can only come from what was broken.

type Samples = { [K in OperationName]: (ids: Ids) => OperationInput<K> }

const columnChoice = { ...defaultLayout.columns }
const samples: Samples = {
  'app.info': () => ({}),
  'settings.get': () => ({}),
  'settings.update': () => ({
    language: 'ru',
    academicYearStartMonth: 9,
    renewalHorizonDays: 120,
    csvDelimiter: ';',
  }),
  'settings.getView': () => ({ name: 'agreements.list' }),
  'settings.saveView': () => ({
    name: 'agreements.list',
    value: { columns: ['reference', 'partners'], sort: 'endsOn' },
  }),
  'partners.list': () => ({
    query: 'baku',
    country: 'AZ',
    kind: 'university',
    archived: 'all',
    sort: 'name',
    direction: 'asc',
  }),
  'partners.get': (ids) => ({ id: ids.baku }),
  'partners.create': () => ({
    name: 'Azerbaijan University of Languages',
    nameNative: 'Azərbaycan Dillər Universiteti',
    kind: 'university',
    country: 'AZ',
    city: 'Baku',
    website: 'https://adu.example.org',
    erasmusCode: 'AZ BAKU03',
    schacCode: 'adu.example.org',
    nationalId: '1700123',
    notes: 'Met at the EAIE fair.',
  }),
  'partners.update': (ids) => ({
    id: ids.baku,
    version: ids.bakuVersion,
    name: 'Baku State University',
    nameNative: 'Bakı Dövlət Universiteti',
    kind: 'university',
    country: 'AZ',
    city: 'Baku',
    website: 'https://bsu.example.org',
    erasmusCode: 'AZ BAKU01',
    schacCode: 'bsu.example.org',
    nationalId: '1700001',
    notes: 'Oldest partner.',
  }),
  'partners.archive': (ids) => ({ id: ids.ada }),
  'partners.restore': (ids) => ({ id: ids.ada }),
  'partners.findSimilar': (ids) => ({
    name: 'Baku State Univ.',
    nameNative: 'Bakı Dövlət',
    country: 'AZ',
    excludeId: ids.ada,
  }),
  'contacts.create': (ids) => ({
    partnerId: ids.ada,
    isPrimary: false,
    fullName: 'Farid Aliyev',
    position: 'Head of International Office',
    email: 'farid@ada.example.org',
    phone: '+994 12 437 32 35',
    notes: 'Prefers e-mail.',
  }),
  'contacts.update': (ids) => ({
    id: ids.contact,
    version: ids.contactVersion,
    fullName: 'Leyla Mammadova',
    position: 'Erasmus coordinator',
    email: 'leyla@bsu.example.org',
    phone: '+994 12 539 05 05',
    notes: 'Back in September.',
  }),
  'contacts.remove': (ids) => ({ id: ids.contact }),
  'contacts.setPrimary': (ids) => ({ id: ids.contact }),
  'agreements.list': (ids) => ({
    query: 'memorandum',
    status: 'active',
    kind: 'framework',
    country: 'AZ',
    partnerId: ids.baku,
    unit: 'Faculty of Law',
    endsWithinDays: 365,
    inForce: true,
    newFrom: '2020-01-01',
    newTo: '2026-12-31',
    endedWithinDays: 90,
    sort: 'reference',
    direction: 'desc',
  }),
  'agreements.units': () => ({}),
  'agreements.get': (ids) => ({ id: ids.agreement }),
  'agreements.create': (ids) => ({
    reference: 'AZ-2',
    title: 'Student exchange',
    kind: 'student_exchange',
    state: 'active',
    signedOn: '2025-03-01',
    startsOn: '2025-09-01',
    endsOn: '2030-08-31',
    autoRenew: true,
    renewalTermMonths: 60,
    noticeDays: 180,
    unit: 'Faculty of Law',
    coordinator: 'Dr. Aliyeva',
    notes: 'Signed in Baku.',
    partners: [{ partnerId: ids.ada, contactId: null }],
  }),
  'agreements.update': (ids) => ({
    id: ids.agreement,
    version: ids.agreementVersion,
    reference: 'AZ-1',
    title: 'Memorandum of understanding',
    kind: 'framework',
    state: 'active',
    signedOn: '2024-01-15',
    startsOn: '2024-02-01',
    endsOn: '2027-01-31',
    autoRenew: false,
    renewalTermMonths: null,
    noticeDays: 120,
    unit: 'Rectorate',
    coordinator: 'Prof. Kasymov',
    notes: 'Renegotiate in 2026.',
    partners: [{ partnerId: ids.baku, contactId: ids.contact }],
  }),
  'agreements.act': (ids) => ({
    id: ids.agreement,
    version: ids.agreementVersion,
    action: 'extend',
    date: '2026-05-01',
    newEndsOn: '2028-01-31',
    note: 'Extended by a letter of the rector.',
  }),
  'agreements.saveConditions': (ids) => ({
    id: ids.agreement,
    version: ids.agreementVersion,
    conditions: [
      {
        direction: 'outgoing',
        mobilityType: 'student_studies',
        level: 'bachelor',
        placesPerYear: 2,
        monthsPerPlace: 4.5,
        daysPerPlace: null,
        funding: 'erasmus',
        language: 'English',
        cefr: 'B2',
        iscedCodes: '0421, 0588',
        firstYear: 2024,
        lastYear: 2026,
      },
    ],
  }),
  'agreements.saveCounts': (ids) => ({
    id: ids.agreement,
    version: ids.agreementVersion,
    academicYear: 2025,
    rows: [{ direction: 'incoming', mobilityType: 'staff_teaching', level: null, people: 3 }],
  }),
  'documents.add': (ids) => ({
    agreementId: ids.agreement,
    name: 'annex-1.pdf',
    kind: 'annex',
    contentBase64: base64('%PDF-1.4\n% annex\n'),
  }),
  'documents.open': (ids) => ({ id: ids.document }),
  'documents.remove': (ids) => ({ id: ids.document }),
  'renewals.list': () => ({ horizonDays: 365 }),
  'renewals.reminders': () => ({}),
  'renewals.acknowledge': (ids) => ({ items: [{ id: ids.agreement, noticeOn: '2026-11-02' }] }),
  'dashboard.get': () => ({}),
  'reports.layouts': () => ({}),
  'reports.saveLayout': (ids) => ({
    id: ids.layout,
    version: ids.layoutVersion,
    name: 'Ministry 2027',
    language: 'en',
    columns: columnChoice,
  }),
  'reports.deleteLayout': (ids) => ({ id: ids.layout }),
  'reports.start': () => ({
    period: { kind: 'academic', year: 2025 },
    layout: { language: 'ru', columns: columnChoice },
  }),
  'reports.job': () => ({ jobId: '0123456789abcdef01234567' }),
  'reports.save': () => ({ jobId: '0123456789abcdef01234567' }),
  'print.savePdf': () => ({ fileName: 'Agreements 2026.pdf' }),
  'imports.open': () => ({ fileName: 'register.csv', contentBase64: base64(registerCsv) }),
  'imports.layout': (ids) => ({ importId: ids.importId, sheet: 0, headerRow: 0 }),
  'imports.preview': (ids) => ({
    importId: ids.importId,
    sheet: 0,
    headerRow: 0,
    mapping: ['reference', 'partner', 'country', 'signedOn'],
    dateOrder: 'dmy',
    fixes: { '2': { notes: 'Checked against the paper copy.' } },
    skipped: [3],
    partnerChoices: { 'baku state university': ids.baku },
  }),
  'imports.commit': (ids) => ({
    importId: ids.importId,
    sheet: 0,
    headerRow: 0,
    mapping: ['reference', 'partner', 'country', 'signedOn'],
    dateOrder: 'dmy',
    fixes: { '2': { notes: 'Checked against the paper copy.' } },
    skipped: [3],
    partnerChoices: { 'baku state university': 'create' },
  }),
  'imports.job': () => ({ jobId: 'fedcba9876543210fedcba98' }),
  'imports.newest': () => ({}),
  'imports.undo': () => ({ batchId: 1 }),
  // The test's handler context has no better-sqlite3 handle, so backups answer "unavailable":
  // fuzzing them never writes backups or creates folders on this machine outside the test's
  // data folder (an upload is read there, and refused).
  'backups.state': () => ({}),
  'backups.create': () => ({ reason: 'manual' }),
  'backups.restore': () => ({ name: 'accord-2026-05-14-093015-manual.accord-backup' }),
  'backups.setFolder': () => ({ folder: null }),
  'backups.saveCopy': () => ({}),
  // The host's stand-in answers the open dialog with "cancelled".
  'backups.pickFile': () => ({}),
  // Not a backup, so it is refused after it was read: only a backup is ever staged.
  'backups.uploadFile': () => ({
    fileName: 'accord-2026-05-14-093015-manual.accord-backup',
    contentBase64: base64('SQLite format 3\u0000 but no more'),
  }),
  'backups.restoreFile': () => ({ stagedId: 'fedcba9876543210fedcba98' }),
  'recovery.state': () => ({}),
  'recovery.restore': () => ({ name: 'accord-2026-05-14-093015-manual.accord-backup' }),
  'recovery.restoreFile': () => ({ stagedId: 'fedcba9876543210fedcba98' }),
  'audit.list': (ids) => ({
    table: 'partners',
    recordId: ids.baku,
    user: 'aigerim',
    action: 'update',
    query: 'университет',
    beforeId: 1000,
    limit: 20,
  }),
  'audit.ofRecord': (ids) => ({ table: 'agreements', id: ids.agreement }),
}

/**
 * An operation's sample; an operation added without one is still fuzzed (over an empty input),
 * and the first test says which sample is missing.
 */
function sampleWith(operation: OperationName, ids: Ids): unknown {
  const sample = (samples as Partial<Samples>)[operation] as ((ids: Ids) => unknown) | undefined
  return sample ? sample(ids) : {}
}

// ---------------------------------------------------------------------------------------------
// Reading the contract's zod schemas: which fields an operation has and what each accepts

interface SchemaNode {
  _zod: { def: { type: string } & Record<string, unknown> }
}
type Kind = 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'array' | 'object' | 'any'
type Path = Array<string | number>

const node = (schema: unknown) => schema as SchemaNode
const defOf = (schema: unknown) => node(schema)._zod.def

/** The schema under its wrappers (optional, nullable, default, transforms). */
function unwrap(schema: unknown): SchemaNode {
  let current = node(schema)
  for (;;) {
    const def = current._zod.def
    if (
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(
        def.type,
      )
    )
      current = node(def.innerType)
    else if (def.type === 'pipe') current = node(def.in)
    else return current
  }
}

function shapeOf(operation: OperationName): Record<string, unknown> {
  return (contract[operation].input as unknown as { shape: Record<string, unknown> }).shape
}

/** The schema of the value at `path` inside an operation's input, if the input has one there. */
function schemaAt(operation: OperationName, path: Path): SchemaNode | undefined {
  let current: SchemaNode | undefined = node(contract[operation].input)
  for (const key of path) {
    if (!current) return undefined
    const def: SchemaNode['_zod']['def'] = unwrap(current)._zod.def
    if (def.type === 'object') current = (def.shape as Record<string, SchemaNode>)[String(key)]
    else if (def.type === 'array') current = node(def.element)
    else if (def.type === 'record') current = node(def.valueType)
    else return undefined
  }
  return current
}

/** The kinds of JavaScript value a schema lets through (before its checks). */
function acceptedKinds(schema: unknown): Set<Kind> {
  const def = defOf(schema)
  switch (def.type) {
    case 'optional':
      return new Set([...acceptedKinds(def.innerType), 'undefined'])
    case 'nullable':
      return new Set([...acceptedKinds(def.innerType), 'null'])
    case 'default':
    case 'prefault':
      return new Set([...acceptedKinds(def.innerType), 'undefined'])
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return acceptedKinds(def.innerType)
    case 'pipe':
      return acceptedKinds(def.in)
    case 'union':
      return new Set((def.options as unknown[]).flatMap((option) => [...acceptedKinds(option)]))
    case 'enum':
      return new Set(Object.values(def.entries as object).map((value) => typeof value as Kind))
    case 'literal':
      return new Set((def.values as unknown[]).map(kindOf))
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
    case 'object':
    case 'null':
    case 'undefined':
      return new Set([def.type as Kind])
    case 'record':
      return new Set(['object'])
    default:
      return new Set(['any'])
  }
}

function kindOf(value: unknown): Kind {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value as Kind
}

/** Whether a number schema takes fractions (most fields want whole numbers). */
function allowsFraction(schema: unknown): boolean {
  const def = unwrap(schema)._zod.def
  const checks = (def.checks ?? []) as SchemaNode[]
  return !checks.some((check) => {
    const checkDef = check._zod.def as { check?: string; format?: string }
    return checkDef.check === 'number_format' && checkDef.format === 'safeint'
  })
}

function isStrictObject(schema: unknown): boolean {
  const def = unwrap(schema)._zod.def
  return def.type === 'object' && defOf(def.catchall ?? { _zod: { def: {} } }).type === 'never'
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every value inside an input with its path (of arrays, only the first element is visited). */
function walk(value: unknown, path: Path = []): Array<{ path: Path; value: unknown }> {
  const found = [{ path, value }]
  if (Array.isArray(value)) {
    if (value.length > 0) found.push(...walk(value[0], [...path, 0]))
  } else if (isPlainObject(value)) {
    for (const [key, inner] of Object.entries(value)) found.push(...walk(inner, [...path, key]))
  }
  return found
}

function setAt(input: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  const copy = structuredClone(input) as Record<string | number, unknown>
  let target = copy
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>
  target[path[path.length - 1]!] = value
  return copy
}

const pathText = (path: Path) => (path.length === 0 ? '(input)' : path.join('.'))

interface FieldPlan {
  operation: OperationName
  path: Path
  schema: SchemaNode
}

/**
 * The fields of every operation: each top-level field of its schema (also those the sample leaves
 * out) and every field nested in the sample.
 */
function fieldsOf(
  operation: OperationName,
  wanted: (schema: SchemaNode, value: unknown) => boolean,
) {
  const sample = sampleWith(operation, placeholderIds)
  const plans: FieldPlan[] = []
  const seen = new Set<string>()
  const paths: Path[] = [
    ...Object.keys(shapeOf(operation)).map((key) => [key]),
    ...walk(sample).map((entry) => entry.path),
  ]
  for (const path of paths) {
    if (path.length === 0 || seen.has(pathText(path))) continue
    seen.add(pathText(path))
    const schema = schemaAt(operation, path)
    const value = walk(sample).find((entry) => pathText(entry.path) === pathText(path))?.value
    if (schema && wanted(schema, value)) plans.push({ operation, path, schema })
  }
  return plans
}

/** Ids to read the samples' shape with (the values are never sent). */
const placeholderIds: Ids = {
  baku: 1,
  bakuVersion: 1,
  ada: 2,
  contact: 1,
  contactVersion: 1,
  agreement: 1,
  agreementVersion: 1,
  document: 1,
  layout: 1,
  layoutVersion: 1,
  importId: '0123456789abcdef',
}

const stringFields = operationNames.flatMap((operation) =>
  fieldsOf(
    operation,
    (schema, value) =>
      typeof value === 'string' ||
      ((value === undefined || value === null) && acceptedKinds(schema).has('string')),
  ),
)
const numberFields = operationNames.flatMap((operation) =>
  fieldsOf(
    operation,
    (schema, value) =>
      typeof value === 'number' ||
      ((value === undefined || value === null) && acceptedKinds(schema).has('number')),
  ),
)
const typedFields = operationNames.flatMap((operation) =>
  fieldsOf(operation, (schema) => !acceptedKinds(schema).has('any')),
)

// ---------------------------------------------------------------------------------------------
// Sending one input and checking the answer

type Expectation = 'refused' | 'refused-or-accepted'

const errorCodes: readonly ErrorCode[] = [
  'validation',
  'not_found',
  'conflict',
  'unknown_operation',
  'forbidden',
  'internal',
  'unavailable',
]

interface Tally {
  calls: number
  accepted: number
  codes: Record<string, number>
}
const tallies = new Map<string, Tally>()
const sampleAnswers: Record<string, string> = {}
let callCount = 0
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()

interface Sent {
  result: Result<unknown>
  before: Record<string, unknown[]>
  after: Record<string, unknown[]>
  fixture: Fixture
}

function describeInput(input: unknown): string {
  let text: string
  try {
    text = JSON.stringify(input, (_key, value: unknown) =>
      typeof value === 'string' && value.length > 200
        ? `${value.slice(0, 40)}…(${value.length} characters)`
        : typeof value === 'number' && !Number.isFinite(value)
          ? String(value)
          : value,
    )
  } catch {
    text = String(input)
  }
  return text === undefined ? 'undefined' : text.slice(0, 600)
}

async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer within ${callTimeoutMs} ms`)),
      callTimeoutMs,
    )
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Sends one call and checks what every answer must be: a result value; when refused, a known
 * code that is not `internal`, a message, and an unchanged database.
 */
async function send(
  inputClass: string,
  operation: string,
  input: unknown,
  expectation: Expectation,
): Promise<Sent> {
  const fixture = await office()
  const what = `${operation} ${describeInput(input)}`
  const before = dumpOf(fixture)
  const loggedBefore = logged.length
  const printedBefore = printed.length
  let result: Result<unknown>
  try {
    result = await withTimeout(fixture.dispatch(operation, input), what)
  } catch (error) {
    throw new Error(`The dispatcher threw instead of answering: ${what}: ${String(error)}`, {
      cause: error,
    })
  }
  let after = dumpOf(fixture, ++callCount % 8 === 0)
  const tally = tallies.get(inputClass) ?? { calls: 0, accepted: 0, codes: {} }
  tallies.set(inputClass, tally)
  tally.calls += 1

  expect(result, what).toBeTypeOf('object')
  expect(typeof result.ok, what).toBe('boolean')
  if (result.ok) {
    tally.accepted += 1
    if (
      !isDeepStrictEqual(before, after) ||
      ['imports.open', 'reports.start', 'imports.commit'].includes(operation)
    )
      dirty = true
    if (operation === 'reports.start' || operation === 'imports.commit') {
      // The job runs after the answer: wait for it, so that what it wrote (or logged) is seen here.
      fixture.jobs.push({
        poll: operation === 'reports.start' ? 'reports.job' : 'imports.job',
        jobId: (result.value as { jobId: string }).jobId,
      })
      await settle(fixture)
      after = dumpOf(fixture)
    }
    if (expectation === 'refused') {
      throw new Error(`Accepted an input built to be invalid: ${what}`)
    }
  } else {
    const { code, message } = result.error
    tally.codes[code] = (tally.codes[code] ?? 0) + 1
    expect(errorCodes, what).toContain(code)
    if (code === 'internal') {
      throw new Error(
        `An exception escaped a handler (answered "internal"): ${what}: ${String(logged[loggedBefore])}`,
      )
    }
    expect(typeof message, what).toBe('string')
    expect(message.trim().length, what).toBeGreaterThan(0)
    if (!isDeepStrictEqual(before, after)) {
      expect(after, `the database changed on a refused call: ${what}`).toEqual(before)
    }
  }
  expect(logged.length, `the dispatcher logged an error: ${what}`).toBe(loggedBefore)
  expect(printed.slice(printedBefore), `console output after ${what}`).toEqual([])
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), what).toEqual(prototypeKeys)
  expect(({} as Record<string, unknown>).polluted, what).toBeUndefined()
  return { result, before, after, fixture }
}

/** A per-property seed, so that each operation and field gets its own random values. */
function seedOf(...parts: Array<string | number>): number {
  let hash = seed
  for (const char of parts.join('|')) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0
  return hash
}

const sampleOf = async (operation: OperationName) => sampleWith(operation, (await office()).ids)

// ---------------------------------------------------------------------------------------------
// Hostile values

const sqlTexts = [
  "'; DROP TABLE agreements; --",
  '1 OR 1=1',
  "%' ESCAPE '",
  "' OR '1'='1",
  '" OR ""="',
  "Robert'); DELETE FROM partners; --",
  "' UNION SELECT name, sql FROM sqlite_master --",
  '%_\\%',
  "1; ATTACH DATABASE '/tmp/x.db' AS x; --",
]
const scriptTexts = [
  '<script>alert(1)</script>',
  'javascript:alert(document.cookie)',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${process.exit(1)}',
]
const hostileText = fc.oneof(
  fc.constantFrom(...sqlTexts, ...scriptTexts),
  fc
    .tuple(fc.constantFrom(...sqlTexts, ...scriptTexts), fc.string({ maxLength: 12 }))
    .map(([payload, words]) => `${words}${payload}`),
)

const pathTricks = [
  '../../etc/passwd',
  '..\\..\\Windows\\system32\\config',
  '/dev/zero',
  '/dev/random',
  '/proc/self/environ',
  'C:\\boot.ini',
  'C:boot.ini',
  '\\\\server\\share\\agreement.pdf',
  '\u0000',
  'scan.pdf\u0000.exe',
  'con.xlsx',
  'CON',
  'nul.csv',
  'aux.pdf',
  'lpt1.txt',
  '.',
  '..',
  '../',
  '....//....//etc/hosts',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'file:///etc/passwd',
  '~/.ssh/id_rsa',
  ' ',
  '\u202Efdp.exe',
  'agreement.pdf:stream',
  'a'.repeat(255),
  'a'.repeat(251) + '.pdf',
  'a'.repeat(256),
  '../'.repeat(80) + 'etc/passwd',
  'x'.repeat(100_000) + '.csv',
]
const fileNameTrick = fc.oneof(
  fc.constantFrom(...pathTricks),
  fc
    .tuple(
      fc.array(fc.constantFrom('..', '.', '', 'etc', 'C:', '\\\\?', '\u0000', '%00', 'dev'), {
        maxLength: 6,
      }),
      fc.constantFrom('/', '\\'),
      fc.string({ maxLength: 20 }),
      fc.constantFrom('.pdf', '.xlsx', '.csv', '', '.exe'),
    )
    .map(([segments, separator, last, extension]) =>
      [...segments, `${last}${extension}`].join(separator),
    ),
)

/** Values that are out of range for every number field of the contract. */
const impossibleNumbers = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -1,
  -(2 ** 31),
  2 ** 53,
  2 ** 64,
  1e308,
  -1e308,
  Number.MAX_VALUE,
]
/** Out of range for every field that wants a whole number. */
const fractions = [1.5, 0.1, Number.MIN_VALUE, Number.EPSILON, 3.000001, 2 ** 52 + 0.5]
/** At the edges, but possibly in range: they may be refused or answered (not found, conflict). */
const edgeNumbers = [0, -0, 2 ** 31 - 1, 2 ** 31, Number.MAX_SAFE_INTEGER]
const numberExamples = [...impossibleNumbers, ...fractions, ...edgeNumbers]

function mustRefuseNumber(value: number, schema: SchemaNode): boolean {
  if (!Number.isFinite(value) || value < 0 || Math.abs(value) > Number.MAX_SAFE_INTEGER) return true
  return !Number.isInteger(value) && !allowsFraction(schema)
}

/** Plain values of the wrong kind, beside fast-check's anything. */
const oddValues = fc.constantFrom<unknown>(
  '1',
  '',
  'true',
  'null',
  '[object Object]',
  1,
  0,
  -1,
  true,
  false,
  null,
  [],
  [1],
  ['a'],
  {},
  { id: 1 },
  { toString: 'x' },
)

// ---------------------------------------------------------------------------------------------

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'accord-fuzz-'))
  for (const method of ['error', 'warn', 'log', 'info'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args)
    })
  }
})

afterEach(() => {
  // Emptied, so that one test's failure is not reported again by the next.
  expect(logged.splice(0), 'errors logged by the dispatcher').toEqual([])
  expect(printed.splice(0), 'console output while fuzzing').toEqual([])
})

afterAll(async () => {
  await closeFixture()
  // Set ACCORD_FUZZ_SUMMARY to a file name to get the calls made and the answers, per input class.
  const summary = process.env.ACCORD_FUZZ_SUMMARY
  if (summary) {
    const fields = {
      strings: stringFields.length,
      numbers: numberFields.length,
      typed: typedFields.length,
    }
    writeFileSync(
      summary,
      JSON.stringify(
        {
          calls: callCount,
          audits: auditCount,
          fields,
          sampleAnswers,
          classes: Object.fromEntries(tallies),
        },
        null,
        2,
      ),
    )
  }
  vi.restoreAllMocks()
  rmSync(root, { recursive: true, force: true })
})

describe('the contract boundary under random and hostile input', () => {
  it(
    'has a valid sample for every operation, and answers each with a value',
    async () => {
      for (const operation of operationNames) {
        expect(Object.keys(samples), `no valid sample for ${operation} in this file`).toContain(
          operation,
        )
        const sample = await sampleOf(operation)
        const parsed = contract[operation].input.safeParse(sample)
        expect(parsed.success, `${operation}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
        const { result } = await send('valid samples', operation, sample, 'refused-or-accepted')
        sampleAnswers[operation] = result.ok ? 'ok' : result.error.code
      }
    },
    testTimeoutMs,
  )

  it(
    '(1) refuses wrong types for the whole input',
    async () => {
      for (const operation of operationNames) {
        const known = Object.keys(shapeOf(operation))
        await fc.assert(
          fc.asyncProperty(fc.oneof(fc.anything(), oddValues), async (input) => {
            // Nothing and {} are the empty input; an object of the operation's own fields may be valid.
            const mayBeValid =
              input === null ||
              input === undefined ||
              (isPlainObject(input) && Object.keys(input).every((key) => known.includes(key)))
            await send(
              '1 wrong types (whole input)',
              operation,
              input,
              mayBeValid ? 'refused-or-accepted' : 'refused',
            )
          }),
          { seed: seedOf(1, operation), numRuns: 30 },
        )
      }
    },
    testTimeoutMs,
  )

  it(
    '(2) refuses the operation’s own fields with values of the wrong type',
    async () => {
      for (const { operation, path, schema } of typedFields) {
        const accepted = acceptedKinds(schema)
        const wrong = fc
          .oneof(fc.anything({ maxDepth: 2 }), oddValues)
          .filter((value) => !accepted.has(kindOf(value)))
        await fc.assert(
          fc.asyncProperty(wrong, async (value) => {
            const input = setAt(await sampleOf(operation), path, value)
            await send('2 wrong-typed fields', operation, input, 'refused')
          }),
          { seed: seedOf(2, operation, pathText(path)), numRuns: 5 },
        )
      }
    },
    testTimeoutMs,
  )

  it(
    '(3) refuses unknown fields, __proto__, constructor and prototype among them',
    async () => {
      const key = fc.oneof(
        fc.constantFrom(
          '__proto__',
          'constructor',
          'prototype',
          'toString',
          'valueOf',
          'hasOwnProperty',
          '__defineGetter__',
          'isAdmin',
        ),
        fc.string({ minLength: 1, maxLength: 20 }),
      )
      const value = fc.oneof(
        fc.constant({ polluted: true }),
        fc.constant({ prototype: { polluted: true } }),
        fc.jsonValue({ maxDepth: 2 }),
      )
      for (const operation of operationNames) {
        const sample = await sampleOf(operation)
        // The input itself and every object nested in it whose schema is strict.
        const targets = walk(sample)
          .filter((entry) => isPlainObject(entry.value))
          .map((entry) => entry.path)
          .filter((path) => {
            const schema = schemaAt(operation, path)
            return schema !== undefined && isStrictObject(schema)
          })
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...targets),
            key,
            value,
            async (path, extra, content) => {
              const target = walk(await sampleOf(operation)).find(
                (entry) => pathText(entry.path) === pathText(path),
              )!
              const own = new Set(Object.keys(target.value as object))
              fc.pre(!own.has(extra))
              // JSON.parse gives an object that really owns a "__proto__" key, as the preview host does.
              const text = JSON.stringify(target.value)
              const injected = JSON.parse(
                `${text.slice(0, -1)}${own.size > 0 ? ',' : ''}${JSON.stringify(extra)}:${JSON.stringify(content)}}`,
              ) as unknown
              expect(Object.keys(injected as object)).toContain(extra)
              const input = setAt(await sampleOf(operation), path, injected)
              await send('3 unknown fields', operation, input, 'refused')
            },
          ),
          { seed: seedOf(3, operation), numRuns: 6 + 4 * targets.length },
        )
      }
    },
    testTimeoutMs,
  )

  it(
    '(3b) stores records with a __proto__ key without polluting any prototype',
    async () => {
      // Each input is built over the office as it is when sent (an accepted call rebuilds it).
      const withRecord =
        (operation: 'imports.preview' | 'imports.commit', field: string, record: string) =>
        (ids: Ids) =>
          JSON.stringify({ ...samples[operation](ids), [field]: {} }).replace(
            `"${field}":{}`,
            `"${field}":${record}`,
          )
      const inputs: Array<[OperationName, (ids: Ids) => string]> = [
        [
          'settings.saveView',
          () =>
            '{"name":"agreements.list","value":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}',
        ],
        ['settings.saveView', () => '{"name":"agreements.list","value":{"__proto__":null}}'],
        ['imports.preview', withRecord('imports.preview', 'fixes', '{"__proto__":{"notes":"x"}}')],
      ]
      for (const operation of ['imports.preview', 'imports.commit'] as const) {
        inputs.push(
          [operation, withRecord(operation, 'partnerChoices', '{"__proto__":"create"}')],
          [
            operation,
            (ids) => withRecord(operation, 'partnerChoices', `{"__proto__":${ids.baku}}`)(ids),
          ],
          [
            operation,
            withRecord(
              operation,
              'partnerChoices',
              '{"constructor":"create","prototype":"create"}',
            ),
          ],
        )
      }
      for (const [operation, text] of inputs) {
        const input = JSON.parse(text((await office()).ids)) as unknown
        await send('3 unknown fields', operation, input, 'refused-or-accepted')
        // The view read back is plain data.
        const view = await send(
          '3 unknown fields',
          'settings.getView',
          { name: 'agreements.list' },
          'refused-or-accepted',
        )
        if (view.result.ok && view.result.value !== null) {
          expect(Object.getPrototypeOf(view.result.value)).toBe(Object.prototype)
        }
      }
    },
    testTimeoutMs,
  )

  it(
    '(4) refuses huge strings (1–5 MB) in every string field',
    async () => {
      const huge = fc.record({
        length: fc.integer({ min: 1_000_000, max: 5_000_000 }),
        unit: fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }),
      })
      for (const { operation, path } of stringFields) {
        // Within its size limit a file's base64 text may be long; the rest of the strings may not.
        const isFile = path.at(-1) === 'contentBase64'
        await fc.assert(
          fc.asyncProperty(huge, async ({ length, unit }) => {
            // Never valid base64: a document made of it would be a real (if odd) upload.
            const text = `!${unit.repeat(Math.ceil(length / unit.length))}`.slice(0, length)
            const input = setAt(await sampleOf(operation), path, text)
            await send(
              '4 huge strings',
              operation,
              input,
              isFile ? 'refused-or-accepted' : 'refused',
            )
          }),
          { seed: seedOf(4, operation, pathText(path)), numRuns: 1 },
        )
      }
    },
    testTimeoutMs,
  )

  it(
    '(5) keeps path tricks in file names out of the file system',
    async () => {
      const csv = base64(registerCsv)
      await fc.assert(
        fc.asyncProperty(
          fileNameTrick,
          fc.uint8Array({ minLength: 1, maxLength: 64 }),
          async (name, bytes) => {
            const fixture = await office()
            const input = {
              ...samples['documents.add'](fixture.ids),
              name,
              contentBase64: base64(bytes),
            }
            const { result, after } = await send(
              '5 path tricks',
              'documents.add',
              input,
              'refused-or-accepted',
            )
            if (result.ok) {
              const stored = result.value as { name: string; size: number }
              expect(stored.name).toBe(cleanFileName(name.trim()))
              // eslint-disable-next-line no-control-regex -- a stored name must hold none
              expect(stored.name).not.toMatch(/[/\\\u0000-\u001f]/)
              expect(['', '.', '..']).not.toContain(stored.name)
              expect(stored.size).toBe(bytes.length)
              const rows = after.documents as Array<{ name: string }>
              expect(rows.at(-1)?.name).toBe(stored.name)
            }
          },
        ),
        {
          seed: seedOf(5, 'documents.add'),
          numRuns: pathTricks.length + 40,
          examples: pathTricks.map((name) => [
            name,
            new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]),
          ]),
        },
      )
      await fc.assert(
        fc.asyncProperty(fileNameTrick, async (fileName) => {
          const { result, before, after } = await send(
            '5 path tricks',
            'imports.open',
            { fileName, contentBase64: csv },
            'refused-or-accepted',
          )
          // Opening a file only reads the bytes it was sent: nothing is written.
          expect(after).toEqual(before)
          // Only the name's last part is kept and shown, without control or direction marks.
          if (result.ok)
            expect((result.value as { fileName: string }).fileName).toBe(
              cleanFileName(fileName.trim()),
            )
        }),
        {
          seed: seedOf(5, 'imports.open'),
          numRuns: pathTricks.length + 40,
          examples: pathTricks.map((name) => [name]),
        },
      )
      // Every file Accord wrote is in a data folder: a stored document under its content's hash,
      // or an annual report in the exports folder.
      for (const file of listFiles(root).map((found) => relative(root, found))) {
        const [dataDir, folder, ...rest] = file.split(sep)
        expect(dataDir, file).toMatch(/^data-/)
        if (folder === 'exports')
          expect(rest, file).toEqual([expect.stringMatching(/^[a-f0-9]{24}\.xlsx$/)])
        else {
          expect(folder, file).toBe('documents')
          const [shard, name, ...deeper] = rest
          expect(name, file).toMatch(/^[a-f0-9]{64}$/)
          expect(shard, file).toBe(name!.slice(0, 2))
          expect(deeper, file).toEqual([])
        }
      }
    },
    testTimeoutMs,
  )

  it(
    '(6) saves SQL and script text as plain text, or refuses it',
    async () => {
      for (const { operation, path } of stringFields) {
        await fc.assert(
          fc.asyncProperty(hostileText, async (text) => {
            const input = setAt(await sampleOf(operation), path, text)
            const { result, before, after } = await send(
              '6 SQL and script text',
              operation,
              input,
              'refused-or-accepted',
            )
            // No statement ran: the same tables, none of the office's rows gone.
            expect(Object.keys(after)).toEqual(Object.keys(before))
            for (const table of Object.keys(before))
              expect(after[table]!.length, table).toBeGreaterThanOrEqual(before[table]!.length)
            if (result.ok && !isDeepStrictEqual(before, after)) {
              // Whatever was written holds the text exactly as sent (trimmed, as every text field is).
              const expected =
                operation === 'documents.add' && pathText(path) === 'name'
                  ? cleanFileName(text.trim())
                  : text.trim()
              if (expected !== '')
                expect(storedTexts(after), `${operation} ${pathText(path)}`).toSatisfy(
                  (texts: string[]) =>
                    texts.some(
                      (cell) =>
                        cell === expected || cell === text || cell.includes(JSON.stringify(text)),
                    ),
                )
            }
          }),
          {
            seed: seedOf(6, operation, pathText(path)),
            numRuns: 8,
            examples: [
              [sqlTexts[0]!],
              [sqlTexts[1]!],
              [sqlTexts[2]!],
              [scriptTexts[0]!],
              [scriptTexts[1]!],
            ],
          },
        )
      }
    },
    testTimeoutMs,
  )

  it(
    '(7) refuses numbers out of range: NaN, infinities, negatives, 2**53, 1e308, fractions',
    async () => {
      for (const { operation, path, schema } of numberFields) {
        const values = fc.oneof(fc.constantFrom(...numberExamples), fc.double())
        await fc.assert(
          fc.asyncProperty(values, async (value) => {
            const input = setAt(await sampleOf(operation), path, value)
            await send(
              '7 numbers out of range',
              operation,
              input,
              mustRefuseNumber(value, schema) ? 'refused' : 'refused-or-accepted',
            )
          }),
          {
            seed: seedOf(7, operation, pathText(path)),
            numRuns: numberExamples.length + 6,
            examples: numberExamples.map((value) => [value]),
          },
        )
      }
    },
    testTimeoutMs,
  )

  it(
    '(8) refuses unknown operation names',
    async () => {
      const names = [
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'valueOf',
        'prototype',
        '',
        ' ',
        'partners',
        'partners.',
        'partners.list ',
        ' partners.list',
        'Partners.List',
        'PARTNERS.LIST',
        'partners.list\u0000',
        'partners.list/../partners.drop',
        'partners.__proto__',
        'partners.constructor',
        'contract',
        'handlers',
        'partners.drop',
        "partners.list'; DROP TABLE partners; --",
        '<script>alert(1)</script>',
        'x'.repeat(1_000_000),
      ]
      const name = fc.oneof(
        fc.constantFrom(...names),
        fc.string({ maxLength: 100 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
      )
      await fc.assert(
        fc.asyncProperty(name, fc.anything({ maxDepth: 2 }), async (operation, input) => {
          fc.pre(!(operationNames as readonly string[]).includes(operation))
          const { result } = await send('8 unknown operations', operation, input, 'refused')
          if (!result.ok) {
            expect(result.error.code).toBe('unknown_operation')
            expect(result.error.message.length).toBeLessThan(200)
          }
        }),
        {
          seed: seedOf(8),
          numRuns: names.length + 300,
          examples: names.map((operation): [string, unknown] => [operation, {}]),
        },
      )
    },
    testTimeoutMs,
  )
})

/** Every text cell of a dump. */
function storedTexts(dump: Record<string, unknown[]>): string[] {
  return Object.values(dump).flatMap((rows) =>
    rows.flatMap((row) =>
      Object.values(row as object).filter((cell): cell is string => typeof cell === 'string'),
    ),
  )
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(folder, entry.name)) : [join(folder, entry.name)],
  )
}
