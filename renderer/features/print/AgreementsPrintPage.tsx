import { useTranslation } from 'react-i18next'
import type { AgreementSummary } from '../../../shared/agreements/agreement.ts'
import { useOperation } from '../../api/use-operation.ts'
import { href, useRoute } from '../../app/router.ts'
import { countryNamesOf } from '../../components/country-names.ts'
import { formatDate } from '../../components/format.ts'
import {
  agreementFiltersFromParams,
  agreementFiltersToParams,
  agreementListInputOf,
  type AgreementColumn,
} from '../agreements/agreement-filters.ts'
import { useAgreementsView } from '../agreements/use-agreements-view.ts'
import { useDaysLeftLabel } from '../agreements/use-days-left-label.ts'
import { PrintedList, type PrintedColumn } from './PrintedList.tsx'
import { useAgreementListDescription } from './use-list-description.ts'

/** How much of the page each column gets: names and titles most, a status least. */
const columnShares: Record<AgreementColumn, number> = {
  reference: 1.6,
  title: 2.6,
  partners: 2.5,
  country: 1.5,
  kind: 1.7,
  status: 1.3,
  endsOn: 1.4,
  daysLeft: 1.2,
  unit: 1.5,
}

/**
 * `#/agreements/print?<the list's parameters>`: the agreements list on paper, with the same
 * filters, order and chosen columns as on screen.
 */
export function AgreementsPrintPage() {
  const { t, i18n } = useTranslation()
  const route = useRoute()
  const filters = agreementFiltersFromParams(route.params)
  const view = useAgreementsView()
  const list = useOperation('agreements.list', agreementListInputOf(filters))
  const description = useAgreementListDescription(filters)
  const daysLeftLabel = useDaysLeftLabel()
  const date = (iso: string | null) =>
    iso ? formatDate(iso, i18n.language) : t('agreements.indefinite')

  const cells: Record<AgreementColumn, (row: AgreementSummary) => string> = {
    reference: (row) => row.reference,
    title: (row) => row.title,
    partners: (row) => row.partnerNames,
    country: (row) => countryNamesOf(row.countries, i18n.language),
    kind: (row) => t(`agreements.kinds.${row.kind}`),
    status: (row) => t(`agreements.status.${row.status}`),
    endsOn: (row) => date(row.endsOn),
    daysLeft: (row) => (row.daysLeft === null ? '' : daysLeftLabel(row.daysLeft)),
    unit: (row) => row.unit ?? '',
  }
  const columns: PrintedColumn<AgreementSummary>[] = view.columns.map((column) => ({
    id: column,
    header: t(`agreements.columns.${column}`),
    numeric: column === 'daysLeft',
    share: columnShares[column],
    render: cells[column],
  }))

  return (
    <PrintedList
      title={t('agreements.title')}
      filters={description.filters}
      sortText={description.sortText}
      countText={list.data ? t('agreements.count', { count: list.data.length }) : undefined}
      // The columns are the person's own choice: wait for them rather than print the defaults.
      rows={view.loaded ? list.data : undefined}
      error={list.error}
      onRetry={list.reload}
      columns={columns}
      rowKey={(row) => row.id}
      backHref={href('/agreements', agreementFiltersToParams(filters))}
      backLabel={t('agreements.page.back')}
    />
  )
}
