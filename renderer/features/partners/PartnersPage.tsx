import { useState } from 'react'
import { Button, Input, Label, SearchField } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { partnerKinds } from '../../../shared/partners/partner.ts'
import type { CsvDelimiter } from '../../../shared/export/csv.ts'
import { useOperation } from '../../api/use-operation.ts'
import { downloadCsv } from '../../components/download.ts'
import { partnersCsv } from './partners-csv.ts'
import { href, useNavigate, useRoute } from '../../app/router.ts'
import { CountryPicker } from '../../components/CountryPicker.tsx'
import { ListBody } from '../../components/ListBody.tsx'
import { SelectField } from '../../components/SelectField.tsx'
import { notifySuccess } from '../../components/toasts.tsx'
import {
  filtersFromParams,
  filtersToParams,
  hasNarrowingFilters,
  listInput,
  type PartnerFilters,
} from './list-filters.ts'
import { PartnerFormDialog } from './PartnerFormDialog.tsx'
import { PartnersTable } from './PartnersTable.tsx'

export function PartnersPage({ csvDelimiter }: { csvDelimiter: CsvDelimiter }) {
  const { t, i18n } = useTranslation()
  const route = useRoute()
  const navigate = useNavigate()
  const filters = filtersFromParams(route.params)
  const { data, error, loading, reload } = useOperation('partners.list', listInput(filters))
  const [creating, setCreating] = useState(false)

  const update = (changes: Partial<PartnerFilters>) =>
    navigate(href('/partners', filtersToParams({ ...filters, ...changes })), { replace: true })
  const narrowed = hasNarrowingFilters(filters)

  return (
    <div className="page page-fill">
      <header className="page-header">
        <div>
          <h1>{t('partners.title')}</h1>
          <p className="subtitle">{t('partners.subtitle')}</p>
        </div>
        <div className="page-actions">
          <Button
            className="button"
            isDisabled={!data || data.length === 0}
            onPress={() => {
              const { header, rows } = partnersCsv(data ?? [], t, i18n.language)
              downloadCsv('partners', header, rows, csvDelimiter)
            }}
          >
            {t('common.exportCsv')}
          </Button>
          <Button
            className="button"
            isDisabled={!data || data.length === 0}
            // The print view reads the same filters from its address and lists every row.
            onPress={() => navigate(href('/partners/print', filtersToParams(filters)))}
          >
            {t('print.print')}
          </Button>
          <Button className="button button-primary" onPress={() => setCreating(true)}>
            + {t('partners.new')}
          </Button>
        </div>
      </header>
      <div className="toolbar" role="search">
        <SearchField
          className="field field-search"
          value={filters.query}
          onChange={(query) => update({ query })}
        >
          <Label className="field-label">{t('partners.search')}</Label>
          <Input placeholder={t('partners.searchPlaceholder')} maxLength={200} />
        </SearchField>
        <CountryPicker
          className="field-filter"
          label={t('partners.country')}
          placeholder={t('partners.allCountries')}
          value={filters.country}
          onChange={(country) => update({ country })}
        />
        <SelectField
          className="field-filter"
          label={t('partners.kind')}
          value={filters.kind ?? 'all'}
          onChange={(kind) =>
            update({
              kind: kind === 'all' ? null : (partnerKinds.find((known) => known === kind) ?? null),
            })
          }
          options={[
            { id: 'all', label: t('partners.allKinds') },
            ...partnerKinds.map((kind) => ({ id: kind, label: t(`partnerKinds.${kind}`) })),
          ]}
        />
        <SelectField
          className="field-filter"
          label={t('partners.show')}
          value={filters.archived}
          onChange={(archived) =>
            update({
              archived: archived === 'archived' || archived === 'all' ? archived : 'active',
            })
          }
          options={[
            { id: 'active', label: t('partners.showActive') },
            { id: 'archived', label: t('partners.showArchived') },
            { id: 'all', label: t('partners.showAll') },
          ]}
        />
      </div>
      <ListBody
        countText={data ? t('partners.count', { count: data.length }) : undefined}
        countTestId="partner-count"
        loading={loading}
        error={error}
        onRetry={reload}
        onClearFilters={narrowed ? () => navigate(href('/partners'), { replace: true }) : undefined}
      >
        <PartnersTable
          partners={data ?? []}
          sort={filters.sort}
          direction={filters.direction}
          onSortChange={(sort, direction) => update({ sort, direction })}
          onOpen={(id) => navigate(href(`/partners/${id}`))}
          emptyText={
            loading
              ? t('common.loading')
              : narrowed
                ? t('partners.emptyFiltered')
                : t('partners.empty')
          }
        />
      </ListBody>
      <PartnerFormDialog
        isOpen={creating}
        onClose={() => setCreating(false)}
        onSaved={(partner) => {
          setCreating(false)
          notifySuccess(t('partners.page.created', { name: partner.name }))
          navigate(href(`/partners/${partner.id}`))
        }}
      />
    </div>
  )
}
