import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError } from '../../../shared/contract/result.ts'
import type { DateOrder } from '../../../shared/import/import-dates.ts'
import type { ImportField } from '../../../shared/import/import-fields.ts'
import {
  maxImportFileBytes,
  type ImportLayout,
  type ImportOpened,
  type ImportPreview,
  type ImportReport,
  type ImportSettingsInput,
} from '../../../shared/import/import.ts'
import { useApi } from '../../api/api-context.tsx'
import { readAsBase64 } from '../../components/read-file.ts'

export type ImportStep = 'file' | 'mapping' | 'preview' | 'importing' | 'done'

/** What the user decided so far; sent whole with every preview and with the commit. */
export interface ImportChoices {
  sheet: number
  headerRow: number
  mapping: Array<ImportField | null>
  dateOrder: DateOrder | null
  fixes: Record<string, Partial<Record<ImportField, string>>>
  skipped: number[]
  partnerChoices: Record<string, 'create' | number>
}

const pollIntervalMs = 250
const wait = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms))

function choicesFrom(layout: ImportLayout): ImportChoices {
  return {
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    mapping: layout.mapping,
    // A file whose dates all read one way needs no question; the question is asked otherwise.
    dateOrder: layout.dateOrder === 'mdy' ? 'mdy' : layout.dateOrder === 'dmy' ? 'dmy' : null,
    fixes: {},
    skipped: [],
    partnerChoices: {},
  }
}

/**
 * The import wizard's state: the file opened in the main process, the choices made on each
 * step, the preview that follows every change, and the commit running in the background.
 */
export function useImportWizard() {
  const api = useApi()
  const [step, setStep] = useState<ImportStep>('file')
  const [opened, setOpened] = useState<ImportOpened>()
  const [layout, setLayout] = useState<ImportLayout>()
  const [choices, setChoices] = useState<ImportChoices>()
  const [preview, setPreview] = useState<ImportPreview>()
  const [reading, setReading] = useState<string>()
  const [progress, setProgress] = useState({ done: 0, total: 0 })
  const [report, setReport] = useState<ImportReport>()
  const [error, setError] = useState<AppError>()
  /** Why the last commit wrote nothing; kept while the preview is checked again. */
  const [commitError, setCommitError] = useState<AppError>()
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const settingsOf = useCallback(
    (importId: string, current: ImportChoices): ImportSettingsInput => ({ importId, ...current }),
    [],
  )

  const openFile = useCallback(
    async (file: File) => {
      setError(undefined)
      if (file.size > maxImportFileBytes) {
        return setError({
          code: 'validation',
          message: 'too large',
          details: { fields: { file: 'import_file_too_large' } },
        })
      }
      setReading(file.name)
      try {
        const contentBase64 = await readAsBase64(file)
        const result = await api.call('imports.open', { fileName: file.name, contentBase64 })
        if (!result.ok) return setError(result.error)
        setOpened(result.value)
        setLayout(result.value.layout)
        setChoices(choicesFrom(result.value.layout))
        setPreview(undefined)
        setStep('mapping')
      } catch {
        setError({
          code: 'validation',
          message: 'unreadable',
          details: { fields: { file: 'import_file_unreadable' } },
        })
      } finally {
        setReading(undefined)
      }
    },
    [api],
  )

  const relayout = useCallback(
    async (sheet: number, headerRow?: number) => {
      if (!opened) return
      const result = await api.call('imports.layout', {
        importId: opened.importId,
        sheet,
        headerRow,
      })
      if (!result.ok) return setError(result.error)
      setError(undefined)
      setLayout(result.value)
      setChoices(choicesFrom(result.value))
    },
    [api, opened],
  )

  const update = useCallback((change: (current: ImportChoices) => ImportChoices) => {
    setChoices((current) => (current ? change(current) : current))
  }, [])

  // Every change on the preview step is previewed again: errors come and go as rows are fixed.
  // The answer is kept with the choices it was for, so a late answer for older ones is dropped.
  const choicesKey = JSON.stringify(choices)
  const [answered, setAnswered] = useState<string>()
  useEffect(() => {
    if (step !== 'preview' || !opened || !choices) return
    let current = true
    void api.call('imports.preview', settingsOf(opened.importId, choices)).then((result) => {
      if (!current) return
      setAnswered(choicesKey)
      if (result.ok) {
        setPreview(result.value)
        setError(undefined)
      } else setError(result.error)
    })
    return () => {
      current = false
    }
    // choicesKey stands for choices: the effect runs when their content changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, step, opened, choicesKey, settingsOf])
  const previewing = step === 'preview' && answered !== choicesKey

  const commit = useCallback(async () => {
    if (!opened || !choices) return
    setCommitError(undefined)
    setStep('importing')
    setProgress({ done: 0, total: 0 })
    const started = await api.call('imports.commit', settingsOf(opened.importId, choices))
    if (!started.ok) {
      setCommitError(started.error)
      return setStep('preview')
    }
    while (mounted.current) {
      const job = await api.call('imports.job', { jobId: started.value.jobId })
      if (!mounted.current) return
      if (!job.ok) {
        setCommitError(job.error)
        return setStep('preview')
      }
      if (job.value.state === 'failed') {
        // The main process says why in English; the screen says it in the user's words above it.
        setCommitError({
          code: 'conflict',
          message: job.value.message,
          details: { fields: { file: 'import_commit_failed' } },
        })
        return setStep('preview')
      }
      if (job.value.state === 'done') {
        setReport(job.value.report)
        return setStep('done')
      }
      setProgress({ done: job.value.done, total: job.value.total })
      await wait(pollIntervalMs)
    }
  }, [api, opened, choices, settingsOf])

  const restart = useCallback(() => {
    setStep('file')
    setOpened(undefined)
    setLayout(undefined)
    setChoices(undefined)
    setPreview(undefined)
    setReport(undefined)
    setError(undefined)
    setCommitError(undefined)
  }, [])

  return {
    step,
    setStep,
    opened,
    layout,
    choices,
    update,
    preview,
    previewing,
    reading,
    progress,
    report,
    error,
    commitError,
    openFile,
    relayout,
    commit,
    restart,
  }
}

export type ImportWizard = ReturnType<typeof useImportWizard>
