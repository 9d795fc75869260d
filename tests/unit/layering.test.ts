import { ESLint } from 'eslint'

/**
 * The layer arrows are enforced by lint; these cases prove the rules bite (and do not bite
 * where an import is allowed).
 */
const eslint = new ESLint()

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message)
}

describe('layer rules', () => {
  it.each([
    ['renderer/features/x.ts', "import { listPartners } from '../../db/partners.ts'"],
    ['renderer/features/x.ts', "import { ipcRenderer } from 'electron'"],
    ['renderer/features/x.ts', "import { readFileSync } from 'node:fs'"],
    ['shared/x.ts', "import { join } from 'node:path'"],
    ['shared/x.ts', "import { openDatabase } from '../db/connection.ts'"],
    ['db/x.ts', "import { app } from 'electron'"],
    ['db/x.ts', "import { readFile } from 'fs'"],
    ['db/x.ts', "import { startPreview } from '../electron/preview/start-preview.ts'"],
    ['electron/services/x.ts', "import { BrowserWindow } from 'electron'"],
    ['electron/services/x.ts', "import { registerIpc } from '../main/ipc.ts'"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {}\n`)).toHaveLength(1)
  })

  it.each([
    ['renderer/features/x.ts', "import { partnerInput } from '../../shared/partners/partner.ts'"],
    ['db/x.ts', "import { foldForSearch } from '../shared/search.ts'"],
    ['electron/services/x.ts', "import { openDatabase } from '../../db/connection.ts'"],
    ['electron/main/x.ts', "import { app } from 'electron'"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron'"],
  ])('allows %s: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {}\n`)).toEqual([])
  })
})
