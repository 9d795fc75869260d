import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const lockFileName = 'accord.lock'

/** Another Accord (the desktop app or a preview) has this data folder open. */
export class DatabaseInUseError extends Error {
  constructor(holder: { pid: number; host: string; since: string }) {
    super(
      `Accord is already open on this data folder (${holder.host}, process ${holder.pid}, since ${holder.since}). ` +
        'Close it first: two programs writing to one database would overwrite each other.',
    )
    this.name = 'DatabaseInUseError'
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * One running Accord per data folder: a lock file naming the process that holds it. A lock
 * left by a process that is no longer running (a crash) is taken over; the same process may
 * open the folder again (the benchmark serves its own database to the browser).
 */
export function lockDataFolder(dataDir: string, host: string): { release(): void } {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, lockFileName)
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as {
      pid: number
      host: string
      since: string
    }
    if (holder.pid !== process.pid && Number.isInteger(holder.pid) && isRunning(holder.pid)) {
      throw new DatabaseInUseError(holder)
    }
  } catch (error) {
    if (error instanceof DatabaseInUseError) throw error
    // No lock, or an unreadable one: this process takes it.
  }
  writeFileSync(file, JSON.stringify({ pid: process.pid, host, since: new Date().toISOString() }))
  return {
    release: () => {
      try {
        const holder = JSON.parse(readFileSync(file, 'utf8')) as { pid: number }
        if (holder.pid === process.pid) rmSync(file, { force: true })
      } catch {
        // Already gone.
      }
    },
  }
}
