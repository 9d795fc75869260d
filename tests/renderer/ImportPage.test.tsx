import { screen, waitFor, within } from '@testing-library/react'
import { fail, ok } from '../../shared/contract/result.ts'
import type {
  ImportLayout,
  ImportOpened,
  ImportPreview,
  ImportRowPreview,
} from '../../shared/import/import.ts'
import { App } from '../../renderer/app/App.tsx'
import { toasts } from '../../renderer/components/toasts.tsx'
import { settings } from './fixtures.ts'
import { renderApp, type Answers } from './render-app.tsx'

const importId = 'cd'.repeat(12)
const jobId = 'ef'.repeat(12)

const layout: ImportLayout = {
  sheet: 1,
  headerRow: 2,
  dataRows: 2,
  columns: [
    { index: 0, header: '№', samples: ['1', '2'] },
    { index: 1, header: 'Университет-партнер', samples: ['ADA University'] },
    { index: 2, header: 'Дата подписания', samples: ['03/04/2020'] },
  ],
  mapping: [null, null, 'signedOn'],
  mappingRemembered: false,
  dateOrder: 'ambiguous',
}
const opened: ImportOpened = {
  importId,
  fileName: 'Реестр.xlsx',
  format: 'xlsx',
  encoding: null,
  delimiter: null,
  sheets: [
    { name: 'Инструкция', rows: 3 },
    { name: 'Договоры', rows: 5 },
  ],
  layout,
}

function row(rowNumber: number, changes: Partial<ImportRowPreview> = {}): ImportRowPreview {
  return {
    rowNumber,
    status: 'ready',
    reference: `IMP-20261202-${rowNumber}`,
    title: 'ADA University',
    kind: 'framework',
    partners: ['ADA University'],
    country: 'AZ',
    signedOn: '2020-04-03',
    startsOn: null,
    endsOn: null,
    openEnded: true,
    issues: [],
    raw: { partner: 'ADA University', signedOn: '03/04/2020' },
    ...changes,
  }
}

/** The preview as the main process would answer: row 5's date is fixed once a fix is sent. */
function previewOf(input: {
  fixes?: Record<string, { signedOn?: string }>
  skipped?: number[]
  partnerChoices?: Record<string, 'create' | number>
}): ImportPreview {
  const chosen = input.partnerChoices?.['AZ|ada']
  const fixed = input.fixes?.['5']?.signedOn === '28.02.2020'
  const skipped = input.skipped?.includes(4) ?? false
  const broken = row(5, {
    status: 'error',
    signedOn: null,
    issues: [
      {
        severity: 'error',
        code: 'date_impossible',
        field: 'signedOn',
        params: { text: '31.02.2020' },
      },
    ],
    raw: { partner: 'ADA University', signedOn: '31.02.2020' },
  })
  return {
    totals: {
      rows: 2,
      ready: (fixed ? 1 : 0) + (skipped ? 0 : 1),
      warnings: 0,
      errors: fixed ? 0 : 1,
      skipped: skipped ? 1 : 0,
    },
    partners: [
      {
        key: 'AZ|ada',
        name: 'ADA University',
        variants: [],
        country: 'AZ',
        rows: 2,
        candidates: [
          { id: 3, name: 'ADA University (Baku)', nameNative: null, country: 'AZ', score: 0.8 },
        ],
        choice: chosen ?? 'create',
        decidedBy: chosen === undefined ? 'none' : 'user',
      },
    ],
    rows: [
      row(4, skipped ? { status: 'skipped' } : {}),
      fixed ? row(5, { signedOn: '2020-02-28' }) : broken,
    ],
    unlistedRows: 0,
    dateOrderNeeded: false,
    referencesGenerated: true,
    headingRows: [3],
  }
}

async function openImport(extra: Answers = {}) {
  window.location.hash = '#/import'
  return renderApp(<App initialSettings={settings} />, {
    answers: {
      'renewals.list': ok({ today: '2026-12-02', horizonDays: 90, items: [] }),
      'renewals.reminders': ok([]),
      'imports.newest': ok(null),
      'imports.open': ok(opened),
      'imports.preview': (input) => ok(previewOf(input as Parameters<typeof previewOf>[0])),
      ...extra,
    },
  })
}

async function chooseFile(user: Awaited<ReturnType<typeof openImport>>['user']) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!
  await user.upload(input, new File(['PK fake bytes'], 'Реестр.xlsx'))
}

