import type { HostFiles } from '../../electron/services/handler-context.ts'

/**
 * A host for service tests: documents "open", exports stay where they were written, the user
 * cancels the choice of a backup file.
 */
export function testHostFiles(overrides: Partial<HostFiles> = {}): HostFiles {
  return {
    openDocument: () => Promise.resolve({ opened: true }),
    saveExport: (file) => Promise.resolve({ saved: true, location: file }),
    savePdf: () => Promise.resolve({ saved: false }),
    chooseBackupFile: () => Promise.resolve(undefined),
    ...overrides,
  }
}
