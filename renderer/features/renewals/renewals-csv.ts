import type { TFunction } from 'i18next'
import type { CsvCell } from '../../../shared/export/csv.ts'
import { renewalGroups, type RenewalsList } from '../../../shared/renewals/renewals.ts'

/** The renewals screen as a spreadsheet: group by group as on screen, by notice date in each. */
export function renewalsCsv(
  list: RenewalsList,
  t: TFunction,
): { header: string[]; rows: CsvCell[][] } {
  const inScreenOrder = renewalGroups.flatMap((group) =>
    list.items.filter((item) => item.group === group),
  )
  return {
    header: [
      t('renewals.columns.group'),
      t('renewals.columns.agreement'),
      t('agreements.columns.title'),
      t('renewals.columns.partners'),
      t('agreements.columns.country'),
      t('renewals.columns.noticeOn'),
      t('renewals.columns.endsOn'),
      t('renewals.columns.autoRenews'),
    ],
    rows: inScreenOrder.map((item) => [
      t(`renewals.groups.${item.group}`, { count: list.horizonDays }),
      item.reference,
      item.title,
      item.partnerNames,
      item.countries,
      item.noticeOn,
      item.endsOn,
      item.autoRenew ? t('common.yes') : '',
    ]),
  }
}
