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
import type { PartnerSort, PartnerSummary } from '../../../shared/partners/partner.ts'
import { countryName } from '../../components/country-names.ts'

export interface PartnersTableProps {
  partners: PartnerSummary[]
  sort: PartnerSort
  direction: 'asc' | 'desc'
  onSortChange: (sort: PartnerSort, direction: 'asc' | 'desc') => void
  onOpen: (id: number) => void
  emptyText: string
}

/**
 * The partners grid: arrow keys move between cells, Enter opens a partner, column headers sort.
 * Rows are virtualised, so a whole university's history scrolls smoothly.
 */
export function PartnersTable({
  partners,
  sort,
  direction,
  onSortChange,
  onOpen,
  emptyText,
}: PartnersTableProps) {
  const { t, i18n } = useTranslation()
  const sortDescriptor: SortDescriptor = {
    column: sort,
    direction: direction === 'asc' ? 'ascending' : 'descending',
  }
  return (
    <Virtualizer layout={TableLayout} layoutOptions={{ rowHeight: 48, headingHeight: 40 }}>
      <Table
        aria-label={t('partners.table')}
        className="table"
        sortDescriptor={sortDescriptor}
        onSortChange={(next) =>
          onSortChange(next.column as PartnerSort, next.direction === 'descending' ? 'desc' : 'asc')
        }
        onRowAction={(key) => onOpen(Number(key))}
      >
        <TableHeader className="table-header">
          <Column id="name" isRowHeader allowsSorting defaultWidth="3fr" className="column">
            {t('partners.columns.name')}
          </Column>
          <Column id="country" allowsSorting defaultWidth="1.2fr" className="column">
            {t('partners.columns.country')}
          </Column>
          <Column id="city" allowsSorting defaultWidth="1fr" className="column">
            {t('partners.columns.city')}
          </Column>
          <Column id="kind" allowsSorting defaultWidth="1.1fr" className="column">
            {t('partners.columns.kind')}
          </Column>
          <Column id="contacts" allowsSorting defaultWidth="1.6fr" className="column">
            {t('partners.columns.primaryContact')}
          </Column>
        </TableHeader>
        <TableBody
          items={partners}
          renderEmptyState={() => <div className="table-empty">{emptyText}</div>}
        >
          {(partner) => (
            <Row id={partner.id} className="table-row" textValue={partner.name}>
              <Cell className="cell">
                <div className="cell-name">
                  <span className="cell-title">{partner.name}</span>
                  {partner.archivedAt && (
                    <span className="badge badge-archived">{t('partners.archived')}</span>
                  )}
                </div>
                {partner.nameNative && <div className="cell-sub">{partner.nameNative}</div>}
              </Cell>
              <Cell className="cell">
                <span className="cell-line">
                  <span className="country-code">{partner.country}</span>{' '}
                  {countryName(partner.country, i18n.language)}
                </span>
              </Cell>
              <Cell className="cell">{partner.city ?? ''}</Cell>
              <Cell className="cell">{t(`partnerKinds.${partner.kind}`)}</Cell>
              <Cell className="cell">
                <span className="cell-line">
                  {partner.primaryContact ?? ''}
                  {partner.contactCount > 1 && (
                    <span className="muted"> +{partner.contactCount - 1}</span>
                  )}
                </span>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
    </Virtualizer>
  )
}
