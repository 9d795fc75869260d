import { z } from 'zod'
import type { OperationName } from './operation-names.ts'
import {
  partnerIdInput,
  partnerInput,
  partnerListInput,
  partnerSimilarInput,
  partnerUpdateInput,
  type Partner,
  type SimilarPartner,
  type PartnerSummary,
} from '../partners/partner.ts'
import {
  contactCreateInput,
  contactIdInput,
  contactUpdateInput,
  type Contact,
} from '../partners/contact.ts'
import { settingsUpdateInput, type Settings } from '../settings/settings.ts'
import { viewGetInput, viewSaveInput } from '../settings/views.ts'
import { agreementActionInput, type AgreementEvent } from '../agreements/actions.ts'
import {
  agreementIdInput,
  agreementInput,
  agreementListInput,
  agreementUpdateInput,
  type Agreement,
  type AgreementSummary,
} from '../agreements/agreement.ts'
import { conditionsSaveInput, type Condition } from '../agreements/conditions.ts'
import { countsSaveInput, type ExchangeCount } from '../agreements/counts.ts'
import {
  documentAddInput,
  documentIdInput,
  type AgreementDocument,
  type DocumentOpened,
} from '../agreements/documents.ts'
import {
  remindersAcknowledgeInput,
  renewalsListInput,
  type RenewalReminder,
  type RenewalsList,
} from '../renewals/renewals.ts'
import { dashboardInput, type Dashboard } from '../dashboard/dashboard.ts'
import { layoutIdInput, layoutSaveInput, type ReportLayout } from '../reports/layout.ts'
import {
  reportJobInput,
  reportStartInput,
  type ExportSaved,
  type ReportJob,
} from '../reports/report-job.ts'
import { printPdfInput, type PdfSaved } from '../print/print.ts'
import {
  importBatchInput,
  importJobInput,
  importLayoutInput,
  importOpenInput,
  importSettingsInput,
  type ImportBatchSummary,
  type ImportJob,
  type ImportLayout,
  type ImportOpened,
  type ImportPreview,
  type ImportUndone,
} from '../import/import.ts'
import {
  backupCreateInput,
  backupFolderInput,
  backupRestoreInput,
  backupUploadInput,
  stagedBackupInput,
  type BackupInfo,
  type BackupRestored,
  type BackupsState,
  type StagedBackup,
} from '../backups/backups.ts'
import type { Recovered, RecoveryState } from '../backups/recovery.ts'
import {
  auditListInput,
  auditOfRecordInput,
  type AuditEntry,
  type AuditPage,
} from '../audit/audit.ts'

/** An operation: its input schema and (as a type only) its result. */
interface Operation<Input extends z.ZodType, Output> {
  input: Input
  /** Never set at run time; carries the result type (which may include null). */
  output?: { type: Output }
}

function operation<Output>() {
  return <Input extends z.ZodType>(input: Input): Operation<Input, Output> => ({ input })
}

const noInput = z.strictObject({})

export interface AppInfo {
  version: string
  host: 'electron' | 'preview'
  dataDir: string
}

export interface PartnerDetails extends Partner {
  contacts: Contact[]
}

export interface AgreementDetails extends Agreement {
  conditions: Condition[]
  counts: ExchangeCount[]
  events: AgreementEvent[]
  documents: AgreementDocument[]
}

