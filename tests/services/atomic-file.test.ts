import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { copyFileAtomically, writeFileAtomically } from '../../electron/services/atomic-file.ts'

let folder: string
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'accord-atomic-'))
})

describe('writing a file whole or not at all', () => {
  it('replaces the target only when the writing finished', async () => {
    const target = join(folder, 'report.xlsx')
    writeFileSync(target, 'last year')
    await writeFileAtomically(target, (partial) => writeFile(partial, 'this year'))
    expect(readFileSync(target, 'utf8')).toBe('this year')
    expect(readdirSync(folder)).toEqual(['report.xlsx'])
  })

  it('leaves the earlier file as it was, and no partial file, when the writing fails halfway', async () => {
    const target = join(folder, 'report.xlsx')
    writeFileSync(target, 'last year')
    await expect(
      writeFileAtomically(target, async (partial) => {
        await writeFile(partial, 'half of this ye')
        throw new Error('disk full')
      }),
    ).rejects.toThrow('disk full')
    expect(readFileSync(target, 'utf8')).toBe('last year')
    expect(readdirSync(folder)).toEqual(['report.xlsx'])
  })

  it('copies into another folder through a partial sibling there', async () => {
    const source = join(folder, 'source.xlsx')
    writeFileSync(source, 'workbook')
    const other = mkdtempSync(join(tmpdir(), 'accord-atomic-target-'))
    await copyFileAtomically(source, join(other, 'Годовой отчёт 2026-2027.xlsx'))
    expect(readdirSync(other)).toEqual(['Годовой отчёт 2026-2027.xlsx'])
    expect(readFileSync(join(other, 'Годовой отчёт 2026-2027.xlsx'), 'utf8')).toBe('workbook')
  })
})
