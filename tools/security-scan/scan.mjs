/**
 * The static security scan of Accord's Electron code: Doyensec's Electronegativity over the
 * app's TypeScript sources (scan.config.mjs says which), with the Content Security Policy that
 * app:// and the preview send as a header handed to its CSP check as a page, so that the policy
 * itself is evaluated. Prints every finding, and exits 1 on an unreviewed finding at or above
 * scan.config.mjs's failAt, on a file it could not parse, on a reviewed entry that no longer
 * matches a finding, and when it read no files. First it scans canary/, code with known
 * problems: a scanner that does not report them is broken, and the scan exits 2.
 *
 *   npm run security                  installs tools/security-scan from its lockfile, then scans
 *   node tools/security-scan/scan.mjs the scan alone, once installed
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, extname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import config from './scan.config.mjs'

const toolDir = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(toolDir, '../..')
const require = createRequire(join(toolDir, 'package.json'))
const started = Date.now()

// The scan never goes online. Electronegativity asks a web server for translations of its
// messages (and GitHub for Electron's releases, a check that is off): `got` answers "offline"
// at once instead of waiting for its time-outs and retries.
const electronegativityDir = dirname(require.resolve('@doyensec/electronegativity/package.json'))
const gotPath = createRequire(join(electronegativityDir, 'dist', 'runner.js')).resolve('got')
const offline = () => Promise.resolve({ statusCode: 503, body: '', headers: {} })
const gotModule = new Module(gotPath)
gotModule.filename = gotPath
gotModule.loaded = true
gotModule.exports = Object.assign(offline, { head: offline, get: offline })
require.cache[gotPath] = gotModule

const run = require('@doyensec/electronegativity')
const { version: toolVersion } = require('@doyensec/electronegativity/package.json')

/** The extensions Electronegativity reads (its util/file.js); anything else it skips. */
const readable = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm'])
const severities = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']
const rank = (severity) => severities.indexOf(severity)
const generatedCsp = '(generated)/content-security-policy.html'

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.split(/[\\/]/).includes('node_modules'))
}

/** The Electron the app installs: the lockfile's, the version the checks' defaults are taken from. */
function electronVersion() {
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8'))
  const version = lock.packages?.['node_modules/electron']?.version
  if (!version) throw new Error('package-lock.json has no node_modules/electron')
  return version
}

async function scan(input, version, excluded) {
  const result = await run(
    {
      input,
      isRelative: true,
      electronVersionOverride: version,
      customScan: [],
      excludeFromScan: excluded,
      parserPlugins: [],
    },
    false,
  )
  const issues = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file.split('\\').join('/'),
    line: issue.location.line,
    column: issue.location.column,
    review: issue.manualReview === true,
    description: issue.description,
    url: issue.shortenedURL,
  }))
  return { ...result, issues }
}

class ScanFailure extends Error {
  constructor(code, message) {
    super(message)
    this.code = code
  }
}
const fail = (code, message) => {
  throw new ScanFailure(code, message)
}

