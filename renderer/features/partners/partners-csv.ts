import type { TFunction } from 'i18next'
import type { PartnerSummary } from '../../../shared/partners/partner.ts'
import type { CsvCell } from '../../../shared/export/csv.ts'
import { countryName } from '../../components/country-names.ts'

/** The partners list as a spreadsheet, with the columns the list shows and the native name. */
export function partnersCsv(
  partners: PartnerSummary[],
  t: TFunction,
  language: string,
): { header: string[]; rows: CsvCell[][] } {
  return {
    header: [
      t('partners.columns.name'),
      t('partners.form.nameNative'),
      t('partners.columns.country'),
      t('partners.columns.city'),
      t('partners.columns.kind'),
      t('partners.columns.contacts'),
      t('partners.columns.primaryContact'),
    ],
    rows: partners.map((partner) => [
      partner.name,
      partner.nameNative,
      countryName(partner.country, language),
      partner.city,
      t(`partnerKinds.${partner.kind}`),
      partner.contactCount,
      partner.primaryContact,
    ]),
  }
}
