import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { defaultDataDir } from '../services/data-dir.ts'
import { projectVersion, startPreview } from './start-preview.ts'

const usage = 'Usage: npm run preview -- [--data-dir DIR] [--port N] [--demo]'
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

function parseOptions() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      demo: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535. ${usage}`)
  return {
    help: values.help,
    dataDir: resolve(values['data-dir'] ?? defaultDataDir()),
    port,
    demo: values.demo,
  }
}

async function main(): Promise<void> {
  const options = parseOptions()
  if (options.help) {
    console.log(usage)
    return
  }
  const preview = await startPreview({
    ...options,
    rendererDir: resolve(projectRoot, 'out', 'renderer'),
    appVersion: projectVersion(projectRoot),
  })
  console.log(`Data folder: ${options.dataDir}`)
  if (options.demo) {
    console.log(
      preview.demoPartnersAdded > 0
        ? `Demo data: ${preview.demoPartnersAdded} partners added.`
        : 'Demo data: skipped, this database already has partners.',
    )
  }
  console.log(`Accord preview: ${preview.url}`)
  const stop = () => {
    void preview.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
