import type { Migration, MigrationProvider } from 'kysely/migration'
import * as m0001 from './0001_partners_contacts_settings.ts'
import * as m0002 from './0002_agreements.ts'
import * as m0003 from './0003_renewals.ts'
import * as m0004 from './0004_report_layouts.ts'
import * as m0005 from './0005_import_batches.ts'
import * as m0006 from './0006_audit_log.ts'
import * as m0007 from './0007_app_meta.ts'

/**
 * Every migration, listed in code: a folder scan would break inside the bundled app.
 * Names sort in the order they run.
 */
export const migrations: Record<string, Migration> = {
  '0001_partners_contacts_settings': m0001,
  '0002_agreements': m0002,
  '0003_renewals': m0003,
  '0004_report_layouts': m0004,
  '0005_import_batches': m0005,
  '0006_audit_log': m0006,
  '0007_app_meta': m0007,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
}
