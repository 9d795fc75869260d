import {
  deleteReportLayout,
  listReportLayouts,
  saveReportLayout,
} from '../../../db/report-layouts.ts'
import type { Handlers } from '../dispatcher.ts'
import type { HandlerContext } from '../handler-context.ts'
import { createReportJobs } from '../reports/report-jobs.ts'

type ReportHandlers = Pick<
  Handlers,
  | 'reports.layouts'
  | 'reports.saveLayout'
  | 'reports.deleteLayout'
  | 'reports.start'
  | 'reports.job'
  | 'reports.save'
>

export function reportHandlers(context: HandlerContext): ReportHandlers {
  const { db } = context
  const jobs = createReportJobs(db, context.info.dataDir, context.today)
  return {
    'reports.layouts': () => listReportLayouts(db),
    'reports.saveLayout': (input) => saveReportLayout(db, input),
    'reports.deleteLayout': async ({ id }) => {
      await deleteReportLayout(db, id)
      return { id }
    },
    'reports.start': (input) => Promise.resolve({ jobId: jobs.start(input) }),
    'reports.job': ({ jobId }) => Promise.resolve(jobs.status(jobId)),
    'reports.save': ({ jobId }) => {
      const { file, fileName } = jobs.finished(jobId)
      return context.saveExport(file, fileName)
    },
  }
}
