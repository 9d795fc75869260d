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
  /** The import that created the partner, if one did. */
  import_batch_id: number | null
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
  import_batch_id: number | null
  created_at: string
  updated_at: string
  version: Generated<number>
}

export interface SettingsTable {
  key: string
  /** JSON text. */
  value: string
}

export interface AgreementsTable {
  id: Generated<number>
  reference: string
  /** Folded reference: "ab-12" and "AB-12" are the same agreement. */
  reference_key: string
  title: string
  kind: string
  state: string
  signed_on: string | null
  starts_on: string | null
  ends_on: string | null
  auto_renew: number
  renewal_term_months: number | null
  notice_days: number
  unit: string | null
  coordinator: string | null
  notes: string | null
  search_text: string
  /** "Baku State University; Al-Farabi …", in the agreement's order (a copy, for the list). */
  partner_names: Generated<string>
  /** "AZ,KZ" (a copy, for the list). */
  countries: Generated<string>
  /** The partners' folded search text (a copy, for the list's search). */
  partner_search: Generated<string>
  /** The day the office decided not to renew: the agreement runs to its end but is no longer due. */
  lapse_decided_on: string | null
  import_batch_id: number | null
  created_at: string
  updated_at: string
  version: Generated<number>
}

export interface AgreementPartnersTable {
  agreement_id: number
  partner_id: number
  contact_id: number | null
  position: number
}

export interface AgreementConditionsTable {
  id: Generated<number>
  agreement_id: number
  position: number
  direction: string
  mobility_type: string
  level: string | null
  places_per_year: number
  months_per_place: number | null
  days_per_place: number | null
  funding: string | null
  language: string | null
  cefr: string | null
  isced_codes: string | null
  first_year: number | null
  last_year: number | null
}

export interface ExchangeCountsTable {
  id: Generated<number>
  agreement_id: number
  academic_year: number
  direction: string
  mobility_type: string
  /** '' when the mobility has no study level (staff). */
  level: string
  people: number
}

export interface AgreementEventsTable {
  id: Generated<number>
  agreement_id: number
  kind: string
  occurred_on: string
  note: string | null
  ends_before: string | null
  ends_after: string | null
  created_at: string
}

export interface DocumentsTable {
  id: Generated<number>
  agreement_id: number
  name: string
  kind: string
  media_type: string
  size: number
  sha256: string
  added_at: string
}

export interface RenewalRemindersTable {
  agreement_id: number
  notice_on: string
  acknowledged_at: string
}

export interface ReportLayoutsTable {
  id: Generated<number>
  name: string
  name_key: string
  language: string
  /** JSON text. */
  columns: string
  created_at: string
  updated_at: string
  version: Generated<number>
}

export interface ImportBatchesTable {
  id: Generated<number>
  file_name: string
  sheet_name: string
  /** JSON text. */
  mapping: string
  created_agreements: number
  created_partners: number
  linked_partners: number
  created_contacts: number
  skipped_rows: number
  created_at: string
}

export interface AuditLogTable {
  id: Generated<number>
  /** ISO timestamp with milliseconds, UTC. */
  at: string
  /** The OS user the app ran as. */
  user: string
  table_name: string
  /** The record's id (an agreement's, for its partner links); null for settings and restores. */
  record_id: number | null
  action: 'create' | 'update' | 'delete'
  /** JSON text of the row's columns; null for a create. */
  before: string | null
  /** JSON text of the row's columns; null for a delete. */
  after: string | null
}

/** The file's own record of itself (e.g. `opened_by_version`); never restored, never audited. */
export interface AppMetaTable {
  key: string
  value: string
}

export interface Database {
  partners: PartnersTable
  contacts: ContactsTable
  settings: SettingsTable
  agreements: AgreementsTable
  agreement_partners: AgreementPartnersTable
  agreement_conditions: AgreementConditionsTable
  exchange_counts: ExchangeCountsTable
  agreement_events: AgreementEventsTable
  documents: DocumentsTable
  renewal_reminders: RenewalRemindersTable
  report_layouts: ReportLayoutsTable
  import_batches: ImportBatchesTable
  audit_log: AuditLogTable
  app_meta: AppMetaTable
}
