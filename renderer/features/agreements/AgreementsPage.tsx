import { useEffect, useState } from 'react'
import {
  Button,
  Input,
  Label,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  SearchField,
  type Selection,
} from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { agreementStatuses } from '../../../shared/agreements/status.ts'
import { agreementKinds } from '../../../shared/agreements/vocabulary.ts'
import type { CsvDelimiter } from '../../../shared/export/csv.ts'
import { useOperation } from '../../api/use-operation.ts'
import { downloadCsv } from '../../components/download.ts'
import { agreementsCsv } from './agreements-csv.ts'
import { href, useNavigate, useRoute } from '../../app/router.ts'
import { CountryPicker } from '../../components/CountryPicker.tsx'
import { ListBody } from '../../components/ListBody.tsx'
import { SelectField } from '../../components/SelectField.tsx'
import { notifySuccess } from '../../components/toasts.tsx'
import {
  agreementColumns,
  agreementFiltersFromParams,
  agreementFiltersToParams,
  agreementListInputOf,
  endsWithinChoices,
  narrowsAgreements,
  type AgreementColumn,
  type AgreementFilters,
} from './agreement-filters.ts'
import { AgreementFormDialog } from './AgreementFormDialog.tsx'
import { AgreementsTable } from './AgreementsTable.tsx'
import { PartnerFilter } from './PartnerFilter.tsx'
import { ScopeChips } from './ScopeChips.tsx'
import { useAgreementsView } from './use-agreements-view.ts'

const all = 'all'

