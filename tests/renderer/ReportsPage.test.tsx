import { screen, waitFor, within } from '@testing-library/react'
import { fail, ok } from '../../shared/contract/result.ts'
import { defaultLayout, type ReportLayout } from '../../shared/reports/layout.ts'
import type { ReportJob } from '../../shared/reports/report-job.ts'
import { App } from '../../renderer/app/App.tsx'
import { toasts } from '../../renderer/components/toasts.tsx'
import { settings } from './fixtures.ts'
import { renderApp, type Answers } from './render-app.tsx'

const jobId = 'ab'.repeat(12)
const fileName = 'Годовой отчёт 2025-2026.xlsx'
const downloadUrl = `/exports/${jobId}/${encodeURIComponent(fileName)}`
const ministryForm: ReportLayout = {
  ...defaultLayout,
  id: 4,
  name: 'Ministry form',
  version: 2,
  language: 'en',
}

beforeEach(() => {
  toasts.clear()
  // 5 March 2026: the academic year 2025/2026 is running.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 2, 5, 12))
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** A job that is half-way on the first question and finished on the next. */
function jobAnswers(): Answers {
  let asked = 0
  return {
    'reports.start': ok({ jobId }),
    'reports.job': (): ReturnType<typeof ok<ReportJob>> =>
      ++asked === 1
        ? ok({ jobId, state: 'running', done: 1200, total: 10790 })
        : ok({ jobId, state: 'ready', fileName, bytes: 48_000, rows: 10790 }),
    'reports.save': ok({ saved: false, downloadUrl }),
  }
}

async function openReports(extra: Answers = {}) {
  window.location.hash = '#/reports'
  return renderApp(<App initialSettings={settings} />, {
    answers: {
      'renewals.list': ok({ today: '2026-03-05', horizonDays: 90, items: [] }),
      'renewals.reminders': ok([]),
      'reports.layouts': ok([defaultLayout, ministryForm]),
      ...extra,
    },
  })
}

const columnList = (sheet: string) =>
  screen.getByRole('list', { name: `Columns of “${sheet}”, in order` })
const shownColumns = (sheet: string) =>
  within(columnList(sheet))
    .getAllByRole('listitem')
    .map((item) => item.textContent?.replace(/^\d+/, ''))

describe('reports screen', () => {
  it('opens from the navigation on this academic year and the standard layout', async () => {
    await openReports()
    expect(screen.getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('heading', { name: 'Reports', level: 1 })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Academic year' })).toBeChecked()
    expect(screen.getByRole('button', { name: /^2025\/2026 Year/ })).toBeInTheDocument()
    expect(screen.getByText('From Sep 1, 2025 to Aug 31, 2026')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Standard Layout/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Русский Header language/ })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Agreements in force' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    expect(shownColumns('Agreements in force').slice(0, 3)).toEqual([
      'Reference',
      'Partners',
      'Country',
    ])
    // The shipped layout can be copied, never changed or deleted.
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled()
  })

  it('moves, removes and adds columns from the keyboard-reachable buttons, and resets', async () => {
    const { user } = await openReports()
    const sheet = 'Agreements in force'
    await user.click(screen.getByRole('button', { name: 'Move up: Partners' }))
    expect(shownColumns(sheet).slice(0, 3)).toEqual(['Partners', 'Reference', 'Country'])
    // Partners is first now: its Move up is disabled, so focus went to its Move down.
    expect(screen.getByRole('button', { name: 'Move up: Partners' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Move down: Partners' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(shownColumns(sheet).slice(0, 2)).toEqual(['Reference', 'Partners'])

    await user.click(screen.getByRole('button', { name: 'Remove: Status' }))
    expect(shownColumns(sheet)).not.toContain('Status')
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /Add column/ }))
    await user.click(await screen.findByRole('option', { name: 'Title' }))
    expect(shownColumns(sheet).at(-1)).toBe('Title')

    // Each sheet has its own columns, on its own tab.
    await user.click(screen.getByRole('tab', { name: 'By country' }))
    expect(shownColumns('By country')[0]).toBe('Country')
    await user.click(screen.getByRole('tab', { name: sheet }))
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    const afterReset = shownColumns(sheet)
    expect(afterReset).toHaveLength(defaultLayout.columns.inForce.length)
    expect(afterReset.slice(0, 3)).toEqual(['Reference', 'Partners', 'Country'])
    expect(afterReset).toContain('Status')
    expect(afterReset).not.toContain('Title')
    expect(screen.queryByText('Unsaved changes')).toBeNull()
  })

  it('shows a taken name on the field of “Save as…”, then saves under a free one', async () => {
    const { api, user } = await openReports({
      'reports.saveLayout': (input) =>
        input.name === 'Ministry form'
          ? fail('validation', 'taken', { fields: { name: 'name_taken' } })
          : ok({ ...defaultLayout, ...input, id: 9, version: 1, name: input.name }),
    })
    await user.click(screen.getByRole('button', { name: 'Remove: Status' }))
    const trySavingAs = async (layoutName: string) => {
      await user.click(screen.getByRole('button', { name: 'Save as…' }))
      const dialog = await screen.findByRole('dialog', { name: 'Save layout as' })
      const name = within(dialog).getByRole('textbox', { name: 'Layout name' })
      await user.type(name, layoutName)
      await user.click(within(dialog).getByRole('button', { name: 'Save' }))
      return { dialog, name }
    }
    let { dialog, name } = await trySavingAs('Ministry form')
    expect(await within(dialog).findByText('Another layout already has this name.')).toBeVisible()
    expect(name).toHaveAttribute('aria-invalid', 'true')
    // Focus is back on the name, so Escape (handled inside the dialog) closes it.
    expect(name).toHaveFocus()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    ;({ dialog, name } = await trySavingAs('Ministry form'))
    await within(dialog).findByText('Another layout already has this name.')
    await user.clear(name)
    await user.type(name, 'Without status')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const saved = api.inputsOf('reports.saveLayout')
    expect(saved.map((input) => input.name)).toEqual([
      'Ministry form',
      'Ministry form',
      'Without status',
    ])
    expect(saved[2]).toMatchObject({ name: 'Without status', language: 'ru' })
    expect(saved[2]).not.toHaveProperty('id')
    expect(saved[2]!.columns.inForce).not.toContain('status')
    expect(screen.getByRole('button', { name: /^Without status Layout/ })).toBeInTheDocument()
    expect(await screen.findByText('Layout “Without status” saved.')).toBeInTheDocument()
  })

  it('asks before another layout replaces unsaved edits, and keeps them on Cancel', async () => {
    const { user } = await openReports()
    await user.click(screen.getByRole('button', { name: 'Remove: Status' }))
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument()

    const chooseMinistryForm = async () => {
      await user.click(screen.getByRole('button', { name: /^Standard Layout/ }))
      await user.click(await screen.findByRole('option', { name: 'Ministry form' }))
      return screen.findByRole('alertdialog', { name: 'Discard the changes to “Standard”?' })
    }
    const asked = await chooseMinistryForm()
    expect(asked).toHaveTextContent('Open “Ministry form” anyway')
    await user.click(within(asked).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('button', { name: /^Standard Layout/ })).toBeInTheDocument()
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Remove: Status' })).toBeNull()

    const again = await chooseMinistryForm()
    await user.click(within(again).getByRole('button', { name: 'Discard and open' }))
    expect(await screen.findByRole('button', { name: /^Ministry form Layout/ })).toBeInTheDocument()
    expect(screen.queryByText('Unsaved changes')).toBeNull()
  })

  it('saves an edited layout with the version it was read at, and deletes it after asking', async () => {
    const { api, user } = await openReports({
      'reports.saveLayout': (input) =>
        ok({ ...ministryForm, ...input, id: 4, version: 3, name: input.name }),
      'reports.deleteLayout': ok({ id: 4 }),
    })
    await user.click(screen.getByRole('button', { name: /^Standard Layout/ }))
    await user.click(await screen.findByRole('option', { name: 'Ministry form' }))
    await user.click(screen.getByRole('button', { name: /Header language/ }))
    await user.click(await screen.findByRole('option', { name: 'Қазақша' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(api.inputsOf('reports.saveLayout')).toHaveLength(1))
    expect(api.inputsOf('reports.saveLayout')[0]).toMatchObject({
      id: 4,
      version: 2,
      name: 'Ministry form',
      language: 'kk',
    })

    await user.click(screen.getByRole('button', { name: 'Delete' }))
    const confirm = await screen.findByRole('alertdialog', {
      name: 'Delete layout “Ministry form”?',
    })
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(api.inputsOf('reports.deleteLayout')).toEqual([{ id: 4 }]))
    expect(await screen.findByRole('button', { name: /^Standard Layout/ })).toBeInTheDocument()
  })

  it('exports the layout as shown: progress, then the file is downloaded', async () => {
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this)
    })
    const { api, user } = await openReports(jobAnswers())
    await user.click(screen.getByRole('button', { name: 'Remove: Status' }))
    await user.click(screen.getByRole('radio', { name: 'Calendar year' }))
    await user.click(screen.getByRole('button', { name: /Year$/ }))
    await user.click(await screen.findByRole('option', { name: '2024' }))
    await user.click(screen.getByRole('button', { name: 'Export workbook' }))

    const progress = await screen.findByRole('progressbar', { name: 'Writing the workbook' })
    expect(progress).toHaveAttribute('aria-valuetext', 'Writing rows 1,200 of 10,790')
    expect(screen.getByText('Writing rows 1,200 of 10,790')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Export workbook' })).toBeDisabled()

    await waitFor(() => expect(api.inputsOf('reports.save')).toEqual([{ jobId }]))
    const [start] = api.inputsOf('reports.start')
    expect(start!.period).toEqual({ kind: 'calendar', year: 2024 })
    expect(start!.layout.language).toBe('ru')
    expect(start!.layout.columns.inForce).not.toContain('status')
    expect(start!.layout.columns.byCountry).toEqual(defaultLayout.columns.byCountry)

    await waitFor(() => expect(clicked).toHaveLength(1))
    expect(clicked[0]!.getAttribute('href')).toBe(downloadUrl)
    expect(clicked[0]!.download).toBe(fileName)
    expect(await screen.findByText(`Written: ${fileName}`)).toBeInTheDocument()
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(screen.getByRole('button', { name: 'Export workbook' })).toBeEnabled()
  })

  it('says so when the workbook could not be written', async () => {
    const { user } = await openReports({
      'reports.start': ok({ jobId }),
      'reports.job': ok({
        jobId,
        state: 'failed',
        message: 'The report could not be written: ENOSPC: no space left on device',
        reason: 'ENOSPC: no space left on device',
      }),
    })
    await user.click(screen.getByRole('button', { name: 'Export workbook' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'The workbook could not be written, and no file was left behind. Check the disk and try again.',
    )
    expect(alert).toHaveTextContent('ENOSPC: no space left on device')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Export workbook' })).toBeEnabled()
  })
})