export const contract = {
  'app.info': operation<AppInfo>()(noInput),
  'settings.get': operation<Settings>()(noInput),
  'settings.update': operation<Settings>()(settingsUpdateInput),
  'settings.getView': operation<Record<string, unknown> | null>()(viewGetInput),
  'settings.saveView': operation<{ saved: true }>()(viewSaveInput),
  'partners.list': operation<PartnerSummary[]>()(partnerListInput),
  'partners.get': operation<PartnerDetails>()(partnerIdInput),
  'partners.create': operation<PartnerDetails>()(partnerInput),
  'partners.update': operation<PartnerDetails>()(partnerUpdateInput),
  'partners.archive': operation<PartnerDetails>()(partnerIdInput),
  'partners.restore': operation<PartnerDetails>()(partnerIdInput),
  'partners.findSimilar': operation<SimilarPartner[]>()(partnerSimilarInput),
  'contacts.create': operation<Contact>()(contactCreateInput),
  'contacts.update': operation<Contact>()(contactUpdateInput),
  'contacts.remove': operation<{ id: number }>()(contactIdInput),
  'contacts.setPrimary': operation<Contact>()(contactIdInput),
  'agreements.list': operation<AgreementSummary[]>()(agreementListInput),
  'agreements.units': operation<string[]>()(noInput),
  'agreements.get': operation<AgreementDetails>()(agreementIdInput),
  'agreements.create': operation<AgreementDetails>()(agreementInput),
  'agreements.update': operation<AgreementDetails>()(agreementUpdateInput),
  'agreements.act': operation<AgreementDetails>()(agreementActionInput),
  'agreements.saveConditions': operation<AgreementDetails>()(conditionsSaveInput),
  'agreements.saveCounts': operation<AgreementDetails>()(countsSaveInput),
  'documents.add': operation<AgreementDocument>()(documentAddInput),
  'documents.open': operation<DocumentOpened>()(documentIdInput),
  'documents.remove': operation<{ id: number }>()(documentIdInput),
  'renewals.list': operation<RenewalsList>()(renewalsListInput),
  'renewals.reminders': operation<RenewalReminder[]>()(noInput),
  'renewals.acknowledge': operation<{ acknowledged: number }>()(remindersAcknowledgeInput),
  'dashboard.get': operation<Dashboard>()(dashboardInput),
  'reports.layouts': operation<ReportLayout[]>()(noInput),
  'reports.saveLayout': operation<ReportLayout>()(layoutSaveInput),
  'reports.deleteLayout': operation<{ id: number }>()(layoutIdInput),
  'reports.start': operation<{ jobId: string }>()(reportStartInput),
  'reports.job': operation<ReportJob>()(reportJobInput),
  'reports.save': operation<ExportSaved>()(reportJobInput),
  'print.savePdf': operation<PdfSaved>()(printPdfInput),
  'imports.open': operation<ImportOpened>()(importOpenInput),
  'imports.layout': operation<ImportLayout>()(importLayoutInput),
  'imports.preview': operation<ImportPreview>()(importSettingsInput),
  'imports.commit': operation<{ jobId: string }>()(importSettingsInput),
  'imports.job': operation<ImportJob>()(importJobInput),
  'imports.newest': operation<ImportBatchSummary | null>()(noInput),
  'imports.undo': operation<ImportUndone>()(importBatchInput),
  'backups.state': operation<BackupsState>()(noInput),
  'backups.create': operation<BackupInfo>()(backupCreateInput),
  'backups.restore': operation<BackupRestored>()(backupRestoreInput),
  'backups.setFolder': operation<BackupsState>()(backupFolderInput),
  /** "Back up now to a file…": a fresh backup, saved where the user chooses (or downloaded). */
  'backups.saveCopy': operation<ExportSaved>()(noInput),
  /** The desktop app's open dialog; null when the user cancels. */
  'backups.pickFile': operation<StagedBackup | null>()(noInput),
  'backups.uploadFile': operation<StagedBackup>()(backupUploadInput),
  'backups.restoreFile': operation<BackupRestored>()(stagedBackupInput),
  /** Null while the database is sound; otherwise what the recovery screen shows. */
  'recovery.state': operation<RecoveryState | null>()(noInput),
  'recovery.restore': operation<Recovered>()(backupRestoreInput),
  'recovery.restoreFile': operation<Recovered>()(stagedBackupInput),
  'audit.list': operation<AuditPage>()(auditListInput),
  /** Newest first. */
  'audit.ofRecord': operation<AuditEntry[]>()(auditOfRecordInput),
} satisfies Record<OperationName, Operation<z.ZodType, unknown>>

export type Contract = typeof contract
/** What a caller sends: the schema's input (defaults may be left out). */
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>
/** What a handler receives: the parsed, defaulted input. */
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>
export type OperationOutput<K extends OperationName> = NonNullable<Contract[K]['output']>['type']
