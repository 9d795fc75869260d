import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Db } from '../../../db/connection.ts'
import { annualReportData } from '../../../db/reports/annual-report.ts'
import { getSettings } from '../../../db/settings.ts'
import { AppFailure } from '../../../shared/contract/failure.ts'
import type { IsoDate } from '../../../shared/dates.ts'
import { periodLabel } from '../../../shared/reports/period.ts'
import type { ReportJob, ReportStartInput } from '../../../shared/reports/report-job.ts'
import { reportWords } from '../../../shared/reports/words/report-words.ts'
import { writeAnnualWorkbook } from './annual-workbook.ts'

export interface ReportJobs {
  start(input: ReportStartInput): string
  status(jobId: string): ReportJob
  /** The finished file and the name it should be saved under; refused while running. */
  finished(jobId: string): { file: string; fileName: string }
}

export const exportsDir = (dataDir: string) => join(dataDir, 'exports')

/** Files of earlier sessions are not needed again: each export is saved or downloaded once. */
async function clearOldExports(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true })
  for (const name of await readdir(folder)) await rm(join(folder, name), { force: true })
}

/**
 * Annual reports built in the background: `start` answers at once with an id, the workbook is
 * written in batches (other calls are answered in between), and `status` tells how far it got.
 */
export function createReportJobs(db: Db, dataDir: string, today: () => IsoDate): ReportJobs {
  const folder = exportsDir(dataDir)
  // Cleared when the first report of the session is asked for, not while the app starts.
  let ready: Promise<void> | undefined
  const jobs = new Map<string, ReportJob>()
  const files = new Map<string, { file: string; fileName: string }>()

  async function run(jobId: string, input: ReportStartInput): Promise<void> {
    await (ready ??= clearOldExports(folder))
    const { academicYearStartMonth: firstMonth } = await getSettings(db)
    const data = await annualReportData(db, input.period, firstMonth, today())
    const file = join(folder, `${jobId}.xlsx`)
    const { rows } = await writeAnnualWorkbook(
      file,
      data,
      input.layout,
      firstMonth,
      (done, total) => jobs.set(jobId, { jobId, state: 'running', done, total }),
    )
    const label = periodLabel(input.period, firstMonth).replace('/', '-')
    const fileName = `${reportWords[input.layout.language].fileName} ${label}.xlsx`
    files.set(jobId, { file, fileName })
    const { size } = await stat(file)
    jobs.set(jobId, { jobId, state: 'ready', fileName, bytes: size, rows })
  }

  return {
    start(input) {
      const jobId = randomBytes(12).toString('hex')
      jobs.set(jobId, { jobId, state: 'running', done: 0, total: 0 })
      run(jobId, input).catch((error: unknown) => {
        console.error(error)
        const reason = error instanceof Error ? error.message : String(error)
        jobs.set(jobId, {
          jobId,
          state: 'failed',
          message: `The report could not be written: ${reason}`,
          reason,
        })
      })
      return jobId
    },
    status(jobId) {
      const job = jobs.get(jobId)
      if (!job)
        throw new AppFailure('not_found', 'This export is not known (the app may have restarted).')
      return job
    },
    finished(jobId) {
      const found = files.get(jobId)
      if (!found) {
        const job = this.status(jobId)
        throw new AppFailure(
          'conflict',
          job.state === 'failed' ? job.message : 'The report is still being written.',
        )
      }
      return found
    },
  }
}
