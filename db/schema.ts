import type { Generated } from 'kysely'

/**
 * The live database shape, as Kysely sees it. Migrations never import this: they describe the
 * schema as it was at their own step.
 */
export interface PartnersTable {
  id: Generated<number>
  name: string
  name_native: string | null
  kind: string
  country: string
  city: string | null
  website: string | null
  erasmus_code: string | null
  schac_code: string | null
  national_id: string | null
  notes: string | null
  /** Folded name, so that sorting ignores case in every script. */
  name_sort: string
  search_text: string
  archived_at: string | null
  created_at: string
  updated_at: string
  version: Generated<number>
}

export interface ContactsTable {
  id: Generated<number>
  partner_id: number
  full_name: string
  position: string | null
  email: string | null
  phone: string | null
  notes: string | null
  is_primary: number
  search_text: string
  created_at: string
  updated_at: string
  version: Generated<number>
}

export interface SettingsTable {
  key: string
  /** JSON text. */
  value: string
}

export interface Database {
  partners: PartnersTable
  contacts: ContactsTable
  settings: SettingsTable
}
