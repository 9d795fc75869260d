import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  DatabaseInUseError,
  lockDataFolder,
  lockFileName,
} from '../../electron/services/database-lock.ts'

describe('one running Accord per data folder', () => {
  it('refuses a folder another running process holds, naming it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'accord-lock-'))
    // Another process, alive while the test runs.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
    try {
      writeFileSync(
        join(dataDir, lockFileName),
        JSON.stringify({ pid: other.pid, host: 'desktop app', since: '2026-12-02T08:00:00.000Z' }),
      )
      expect(() => lockDataFolder(dataDir, 'browser preview')).toThrow(DatabaseInUseError)
      expect(() => lockDataFolder(dataDir, 'browser preview')).toThrow(/desktop app, process \d+/)
    } finally {
      other.kill('SIGKILL')
    }
  })

  it('takes over a lock left by a process that no longer runs, and gives it back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'accord-lock-'))
    const gone = spawn(process.execPath, ['-e', ''])
    await new Promise((resolve) => gone.on('exit', resolve))
    writeFileSync(
      join(dataDir, lockFileName),
      JSON.stringify({ pid: gone.pid, host: 'desktop app', since: 'x' }),
    )
    const lock = lockDataFolder(dataDir, 'browser preview')
    expect(JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: 'browser preview',
    })
    // The same process may open its own folder again.
    expect(() => lockDataFolder(dataDir, 'benchmark')).not.toThrow()
    lock.release()
    expect(existsSync(join(dataDir, lockFileName))).toBe(false)
  })
})
