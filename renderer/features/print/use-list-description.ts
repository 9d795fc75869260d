import { useTranslation } from 'react-i18next'
import { countryName } from '../../components/country-names.ts'
import { formatDate } from '../../components/format.ts'
import type { AgreementFilters } from '../agreements/agreement-filters.ts'
import { usePartnerName } from '../agreements/PartnerFilter.tsx'
import type { PartnerFilters } from '../partners/list-filters.ts'

/**
 * What a printed list is a list of, in words: a sheet of paper has no filter drop-downs, so the
 * reader needs to be told which agreements or partners it holds and in what order.
 */
export interface ListDescription {
  filters: string[]
  sortText: string
}

function useSortText(column: string, direction: 'asc' | 'desc'): string {
  const { t } = useTranslation()
  return t('print.list.sortedBy', {
    column,
    direction: t(direction === 'asc' ? 'print.list.ascending' : 'print.list.descending'),
  })
}

export function useAgreementListDescription(filters: AgreementFilters): ListDescription {
  const { t, i18n } = useTranslation()
  const partnerName = usePartnerName(filters.partnerId)
  const pair = (label: string, value: string) => `${label}: ${value}`
  const described = [
    filters.query.trim() && pair(t('print.list.search'), `“${filters.query.trim()}”`),
    filters.status && pair(t('agreements.status.label'), t(`agreements.status.${filters.status}`)),
    filters.kind && pair(t('agreements.kinds.label'), t(`agreements.kinds.${filters.kind}`)),
    filters.country && pair(t('partners.country'), countryName(filters.country, i18n.language)),
    filters.partnerId && pair(t('agreements.partner'), partnerName || '…'),
    filters.unit && pair(t('agreements.form.unit'), filters.unit),
    filters.endsWithinDays &&
      pair(
        t('agreements.endsWithin'),
        t('agreements.endsWithinDays', { count: filters.endsWithinDays }),
      ),
    filters.inForce && t('agreements.scope.inForce'),
    filters.newPeriod &&
      t('agreements.scope.new', {
        from: formatDate(filters.newPeriod.from, i18n.language),
        to: formatDate(filters.newPeriod.to, i18n.language),
      }),
    filters.endedWithinDays && t('agreements.scope.ended', { count: filters.endedWithinDays }),
  ]
  const column =
    filters.sort === 'updated'
      ? t('print.list.lastChanged')
      : t(`agreements.columns.${filters.sort}`)
  return {
    filters: described.filter((text): text is string => Boolean(text)),
    sortText: useSortText(column, filters.direction),
  }
}

export function usePartnerListDescription(filters: PartnerFilters): ListDescription {
  const { t, i18n } = useTranslation()
  const pair = (label: string, value: string) => `${label}: ${value}`
  const shown = { active: '', archived: t('partners.showArchived'), all: t('partners.showAll') }
  const described = [
    filters.query.trim() && pair(t('print.list.search'), `“${filters.query.trim()}”`),
    filters.country && pair(t('partners.country'), countryName(filters.country, i18n.language)),
    filters.kind && pair(t('partners.kind'), t(`partnerKinds.${filters.kind}`)),
    shown[filters.archived] && pair(t('partners.show'), shown[filters.archived]),
  ]
  const columns = {
    name: t('partners.columns.name'),
    country: t('partners.columns.country'),
    city: t('partners.columns.city'),
    kind: t('partners.columns.kind'),
    contacts: t('partners.columns.primaryContact'),
    updated: t('print.list.lastChanged'),
  }
  return {
    filters: described.filter((text): text is string => Boolean(text)),
    sortText: useSortText(columns[filters.sort], filters.direction),
  }
}
