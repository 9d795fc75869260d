import { useTranslation } from 'react-i18next'
import type { PartnerSummary } from '../../../shared/partners/partner.ts'
import { useOperation } from '../../api/use-operation.ts'
import { href, useRoute } from '../../app/router.ts'
import { countryName } from '../../components/country-names.ts'
import { filtersFromParams, filtersToParams, listInput } from '../partners/list-filters.ts'
import { PrintedList, type PrintedColumn } from './PrintedList.tsx'
import { usePartnerListDescription } from './use-list-description.ts'

/** `#/partners/print?<the list's parameters>`: the partners list on paper, filtered and sorted as on screen. */
export function PartnersPrintPage() {
  const { t, i18n } = useTranslation()
  const route = useRoute()
  const filters = filtersFromParams(route.params)
  const list = useOperation('partners.list', listInput(filters))
  const description = usePartnerListDescription(filters)

  const columns: PrintedColumn<PartnerSummary>[] = [
    {
      id: 'name',
      header: t('partners.columns.name'),
      share: 3,
      render: (partner) => (
        <>
          <div className="print-strong">
            {partner.name}
            {partner.archivedAt && <span className="print-aside"> ({t('partners.archived')})</span>}
          </div>
          {partner.nameNative && <div lang="">{partner.nameNative}</div>}
        </>
      ),
    },
    {
      id: 'country',
      header: t('partners.columns.country'),
      render: (partner) => countryName(partner.country, i18n.language),
    },
    { id: 'city', header: t('partners.columns.city'), render: (partner) => partner.city ?? '' },
    {
      id: 'kind',
      header: t('partners.columns.kind'),
      render: (partner) => t(`partnerKinds.${partner.kind}`),
    },
    {
      id: 'primaryContact',
      header: t('partners.columns.primaryContact'),
      share: 1.6,
      render: (partner) => partner.primaryContact ?? '',
    },
    {
      id: 'contacts',
      header: t('partners.columns.contacts'),
      numeric: true,
      share: 0.8,
      render: (partner) => partner.contactCount,
    },
  ]

  return (
    <PrintedList
      title={t('partners.title')}
      filters={description.filters}
      sortText={description.sortText}
      countText={list.data ? t('partners.count', { count: list.data.length }) : undefined}
      rows={list.data}
      error={list.error}
      onRetry={list.reload}
      columns={columns}
      rowKey={(partner) => partner.id}
      backHref={href('/partners', filtersToParams(filters))}
      backLabel={t('partners.page.back')}
    />
  )
}
