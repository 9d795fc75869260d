import { useTranslation } from 'react-i18next'
import type { AgreementSort, AgreementSummary } from '../../../shared/agreements/agreement.ts'
import { countryNamesOf } from '../../components/country-names.ts'
import { formatDate } from '../../components/format.ts'
import { VirtualTable, type TableColumn } from '../../components/VirtualTable.tsx'
import type { AgreementColumn } from './agreement-filters.ts'
import { StatusBadge } from './StatusBadge.tsx'
import { useDaysLeftLabel } from './use-days-left-label.ts'

export interface AgreementsTableProps {
  agreements: AgreementSummary[]
  columns: AgreementColumn[]
  sort: AgreementSort
  direction: 'asc' | 'desc'
  onSortChange: (sort: AgreementSort, direction: 'asc' | 'desc') => void
  onOpen: (id: number) => void
  emptyText: string
}

/** The agreements grid: the chosen columns, sortable, virtualised for a whole university's history. */
export function AgreementsTable({
  agreements,
  columns,
  sort,
  direction,
  onSortChange,
  onOpen,
  emptyText,
}: AgreementsTableProps) {
  const { t, i18n } = useTranslation()
  const daysLeftLabel = useDaysLeftLabel()
  const countries = (codes: string) => countryNamesOf(codes, i18n.language)
  const line = (text: string) => <span className="cell-line">{text}</span>

  const all: Record<AgreementColumn, TableColumn<AgreementSummary>> = {
    reference: {
      id: 'reference',
      header: t('agreements.columns.reference'),
      width: '1.2fr',
      sort: 'reference',
      render: (row) => <span className="cell-title">{row.reference}</span>,
    },
    title: {
      id: 'title',
      header: t('agreements.columns.title'),
      width: '2fr',
      sort: 'title',
      render: (row) => line(row.title),
    },
    partners: {
      id: 'partners',
      header: t('agreements.columns.partners'),
      width: '2.3fr',
      sort: 'partners',
      render: (row) => line(row.partnerNames),
    },
    country: {
      id: 'country',
      header: t('agreements.columns.country'),
      width: '1.1fr',
      sort: 'country',
      render: (row) => line(countries(row.countries)),
    },
    kind: {
      id: 'kind',
      header: t('agreements.columns.kind'),
      width: '1.4fr',
      sort: 'kind',
      render: (row) => line(t(`agreements.kinds.${row.kind}`)),
    },
    status: {
      id: 'status',
      header: t('agreements.columns.status'),
      width: '1.3fr',
      sort: 'status',
      render: (row) => (
        <span>
          <StatusBadge status={row.status} />
        </span>
      ),
    },
    endsOn: {
      id: 'endsOn',
      header: t('agreements.columns.endsOn'),
      width: '1.2fr',
      sort: 'endsOn',
      render: (row) =>
        line(row.endsOn ? formatDate(row.endsOn, i18n.language) : t('agreements.indefinite')),
    },
    daysLeft: {
      id: 'daysLeft',
      header: t('agreements.columns.daysLeft'),
      width: '1.3fr',
      numeric: true,
      render: (row) => line(row.daysLeft === null ? '' : daysLeftLabel(row.daysLeft)),
    },
    unit: {
      id: 'unit',
      header: t('agreements.columns.unit'),
      width: '1.4fr',
      render: (row) => line(row.unit ?? ''),
    },
  }

  return (
    <VirtualTable
      label={t('agreements.table')}
      rows={agreements}
      columns={columns.map((column) => all[column])}
      rowKey={(row) => row.id}
      rowLabel={(row) =>
        `${row.reference} ${row.partnerNames} ${t(`agreements.status.${row.status}`)}`
      }
      sort={sort}
      direction={direction}
      onSortChange={(next, nextDirection) => onSortChange(next as AgreementSort, nextDirection)}
      onOpen={(row) => onOpen(row.id)}
      emptyText={emptyText}
    />
  )
}
