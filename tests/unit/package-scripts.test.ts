import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..', '..')
const { scripts } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
}

describe('npm scripts', () => {
  it('run files that exist (the README sends newcomers to them)', () => {
    const targets = Object.entries(scripts).flatMap(([name, command]) =>
      [...command.matchAll(/\bnode\s+(?:--\S+\s+)*([\w./-]+\.[cm]?[jt]s)\b/g)].map((match) => ({
        name,
        file: match[1]!,
      })),
    )
    expect(targets.map((target) => target.name)).toEqual(
      expect.arrayContaining(['preview', 'bench']),
    )
    for (const target of targets)
      expect(existsSync(resolve(root, target.file)), target.file).toBe(true)
  })

  it('build the renderer before the preview serves it', () => {
    expect(scripts.preview).toMatch(/^electron-vite build && node /)
  })
})
