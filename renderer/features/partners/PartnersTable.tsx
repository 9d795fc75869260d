import { useTranslation } from 'react-i18next'
import type { PartnerSort, PartnerSummary } from '../../../shared/partners/partner.ts'
import { countryName } from '../../components/country-names.ts'
import { VirtualTable, type TableColumn } from '../../components/VirtualTable.tsx'

export interface PartnersTableProps {
  partners: PartnerSummary[]
  sort: PartnerSort
  direction: 'asc' | 'desc'
  onSortChange: (sort: PartnerSort, direction: 'asc' | 'desc') => void
  onOpen: (id: number) => void
  emptyText: string
}

/** The partners grid: sortable columns, Enter or a click opens a partner. */
export function PartnersTable({
  partners,
  sort,
  direction,
  onSortChange,
  onOpen,
  emptyText,
}: PartnersTableProps) {
  const { t, i18n } = useTranslation()
  const columns: TableColumn<PartnerSummary>[] = [
    {
      id: 'name',
      header: t('partners.columns.name'),
      width: '3fr',
      sort: 'name',
      render: (partner) => (
        <>
          <div className="cell-name">
            <span className="cell-title">{partner.name}</span>
            {partner.archivedAt && (
              <span className="badge badge-archived">{t('partners.archived')}</span>
            )}
          </div>
          {partner.nameNative && <div className="cell-sub">{partner.nameNative}</div>}
        </>
      ),
    },
    {
      id: 'country',
      header: t('partners.columns.country'),
      width: '1.2fr',
      sort: 'country',
      render: (partner) => (
        <span className="cell-line">
          <span className="country-code">{partner.country}</span>{' '}
          {countryName(partner.country, i18n.language)}
        </span>
      ),
    },
    {
      id: 'city',
      header: t('partners.columns.city'),
      width: '1fr',
      sort: 'city',
      render: (partner) => <span className="cell-line">{partner.city ?? ''}</span>,
    },
    {
      id: 'kind',
      header: t('partners.columns.kind'),
      width: '1.1fr',
      sort: 'kind',
      render: (partner) => <span className="cell-line">{t(`partnerKinds.${partner.kind}`)}</span>,
    },
    {
      id: 'contacts',
      header: t('partners.columns.primaryContact'),
      width: '1.6fr',
      sort: 'contacts',
      render: (partner) => (
        <span className="cell-line">
          {partner.primaryContact ?? ''}
          {partner.contactCount > 1 && <span className="muted"> +{partner.contactCount - 1}</span>}
        </span>
      ),
    },
  ]
  return (
    <VirtualTable
      label={t('partners.table')}
      rows={partners}
      columns={columns}
      rowKey={(partner) => partner.id}
      rowLabel={(partner) =>
        [partner.name, partner.nameNative, countryName(partner.country, i18n.language)]
          .filter(Boolean)
          .join(', ')
      }
      sort={sort}
      direction={direction}
      onSortChange={(next, nextDirection) => onSortChange(next as PartnerSort, nextDirection)}
      onOpen={(partner) => onOpen(partner.id)}
      emptyText={emptyText}
      rowHeight={48}
    />
  )
}
