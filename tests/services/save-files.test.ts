import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The desktop app's file dialogs for backups, against a stand-in for the 'electron' module (its
 * binary cannot be downloaded here): what the dialogs are asked, and what is done with the answer.
 */
const fake = vi.hoisted(() => ({
  documents: '',
  openAnswer: { canceled: false, filePaths: [] as string[] },
  saveAnswer: { canceled: false, filePath: '' },
  asked: [] as Array<{ kind: 'open' | 'save'; options: Record<string, unknown> }>,
}))

vi.mock('electron', () => ({
  app: { getPath: () => fake.documents },
  BrowserWindow: { getFocusedWindow: () => null, getAllWindows: () => [] },
  dialog: {
    showOpenDialog: (options: Record<string, unknown>) => {
      fake.asked.push({ kind: 'open', options })
      return Promise.resolve(fake.openAnswer)
    },
    showSaveDialog: (options: Record<string, unknown>) => {
      fake.asked.push({ kind: 'save', options })
      return Promise.resolve(fake.saveAnswer)
    },
  },
}))

const { chooseBackupFileWithDialog, saveExportWithDialog } =
  await import('../../electron/main/save-files.ts')
const backupFilter = { name: 'Accord backup', extensions: ['accord-backup'] }

beforeEach(() => {
  fake.documents = mkdtempSync(join(tmpdir(), 'accord-dialogs-'))
  fake.asked.length = 0
})

describe('the desktop app’s dialogs for backups', () => {
  it('asks for one backup file, showing backups first, and hands back its path', async () => {
    fake.openAnswer = { canceled: false, filePaths: ['E:\\accord-office.accord-backup'] }
    expect(await chooseBackupFileWithDialog()).toBe('E:\\accord-office.accord-backup')
    expect(fake.asked).toEqual([
      {
        kind: 'open',
        options: {
          defaultPath: fake.documents,
          properties: ['openFile'],
          filters: [backupFilter, { name: 'All files', extensions: ['*'] }],
        },
      },
    ])
    fake.openAnswer = { canceled: true, filePaths: [] }
    expect(await chooseBackupFileWithDialog()).toBeUndefined()
  })

  it('saves a backup where the user chooses, whole, offering the backup file type', async () => {
    const written = join(fake.documents, 'written.accord-backup')
    writeFileSync(written, 'SQLite format 3\u0000 and the rest of the backup')
    const target = join(fake.documents, 'on-the-stick.accord-backup')
    fake.saveAnswer = { canceled: false, filePath: target }
    const name = 'accord-2026-12-02-093015-manual.accord-backup'
    expect(await saveExportWithDialog(written, name)).toEqual({ saved: true, location: target })
    expect(fake.asked[0]!.options).toEqual({
      defaultPath: join(fake.documents, name),
      filters: [backupFilter],
    })
    expect(readFileSync(target)).toEqual(readFileSync(written))
    fake.saveAnswer = { canceled: true, filePath: '' }
    expect(await saveExportWithDialog(written, name)).toEqual({ saved: false })
  })
})
