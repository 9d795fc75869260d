/**
 * Every operation of the contract by name. Kept free of imports so that the sandboxed
 * preload can expose exactly these without bundling the schemas.
 */
export const operationNames = [
  'app.info',
  'settings.get',
  'settings.update',
  'settings.getView',
  'settings.saveView',
  'partners.list',
  'partners.get',
  'partners.create',
  'partners.update',
  'partners.archive',
  'partners.restore',
  'partners.findSimilar',
  'contacts.create',
  'contacts.update',
  'contacts.remove',
  'contacts.setPrimary',
  'agreements.list',
  'agreements.units',
  'agreements.get',
  'agreements.create',
  'agreements.update',
  'agreements.act',
  'agreements.saveConditions',
  'agreements.saveCounts',
  'documents.add',
  'documents.open',
  'documents.remove',
  'renewals.list',
  'renewals.reminders',
  'renewals.acknowledge',
  'dashboard.get',
  'reports.layouts',
  'reports.saveLayout',
  'reports.deleteLayout',
  'reports.start',
  'reports.job',
  'reports.save',
  'print.savePdf',
  'imports.open',
  'imports.layout',
  'imports.preview',
  'imports.commit',
  'imports.job',
  'imports.newest',
  'imports.undo',
  'backups.state',
  'backups.create',
  'backups.restore',
  'backups.setFolder',
  'recovery.state',
  'recovery.restore',
] as const

export type OperationName = (typeof operationNames)[number]

export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && (operationNames as readonly string[]).includes(value)
}