if (rank(config.failAt) < 0) throw new Error(`failAt must be one of ${severities.join(', ')}`)
const version = electronVersion()
const excluded = Object.keys(config.excludedChecks)
const stage = mkdtempSync(join(tmpdir(), 'accord-security-scan-'))
try {
  // 1. The canary: a window without isolation or sandbox, no navigation limits, no permission handler.
  const canary = await scan(join(toolDir, 'canary'), version, excluded)
  const expected = [
    ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH'],
    ['LIMIT_NAVIGATION_GLOBAL_CHECK', 'HIGH'],
    ['SANDBOX_JS_CHECK', 'MEDIUM'],
    ['PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'MEDIUM'],
  ]
  const missed = expected
    .filter(([id, severity]) => !canary.issues.some((i) => i.id === id && i.severity === severity))
    .map(([id, severity]) => `${id} (${severity})`)
  if (missed.length > 0)
    fail(2, `the scanner did not report ${missed.join(', ')} in canary/: it is not working.`)

  // 2. The app's sources, copied with their paths, and the CSP as a page its check can read.
  for (const input of config.inputs) {
    cpSync(join(repoRoot, input), join(stage, input), {
      recursive: true,
      filter: (source) => !source.split(/[\\/]/).includes('node_modules'),
    })
  }
  const files = filesUnder(stage).filter((file) => readable.has(extname(file).toLowerCase()))
  if (files.length === 0)
    fail(1, `it found no source files to read in ${config.inputs.join(', ')}.`)
  const cspModule = pathToFileURL(join(repoRoot, 'shared/security/csp.ts')).href
  const { contentSecurityPolicy } = await import(cspModule)
  if (typeof contentSecurityPolicy !== 'string' || contentSecurityPolicy.trim() === '')
    fail(1, 'shared/security/csp.ts exports no contentSecurityPolicy.')
  const cspPage = join(stage, generatedCsp)
  mkdirSync(dirname(cspPage), { recursive: true })
  writeFileSync(
    cspPage,
    `<!doctype html>\n<!-- shared/security/csp.ts, sent as a header by app:// and the preview -->\n` +
      `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy.replaceAll('"', '&quot;')}">\n`,
  )

  const app = await scan(stage, version, excluded)
  const broken = app.errors.filter((error) => !error.tolerable)
  for (const error of app.errors) {
    const file = relative(stage, error.file)
    console.log(`${error.tolerable ? 'parse warning' : 'PARSE ERROR'} ${file}: ${error.message}`)
  }

  // 3. Findings against the reviewed list.
  const reviewedUse = new Map(config.reviewed.map((entry) => [entry, 0]))
  const reviewOf = (issue) =>
    config.reviewed.find(
      (entry) =>
        entry.id === issue.id &&
        entry.file === issue.file &&
        entry.severity === issue.severity &&
        entry.confidence === issue.confidence,
    )
  const ordered = [...app.issues].sort(
    (a, b) =>
      rank(b.severity) - rank(a.severity) || a.file.localeCompare(b.file) || a.line - b.line,
  )
  const open = []
  console.log(
    `Electronegativity ${toolVersion}: ${app.atomicChecks + app.globalChecks} checks ` +
      `(${excluded.length} off), Electron ${version} (package-lock.json), ` +
      `${files.length} files from ${config.inputs.join(', ')} and the CSP of shared/security/csp.ts`,
  )
  console.log(`canary: its ${expected.length} known problems reported, as they should be`)
  for (const [name, why] of Object.entries(config.excludedChecks))
    console.log(`off      ${name}: ${why}`)
  for (const issue of ordered) {
    const where = `${issue.file}${issue.line ? `:${issue.line}:${issue.column}` : ''}`
    const label = `${issue.severity} ${issue.confidence}${issue.review ? ' (review)' : ''}`
    const review = reviewOf(issue)
    if (review) {
      reviewedUse.set(review, reviewedUse.get(review) + 1)
      console.log(`reviewed ${issue.id} ${label} ${where}: ${review.why}`)
    } else {
      open.push(issue)
      console.log(
        `FINDING  ${issue.id} ${label} ${where}\n         ${issue.description} ${issue.url}`,
      )
    }
  }
  const stale = [...reviewedUse].filter(([, uses]) => uses === 0).map(([entry]) => entry)
  for (const entry of stale)
    console.log(
      `STALE    ${entry.id} ${entry.severity} ${entry.confidence} in ${entry.file}: reviewed, but no longer reported`,
    )

  const blocking = open.filter((issue) => rank(issue.severity) >= rank(config.failAt))
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `\nSecurity scan: ${open.length} unreviewed findings (${blocking.length} at ${config.failAt} ` +
      `or above), ${app.issues.length - open.length} reviewed, ${broken.length} unparsed files, ` +
      `${stale.length} stale reviews, ${seconds} s`,
  )
  if (blocking.length > 0)
    fail(1, `${blocking.length} unreviewed finding(s) of ${config.failAt} severity or above.`)
  if (broken.length > 0)
    fail(1, `${broken.length} file(s) could not be parsed, so were not scanned.`)
  if (stale.length > 0)
    fail(1, 'remove the stale entries from tools/security-scan/scan.config.mjs.')
} catch (error) {
  if (!(error instanceof ScanFailure)) throw error
  console.error(`\nSecurity scan failed: ${error.message}`)
  process.exitCode = error.code
} finally {
  rmSync(stage, { recursive: true, force: true })
}
