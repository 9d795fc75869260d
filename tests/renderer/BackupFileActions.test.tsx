import { screen, within } from '@testing-library/react'
import type { BackupInfo, StagedBackup } from '../../shared/backups/backups.ts'
import { fail, ok } from '../../shared/contract/result.ts'
import { RecoveryPage } from '../../renderer/features/recovery/RecoveryPage.tsx'
import { BackupFileActions } from '../../renderer/features/backups/BackupFileActions.tsx'
import { Toasts } from '../../renderer/components/toasts.tsx'
import { renderApp } from './render-app.tsx'

const backup: BackupInfo = {
  name: 'accord-2026-11-30-080000-manual.accord-backup',
  kind: 'manual',
  createdAt: '2026-11-30T08:00:00.000Z',
  bytes: 2_400_000,
  agreements: 320,
  partners: 50,
  documents: 4,
  appVersion: '0.1.0',
}
const staged: StagedBackup = {
  stagedId: 'fedcba9876543210fedcba98',
  fileName: 'office-november.accord-backup',
  backup,
}

describe('a backup restored from a file in the desktop app', () => {
  it('asks the open dialog, shows what the file holds, and restores it only when confirmed', async () => {
    const onRestored = vi.fn()
    const { api, user } = await renderApp(<BackupFileActions onRestored={onRestored} />, {
      host: 'electron',
      answers: {
        'backups.pickFile': ok(staged),
        'backups.restoreFile': ok({ restored: staged.fileName, safetyBackup: 'x' }),
      },
    })
    await user.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Restore this backup file?' })
    expect(dialog).toHaveTextContent(
      'as it is in office-november.accord-backup, taken on Nov 30, 2026',
    )
    expect(dialog).toHaveTextContent('320 agreements, 50 partners, 4 documents')
    expect(api.inputsOf('backups.restoreFile')).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Restore' }))
    expect(api.inputsOf('backups.restoreFile')).toEqual([{ stagedId: staged.stagedId }])
    expect(onRestored).toHaveBeenCalledTimes(1)
  })

  it('does nothing when the dialog is cancelled', async () => {
    const { api, user } = await renderApp(<BackupFileActions onRestored={vi.fn()} />, {
      host: 'electron',
      answers: { 'backups.pickFile': ok(null) },
    })
    await user.click(screen.getByRole('button', { name: 'Restore from a file…' }))
    expect(api.inputsOf('backups.pickFile')).toHaveLength(1)
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Restore from a file…' })).toBeEnabled()
  })

  it('tells where the backup was saved', async () => {
    const location = 'E:\\Accord\\accord-2026-12-02-093015-manual.accord-backup'
    const { user } = await renderApp(
      <>
        <BackupFileActions onRestored={vi.fn()} />
        <Toasts />
      </>,
      {
        host: 'electron',
        answers: { 'backups.saveCopy': ok({ saved: true, location }) },
      },
    )
    await user.click(screen.getByRole('button', { name: 'Back up to a file…' }))
    expect(await screen.findByText(`The backup was saved to ${location}`)).toBeInTheDocument()
  })
})

describe('refusals, in the user’s words', () => {
  const withToasts = (host: 'electron' | 'preview', answers: Parameters<typeof renderApp>[1]) =>
    renderApp(
      <>
        <BackupFileActions onRestored={vi.fn()} />
        <Toasts />
      </>,
      { ...answers, host },
    )

  it('names the newer Accord that made a backup it cannot restore', async () => {
    const { user } = await withToasts('electron', {
      language: 'kk',
      answers: {
        'backups.pickFile': ok({ ...staged, backup: { ...backup, appVersion: '2.3.0' } }),
        'backups.restoreFile': fail('validation', 'This backup was made by a newer Accord.', {
          fields: { backup: 'backup_too_new' },
        }),
      },
    })
    await user.click(screen.getByRole('button', { name: 'Файлдан қалпына келтіру…' }))
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Осы файлдағы көшірмені қалпына келтіру керек пе?',
    })
    await user.click(within(dialog).getByRole('button', { name: 'Қалпына келтіру' }))
    expect(
      await screen.findByText(
        'Бұл көшірмені Accord-тың жаңа нұсқасы (2.3.0) жасаған. Көшірмені қалпына келтіру үшін сол нұсқаны орнатыңыз.',
      ),
    ).toBeInTheDocument()
  })

  it('refuses a file over 200 MB before uploading any of it', async () => {
    const { api, user, container } = await withToasts('preview', {})
    const huge = new File(['x'], 'whole-drive.accord-backup')
    Object.defineProperty(huge, 'size', { value: 300 * 1024 * 1024 })
    await user.upload(container.querySelector<HTMLInputElement>('input[type="file"]')!, huge)
    expect(
      await screen.findByText('The file is larger than 200 MB, more than an Accord backup can be.'),
    ).toBeInTheDocument()
    expect(api.inputsOf('backups.uploadFile')).toEqual([])
  })
})

describe('the recovery screen with no backup in its folder', () => {
  it('restores a file chosen elsewhere, and says in Russian why a file was refused', async () => {
    const { api, user } = await renderApp(
      <RecoveryPage
        state={{ problem: 'damaged', detail: 'malformed', file: 'C:\\accord.sqlite', backups: [] }}
      />,
      {
        host: 'electron',
        language: 'ru',
        answers: {
          'backups.pickFile': fail('validation', 'x.accord-backup is not an Accord backup.', {
            fields: { backup: 'backup_not_accord' },
          }),
        },
      },
    )
    await user.click(screen.getByRole('button', { name: 'Восстановить из файла…' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Этот файл не является резервной копией Accord.',
    )
    expect(api.inputsOf('recovery.restoreFile')).toEqual([])
  })
})
