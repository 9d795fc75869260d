import { sql } from 'kysely'
import type { Db } from './connection.ts'
import { inTransaction } from './transaction.ts'
import { AppFailure, notFound, staleEdit } from '../shared/contract/failure.ts'
import { listSheets } from '../shared/reports/columns.ts'
import {
  defaultLayout,
  layoutContentInput,
  type LayoutSaveInput,
  type ReportLayout,
} from '../shared/reports/layout.ts'
import { foldForSearch } from '../shared/search.ts'
import type { ReportLayoutsTable } from './schema.ts'
import type { Selectable } from 'kysely'

const nameKey = (name: string) => foldForSearch(name.trim())

/**
 * A stored layout, read back through the shared schema. A column a later version dropped is
 * left out rather than failing the whole layout; a sheet left empty falls back to the default.
 */
function toLayout(row: Selectable<ReportLayoutsTable>): ReportLayout {
  let stored: Record<string, unknown> = {}
  try {
    stored = JSON.parse(row.columns) as Record<string, unknown>
  } catch {
    // An unreadable value keeps the default columns; the name and id still show.
  }
  const columns = Object.fromEntries(
    listSheets.map((sheet) => {
      const candidate = { language: row.language, columns: { ...defaultLayout.columns } }
      candidate.columns[sheet] = Array.isArray(stored[sheet]) ? (stored[sheet] as string[]) : []
      const valid = layoutContentInput.safeParse(candidate).success
      return [sheet, valid ? candidate.columns[sheet] : defaultLayout.columns[sheet]]
    }),
  ) as ReportLayout['columns']
  const language = layoutContentInput.shape.language.safeParse(row.language)
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    language: language.success ? language.data : defaultLayout.language,
    columns,
  }
}

/** The layout that ships, then the saved ones by name. */
export async function listReportLayouts(db: Db): Promise<ReportLayout[]> {
  const rows = await db.selectFrom('report_layouts').selectAll().orderBy('name_key').execute()
  return [defaultLayout, ...rows.map(toLayout)]
}

export async function getReportLayout(db: Db, id: number): Promise<ReportLayout> {
  const row = await db
    .selectFrom('report_layouts')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('Report layout', id)
  return toLayout(row)
}

async function checkNameFree(db: Db, name: string, exceptId?: number): Promise<void> {
  let query = db.selectFrom('report_layouts').select('id').where('name_key', '=', nameKey(name))
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId)
  const shipped = nameKey(name) === nameKey(defaultLayout.name)
  if (shipped || (await query.executeTakeFirst())) {
    throw new AppFailure('validation', `Another layout is already called "${name}".`, {
      fields: { name: 'name_taken' },
    })
  }
}

/** Creates a layout, or saves an edit made to the version the user saw. */
export async function saveReportLayout(
  db: Db,
  input: LayoutSaveInput,
  now = new Date().toISOString(),
): Promise<ReportLayout> {
  return inTransaction(db, async (trx) => {
    await checkNameFree(trx, input.name, input.id)
    const values = {
      name: input.name,
      name_key: nameKey(input.name),
      language: input.language,
      columns: JSON.stringify(input.columns),
      updated_at: now,
    }
    if (input.id === undefined) {
      const row = await trx
        .insertInto('report_layouts')
        .values({ ...values, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow()
      return getReportLayout(trx, row.id)
    }
    let update = trx
      .updateTable('report_layouts')
      .set({ ...values, version: sql`version + 1` })
      .where('id', '=', input.id)
    if (input.version !== undefined) update = update.where('version', '=', input.version)
    const result = await update.executeTakeFirst()
    if (result.numUpdatedRows === 0n) {
      await getReportLayout(trx, input.id) // not found, or else…
      throw staleEdit('layout')
    }
    return getReportLayout(trx, input.id)
  })
}

export async function deleteReportLayout(db: Db, id: number): Promise<void> {
  const result = await db.deleteFrom('report_layouts').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('Report layout', id)
}
