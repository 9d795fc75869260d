import type { Db } from './connection.ts'
import { inTransaction } from './transaction.ts'
import { csvDelimiters } from '../shared/export/csv.ts'
import {
  defaultSettings,
  languages,
  renewalHorizonLimits,
  type Settings,
} from '../shared/settings/settings.ts'

const wholeBetween = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/** Reads one stored value; undefined when it is missing or unreadable. */
export async function readSetting(db: Db, key: string): Promise<unknown> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst()
  if (!row) return undefined
  try {
    return JSON.parse(row.value) as unknown
  } catch {
    return undefined
  }
}

export async function writeValue(db: Db, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value)
  await db
    .insertInto('settings')
    .values({ key, value: text })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: text }))
    .execute()
}

export async function getSettings(db: Db): Promise<Settings> {
  const language = await readSetting(db, 'language')
  const month = await readSetting(db, 'academicYearStartMonth')
  const horizon = await readSetting(db, 'renewalHorizonDays')
  const delimiter = await readSetting(db, 'csvDelimiter')
  return {
    language: languages.find((known) => known === language) ?? defaultSettings.language,
    academicYearStartMonth: wholeBetween(month, 1, 12)
      ? month
      : defaultSettings.academicYearStartMonth,
    renewalHorizonDays: wholeBetween(horizon, renewalHorizonLimits.min, renewalHorizonLimits.max)
      ? horizon
      : defaultSettings.renewalHorizonDays,
    csvDelimiter:
      csvDelimiters.find((known) => known === delimiter) ?? defaultSettings.csvDelimiter,
  }
}

export async function updateSettings(db: Db, changes: Partial<Settings>): Promise<Settings> {
  await inTransaction(db, async (trx) => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) await writeValue(trx, key, value)
    }
  })
  return getSettings(db)
}