beforeEach(() => {
  toasts.clear()
})

describe('import wizard', () => {
  it('says why a file was refused, in the user’s language', async () => {
    const { user } = await openImport({
      'imports.open': fail('validation', 'This file is a PNG picture, not a spreadsheet.', {
        fields: { file: 'import_file_unsupported' },
      }),
    })
    await chooseFile(user)
    expect(await screen.findByText(/This file is not a spreadsheet/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Choose the file' })).toBeInTheDocument()
  })

  it('needs the partner column and the date order before the rows can be checked', async () => {
    const { user, api } = await openImport()
    await chooseFile(user)
    await screen.findByRole('heading', { name: 'Columns of Реестр.xlsx' })
    expect(api.inputsOf('imports.open')[0]).toMatchObject({
      fileName: 'Реестр.xlsx',
      contentBase64: expect.any(String),
    })
    const next = screen.getByRole('button', { name: 'Check the rows' })
    expect(next).toBeDisabled()
    expect(
      screen.getByText('Choose the column that names the partner institution.'),
    ).toBeInTheDocument()

    await user.click(
      screen.getByRole('button', { name: /Imported as, for column Университет-партнер/ }),
    )
    await user.click(screen.getByRole('option', { name: 'Partner institution' }))
    // Dates such as 03/04/2020 still need a decision.
    expect(next).toBeDisabled()
    await user.click(screen.getByRole('radio', { name: /day first/ }))
    expect(next).toBeEnabled()

    // A field is filled from one column: giving it to "№" takes it from the partner column.
    await user.click(screen.getByRole('button', { name: /Imported as, for column №/ }))
    await user.click(await screen.findByRole('option', { name: 'Partner institution' }))
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: /Imported as, for column Университет-партнер/ }),
      ).toHaveTextContent('Not imported'),
    )
    expect(screen.getByRole('button', { name: /Imported as, for column №/ })).toHaveTextContent(
      'Partner institution',
    )
    expect(next).toBeEnabled()
    // With no column for the partner, the rows cannot be checked.
    await user.click(screen.getByRole('button', { name: /Imported as, for column №/ }))
    await user.click(await screen.findByRole('option', { name: 'Not imported' }))
    await waitFor(() => expect(next).toBeDisabled())
  })

  it('checks the rows, sends a fix, a skip and a partner choice, and imports', async () => {
    let asked = 0
    const { user, api } = await openImport({
      'imports.commit': ok({ jobId }),
      'imports.job': () =>
        ++asked === 1
          ? ok({ jobId, state: 'running' as const, done: 250, total: 1000 })
          : ok({
              jobId,
              state: 'done' as const,
              report: {
                batchId: 9,
                fileName: 'Реестр.xlsx',
                sheetName: 'Договоры',
                createdAgreements: 1,
                createdPartners: 0,
                linkedPartners: 1,
                createdContacts: 0,
                skippedRows: 1,
                rows: [
                  {
                    rowNumber: 4,
                    outcome: 'skipped' as const,
                    reference: 'IMP-20261202-4',
                    agreementId: null,
                    partners: ['ADA University'],
                    reasons: [],
                    skippedByUser: true,
                  },
                  {
                    rowNumber: 5,
                    outcome: 'created' as const,
                    reference: 'IMP-20261202-5',
                    agreementId: 77,
                    partners: ['ADA University'],
                    reasons: [],
                    skippedByUser: false,
                  },
                ],
              },
            }),
    })
    await chooseFile(user)
    await user.click(
      await screen.findByRole('button', { name: /Imported as, for column Университет-партнер/ }),
    )
    await user.click(screen.getByRole('option', { name: 'Partner institution' }))
    await user.click(screen.getByRole('radio', { name: /month first/ }))
    await user.click(screen.getByRole('button', { name: 'Check the rows' }))

    expect(
      await screen.findByText('Signed on: “31.02.2020” is not a real date.'),
    ).toBeInTheDocument()
    expect(api.inputsOf('imports.preview').at(-1)).toMatchObject({
      importId,
      sheet: 1,
      headerRow: 2,
      mapping: [null, 'partner', 'signedOn'],
      dateOrder: 'mdy',
    })
    expect(
      screen.getByText(/each agreement gets a reference such as IMP-20261202-4/),
    ).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Fix row 5' }))
    const dialog = screen.getByRole('dialog', { name: 'Fix row 5' })
    const signed = within(dialog).getByRole('textbox', { name: /Signed on/ })
    expect(signed).toHaveValue('31.02.2020')
    // The country came from the group row above the row.
    expect(
      within(dialog).getByText(/Azerbaijan from the group row above is used/),
    ).toBeInTheDocument()
    await user.clear(signed)
    await user.type(signed, '28.02.2020')
    await user.click(within(dialog).getByRole('button', { name: 'Check again' }))
    await waitFor(() => expect(screen.queryByText(/is not a real date/)).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Skip row 4' }))
    await user.click(screen.getByRole('button', { name: /On import, for ADA University/ }))
    await user.click(screen.getByRole('option', { name: /Link to ADA University \(Baku\)/ }))
    await waitFor(() =>
      expect(api.inputsOf('imports.preview').at(-1)).toMatchObject({
        fixes: { '5': expect.objectContaining({ signedOn: '28.02.2020' }) },
        skipped: [4],
        partnerChoices: { 'AZ|ada': 3 },
      }),
    )

    await user.click(await screen.findByRole('button', { name: 'Import 1 agreement' }))
    expect(
      await screen.findByRole('heading', { name: 'Imported from Реестр.xlsx' }),
    ).toBeInTheDocument()
    expect(api.inputsOf('imports.commit')[0]).toMatchObject({
      skipped: [4],
      partnerChoices: { 'AZ|ada': 3 },
    })
    expect(screen.getByText('Row 4:')).toBeInTheDocument()
    expect(screen.getByText('skipped by you.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Save the report (CSV)' })).toBeInTheDocument()
  })

  it('keeps the rows on screen and says so when the commit fails', async () => {
    const { user } = await openImport({
      'imports.commit': ok({ jobId }),
      'imports.job': ok({
        jobId,
        state: 'failed' as const,
        message: 'Nothing was imported: the disk is full.',
      }),
    })
    await chooseFile(user)
    await user.click(
      await screen.findByRole('button', { name: /Imported as, for column Университет-партнер/ }),
    )
    await user.click(screen.getByRole('option', { name: 'Partner institution' }))
    await user.click(screen.getByRole('radio', { name: /day first/ }))
    await user.click(screen.getByRole('button', { name: 'Check the rows' }))
    // A likely match must be decided before anything is imported.
    const importButton = await screen.findByRole('button', { name: 'Import 1 agreement' })
    expect(importButton).toBeDisabled()
    expect(
      screen.getByText(/Choose for 1 partner whether to link it or create it/),
    ).toBeInTheDocument()
    expect(
      screen.getByText('Rows read as headings or country groups, not imported: 3.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /On import, for ADA University/ }))
    await user.click(screen.getByRole('option', { name: 'Create a new partner' }))
    await waitFor(() => expect(importButton).toBeEnabled())
    await user.click(importButton)
    expect(
      await screen.findByText('Nothing was imported: the database is as it was before.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Nothing was imported: the disk is full.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'What will be imported' })).toBeInTheDocument()
  })

  it('offers to undo the newest import, and says when it no longer can', async () => {
    const { user, api } = await openImport({
      'imports.newest': ok({
        batchId: 4,
        fileName: 'Реестр.xlsx',
        createdAt: '2026-12-01T09:00:00.000Z',
        createdAgreements: 12,
        createdPartners: 5,
        blockedBy: null,
      }),
      'imports.undo': ok({ removedAgreements: 12, removedPartners: 5, removedContacts: 0 }),
    })
    expect(
      await screen.findByText(
        /Реестр.xlsx, imported on Dec 1, 2026: 12 agreements and 5 new partners/,
      ),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Undo this import' }))
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Undo this import' }),
    )
    await waitFor(() => expect(api.inputsOf('imports.undo')).toEqual([{ batchId: 4 }]))
    expect(
      await screen.findByText('The import was undone: 12 agreements removed.'),
    ).toBeInTheDocument()
  })

  it('cannot undo an import whose agreement was changed since', async () => {
    await openImport({
      'imports.newest': ok({
        batchId: 4,
        fileName: 'Реестр.xlsx',
        createdAt: '2026-12-01T09:00:00.000Z',
        createdAgreements: 12,
        createdPartners: 5,
        blockedBy: { reason: 'agreement_changed', reference: 'IMP-20261201-7' },
      }),
    })
    expect(
      await screen.findByText(/the agreement IMP-20261201-7 was changed after the import/),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Undo this import' })).toBeDisabled()
  })
})
