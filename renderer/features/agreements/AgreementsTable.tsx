import {
  Cell,
  Column,
  Row,
  Table,
  TableBody,
  TableHeader,
  TableLayout,
  Virtualizer,
  type SortDescriptor,
} from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import type { AgreementSort, AgreementSummary } from '../../../shared/agreements/agreement.ts'
import { countryName } from '../../components/country-names.ts'
import { formatDate } from '../../components/format.ts'
import type { AgreementColumn } from './agreement-filters.ts'
import { StatusBadge } from './StatusBadge.tsx'
import { useDaysLeftLabel } from './use-days-left-label.ts'

const sortOf: Partial<Record<AgreementColumn, AgreementSort>> = {
  reference: 'reference',
  title: 'title',
  partners: 'partners',
  country: 'country',
  kind: 'kind',
  status: 'status',
  endsOn: 'endsOn',
  daysLeft: 'endsOn',
}

const widths: Record<AgreementColumn, `${number}fr`> = {
  reference: '1.2fr',
  title: '2fr',
  partners: '2.6fr',
  country: '1fr',
  kind: '1.4fr',
  status: '1.3fr',
  endsOn: '1fr',
  daysLeft: '1fr',
  unit: '1.4fr',
}

export interface AgreementsTableProps {
  agreements: AgreementSummary[]
  columns: AgreementColumn[]
  sort: AgreementSort
  direction: 'asc' | 'desc'
  onSortChange: (sort: AgreementSort, direction: 'asc' | 'desc') => void
  onOpen: (id: number) => void
  emptyText: string
}

/** The agreements grid, virtualised: ten thousand rows scroll as smoothly as ten. */
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
  // The column that shows the sort (days left and end date sort alike: the end date's column wins).
  const sortColumn = columns.find((column) => sortOf[column] === sort) ?? sort
  const sortDescriptor: SortDescriptor = {
    column: sortColumn,
    direction: direction === 'asc' ? 'ascending' : 'descending',
  }
  const visible = columns.map((id) => ({ id }))

  const cell = (agreement: AgreementSummary, column: AgreementColumn) => {
    switch (column) {
      case 'reference':
        return <span className="cell-title">{agreement.reference}</span>
      case 'title':
        return <span className="cell-line">{agreement.title}</span>
      case 'partners':
        return <span className="cell-line">{agreement.partnerNames}</span>
      case 'country':
        return (
          <span className="cell-line">
            {agreement.countries
              .split(',')
              .filter(Boolean)
              .map((code) => countryName(code, i18n.language))
              .join(', ')}
          </span>
        )
      case 'kind':
        return <span className="cell-line">{t(`agreements.kinds.${agreement.kind}`)}</span>
      case 'status':
        return (
          <span>
            <StatusBadge status={agreement.status} />
          </span>
        )
      case 'endsOn':
        return (
          <span className="cell-line">
            {agreement.endsOn
              ? formatDate(agreement.endsOn, i18n.language)
              : t('agreements.indefinite')}
          </span>
        )
      case 'daysLeft':
        return (
          <span className="cell-line numeric">
            {agreement.daysLeft === null ? '' : daysLeftLabel(agreement.daysLeft)}
          </span>
        )
      case 'unit':
        return <span className="cell-line">{agreement.unit ?? ''}</span>
    }
  }

  return (
    <Virtualizer layout={TableLayout} layoutOptions={{ rowHeight: 44, headingHeight: 40 }}>
      <Table
        aria-label={t('agreements.table')}
        className="table"
        sortDescriptor={sortDescriptor}
        onSortChange={(next) =>
          onSortChange(
            sortOf[next.column as AgreementColumn] ?? 'endsOn',
            next.direction === 'descending' ? 'desc' : 'asc',
          )
        }
        onRowAction={(key) => onOpen(Number(key))}
      >
        <TableHeader className="table-header" columns={visible}>
          {(column) => (
            <Column
              id={column.id}
              isRowHeader={column.id === 'reference'}
              allowsSorting={sortOf[column.id] !== undefined}
              defaultWidth={widths[column.id]}
              className="column"
            >
              {t(`agreements.columns.${column.id}`)}
            </Column>
          )}
        </TableHeader>
        <TableBody
          items={agreements}
          dependencies={[columns, i18n.language]}
          renderEmptyState={() => <div className="table-empty">{emptyText}</div>}
        >
          {(agreement) => (
            <Row
              id={agreement.id}
              className="table-row"
              textValue={`${agreement.reference} ${agreement.partnerNames}`}
              columns={visible}
            >
              {(column) => <Cell className="cell">{cell(agreement, column.id)}</Cell>}
            </Row>
          )}
        </TableBody>
      </Table>
    </Virtualizer>
  )
}
