import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppError } from '../../../shared/contract/result.ts'
import type { ReportStartInput } from '../../../shared/reports/report-job.ts'
import { useApi } from '../../api/api-context.tsx'
import { downloadFromUrl } from '../../components/download.ts'
import { notifySuccess } from '../../components/toasts.tsx'

/** Often enough for the bar to move smoothly, rarely enough not to slow the writer down. */
export const pollIntervalMs = 250

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'saving'; fileName: string }
  | { phase: 'finished'; jobId: string; fileName: string }
  | { phase: 'failed'; error: AppError; writeReason?: string }

const wait = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms))

/**
 * Builds the annual workbook in the background: starts the job, asks how far it got until it
 * is ready, then hands the file over (a save dialog on the desktop, a download in the browser).
 */
export function useReportExport() {
  const { t } = useTranslation()
  const api = useApi()
  const [state, setState] = useState<ExportState>({ phase: 'idle' })
  // A job outlives the screen; once the screen is gone nobody is waiting for its progress.
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const save = useCallback(
    async (jobId: string, fileName: string) => {
      setState({ phase: 'saving', fileName })
      const result = await api.call('reports.save', { jobId })
      if (!result.ok) return setState({ phase: 'failed', error: result.error })
      const { saved, location, downloadUrl } = result.value
      if (downloadUrl) {
        downloadFromUrl(downloadUrl, fileName)
        notifySuccess(t('reports.export.downloaded', { fileName }))
      } else if (saved) {
        notifySuccess(t('reports.export.saved', { location: location ?? fileName }))
      }
      // Kept when the save dialog was cancelled too: the same file can be saved again.
      setState({ phase: 'finished', jobId, fileName })
    },
    [api, t],
  )

  const start = useCallback(
    async (input: ReportStartInput) => {
      setState({ phase: 'running', done: 0, total: 0 })
      const started = await api.call('reports.start', input)
      if (!started.ok) return setState({ phase: 'failed', error: started.error })
      const { jobId } = started.value
      while (mounted.current) {
        const job = await api.call('reports.job', { jobId })
        if (!mounted.current) return
        if (!job.ok) return setState({ phase: 'failed', error: job.error })
        const status = job.value
        if (status.state === 'failed')
          return setState({
            phase: 'failed',
            error: { code: 'internal', message: status.message },
            writeReason: status.reason,
          })
        if (status.state === 'ready') return save(jobId, status.fileName)
        setState({ phase: 'running', done: status.done, total: status.total })
        await wait(pollIntervalMs)
      }
    },
    [api, save],
  )

  const busy = state.phase === 'running' || state.phase === 'saving'
  return { state, busy, start, save }
}