export function AgreementsPage({ csvDelimiter }: { csvDelimiter: CsvDelimiter }) {
  const { t, i18n } = useTranslation()
  const route = useRoute()
  const navigate = useNavigate()
  const filters = agreementFiltersFromParams(route.params)
  const view = useAgreementsView()
  const units = useOperation('agreements.units', {})
  const { data, error, loading, reload } = useOperation(
    'agreements.list',
    agreementListInputOf(filters),
  )
  const [creating, setCreating] = useState(false)

  // Arriving with no filters in the address brings back the ones used last time.
  const arrivedBare = route.params.toString() === ''
  const { loaded } = view
  useEffect(() => {
    if (loaded && arrivedBare && loaded.params)
      navigate(`#/agreements?${loaded.params}`, { replace: true })
    // Only when the saved view arrives: later changes are the user's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded])

  const update = (changes: Partial<AgreementFilters>) => {
    const next = { ...filters, ...changes }
    navigate(href('/agreements', agreementFiltersToParams(next)), { replace: true })
    // The dashboard's filters answer one question and are not brought back next time.
    const lasting = { ...next, query: '', inForce: false, newPeriod: null, endedWithinDays: null }
    const remembered = new URLSearchParams(
      Object.entries(agreementFiltersToParams(lasting)).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    )
    view.rememberParams(remembered.toString())
  }
  const narrowed = narrowsAgreements(filters)

  return (
    <div className="page page-fill">
      <header className="page-header">
        <div>
          <h1>{t('agreements.title')}</h1>
          <p className="subtitle">{t('agreements.subtitle')}</p>
        </div>
        <div className="page-actions">
          <MenuTrigger>
            <Button className="button">{t('agreements.columnsButton')} ▾</Button>
            <Popover className="popover" placement="bottom end">
              <Menu
                className="menu"
                selectionMode="multiple"
                selectedKeys={new Set(view.columns)}
                disabledKeys={['reference']}
                onSelectionChange={(keys: Selection) =>
                  keys !== 'all' &&
                  view.setColumns(
                    agreementColumns.filter((column) => column === 'reference' || keys.has(column)),
                  )
                }
              >
                {agreementColumns.map((column: AgreementColumn) => (
                  <MenuItem key={column} id={column} className="menu-item menu-item-check">
                    {({ isSelected }) => (
                      <>
                        <span aria-hidden="true" className="menu-check">
                          {isSelected ? '✓' : ''}
                        </span>
                        {t(`agreements.columns.${column}`)}
                      </>
                    )}
                  </MenuItem>
                ))}
              </Menu>
            </Popover>
          </MenuTrigger>
          <Button
            className="button"
            isDisabled={!data || data.length === 0}
            onPress={() => {
              // Exactly what the list shows: its filters, its order and its columns.
              const { header, rows } = agreementsCsv(data ?? [], view.columns, t, i18n.language)
              downloadCsv('agreements', header, rows, csvDelimiter)
            }}
          >
            {t('common.exportCsv')}
          </Button>
          <Button
            className="button"
            isDisabled={!data || data.length === 0}
            // The print view reads the same filters from its address and lists every row.
            onPress={() => navigate(href('/agreements/print', agreementFiltersToParams(filters)))}
          >
            {t('print.print')}
          </Button>
          <Button className="button button-primary" onPress={() => setCreating(true)}>
            + {t('agreements.new')}
          </Button>
        </div>
      </header>
      <div className="toolbar toolbar-agreements" role="search">
        <SearchField
          className="field field-search"
          value={filters.query}
          onChange={(query) => update({ query })}
        >
          <Label className="field-label">{t('agreements.search')}</Label>
          <Input placeholder={t('agreements.searchPlaceholder')} maxLength={200} />
        </SearchField>
        <SelectField
          label={t('agreements.status.label')}
          value={filters.status ?? all}
          onChange={(status) =>
            update({ status: agreementStatuses.find((known) => known === status) ?? null })
          }
          options={[
            { id: all, label: t('agreements.allStatuses') },
            ...agreementStatuses.map((status) => ({
              id: status,
              label: t(`agreements.status.${status}`),
            })),
          ]}
        />
        <SelectField
          label={t('agreements.kinds.label')}
          value={filters.kind ?? all}
          onChange={(kind) =>
            update({ kind: agreementKinds.find((known) => known === kind) ?? null })
          }
          options={[
            { id: all, label: t('agreements.allKinds') },
            ...agreementKinds.map((kind) => ({ id: kind, label: t(`agreements.kinds.${kind}`) })),
          ]}
        />
        <CountryPicker
          label={t('partners.country')}
          placeholder={t('partners.allCountries')}
          value={filters.country}
          onChange={(country) => update({ country })}
        />
        <PartnerFilter
          partnerId={filters.partnerId}
          onChange={(partnerId) => update({ partnerId })}
        />
        <SelectField
          label={t('agreements.form.unit')}
          value={filters.unit ?? all}
          onChange={(unit) => update({ unit: unit === all ? null : unit })}
          options={[
            { id: all, label: t('agreements.allUnits') },
            ...(units.data ?? []).map((unit) => ({ id: unit, label: unit })),
          ]}
        />
        <SelectField
          label={t('agreements.endsWithin')}
          value={filters.endsWithinDays ? String(filters.endsWithinDays) : all}
          onChange={(within) => update({ endsWithinDays: within === all ? null : Number(within) })}
          options={[
            { id: all, label: t('agreements.anyEnd') },
            ...endsWithinChoices.map((days) => ({
              id: String(days),
              label: t('agreements.endsWithinDays', { count: days }),
            })),
          ]}
        />
      </div>
      <ScopeChips filters={filters} onChange={update} />
      <ListBody
        countText={data ? t('agreements.count', { count: data.length }) : undefined}
        countTestId="agreement-count"
        loading={loading}
        error={error}
        onRetry={reload}
        onClearFilters={
          narrowed
            ? () =>
                update({
                  query: '',
                  status: null,
                  kind: null,
                  country: null,
                  partnerId: null,
                  unit: null,
                  endsWithinDays: null,
                  inForce: false,
                  newPeriod: null,
                  endedWithinDays: null,
                })
            : undefined
        }
      >
        <AgreementsTable
          agreements={data ?? []}
          columns={view.columns}
          sort={filters.sort}
          direction={filters.direction}
          onSortChange={(sort, direction) => update({ sort, direction })}
          onOpen={(id) => navigate(href(`/agreements/${id}`))}
          emptyText={
            loading
              ? t('common.loading')
              : narrowed
                ? t('agreements.emptyFiltered')
                : t('agreements.empty')
          }
        />
      </ListBody>
      <AgreementFormDialog
        isOpen={creating}
        onClose={() => setCreating(false)}
        onSaved={(agreement) => {
          setCreating(false)
          notifySuccess(t('agreements.page.created', { reference: agreement.reference }))
          navigate(href(`/agreements/${agreement.id}`))
        }}
      />
    </div>
  )
}
